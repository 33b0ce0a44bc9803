import { parse } from 'csv-parse/sync';
import { csvFormatRow } from 'd3-dsv';

/**
 * CSV in and out: csv-parse reads (quotes, embedded commas and newlines, line numbers for errors); d3-dsv
 * writes each row, and the rows end in CRLF as RFC 4180 asks.
 */

/** One record of a CSV file with the 1-based line on which it starts, so errors can point at it. */
export interface CsvRecord {
  line: number;
  values: string[];
}

export interface ParsedCsv {
  header: string[];
  /** Line of the header row (1 unless blank lines precede it). */
  headerLine: number;
  records: CsvRecord[];
}

/**
 * Parses CSV text into a header and records. Blank lines are skipped; a byte-order mark is dropped; cells are
 * trimmed. Throws csv-parse's own error (with its line number) for malformed quoting or ragged rows.
 */
export function parseCsv(text: string): ParsedCsv {
  const rows = parse(text, {
    bom: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
    raw: true,
    relax_column_count: false,
  }) as unknown as Array<{ record: string[]; info: { lines: number }; raw: string }>;
  const withLines = rows.map(({ record, info, raw }) => ({
    // csv-parse reports the line a record ends on, and its raw text includes skipped blank lines before it;
    // count back over the record's own line breaks (quoted cells may hold newlines) to find where it starts.
    line: info.lines - (raw.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0),
    values: record,
  }));
  const [head, ...records] = withLines;
  if (!head) return { header: [], headerLine: 1, records: [] };
  return { header: head.values, headerLine: head.line, records };
}

export type CsvCell = string | number | boolean | null | undefined;

function cellText(value: CsvCell): string | null {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`cannot write ${value} to CSV: expected a finite number`);
  return value === null || value === undefined ? null : String(value);
}

/** Writes a header row and records as CSV with CRLF line ends (RFC 4180), ending with a line break. */
export function stringifyCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  const lines = [csvFormatRow([...header])];
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new Error(`CSV row has ${row.length} cells, expected ${header.length} (${header.join(', ')})`);
    }
    lines.push(csvFormatRow(row.map(cellText) as string[]));
  }
  return `${lines.join('\r\n')}\r\n`;
}
