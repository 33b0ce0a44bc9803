import { parse } from 'csv-parse/sync';

/**
 * CSV in and out. Parsing goes through csv-parse (quotes, embedded commas and newlines); writing is a small
 * RFC 4180 writer because csv-stringify is not installed and the rules for writing are short and testable.
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
    line: info.lines - countNewlines(raw.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\r?\n$/, '')),
    values: record,
  }));
  const [head, ...records] = withLines;
  if (!head) return { header: [], headerLine: 1, records: [] };
  return { header: head.values, headerLine: head.line, records };
}

function countNewlines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n++;
  return n;
}

export type CsvCell = string | number | boolean | null | undefined;

/** Quotes a cell only when it must be quoted (comma, quote, CR or LF, or leading/trailing space). */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? numberToCsv(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function numberToCsv(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} to CSV: expected a finite number`);
  // String() gives the shortest round-trip form; never exponent notation for the magnitudes used here.
  return String(n);
}

/** Writes a header row and records as CSV with CRLF line ends (RFC 4180), ending with a line break. */
export function stringifyCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new Error(`CSV row has ${row.length} cells, expected ${header.length} (${header.join(', ')})`);
    }
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
