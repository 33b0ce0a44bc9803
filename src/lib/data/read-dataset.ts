import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatasetDefinition } from '../../schemas/data-define.ts';
import type { SourceLookup } from '../../schemas/data-fields.ts';
import { parseCsv } from './csv.ts';
import { DataError, quoteValue, type DataProblem } from './errors.ts';
import { displayPath } from './paths.ts';
import { HOW_READ_PATTERNS, workingNote } from '../../schemas/source.ts';

/** A validated row and the line it came from, so later cross-checks can point at it. */
export type Located<Row> = Row & { readonly line: number };

/**
 * Reads one CSV dataset and validates it completely: the file exists and is not empty, the header has
 * exactly the declared columns, every row passes the row schema, and no two rows share a key. All problems
 * in the file are reported together (up to ten), each with line and column.
 */
export function readDataset<Row>(dir: string, definition: DatasetDefinition<Row>, sources: SourceLookup): Array<Located<Row>> {
  const file = path.join(dir, definition.file);
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DataError(shown, [{ message: `expected the ${definition.id} dataset here, but the file does not exist` }]);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new DataError(shown, [
      { line: 1, message: `expected a header row (${definition.columns.join(',')}) and at least one data row, got an empty file` },
    ]);
  }

  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new DataError(shown, [{ line: e.lines, message: `expected well-formed CSV: ${e.message ?? String(error)}` }]);
  }

  const { header, headerLine, records } = parsed;
  const headerProblems: DataProblem[] = [
    ...header
      .filter((column, i) => header.indexOf(column) !== i)
      .map((column) => ({ line: headerLine, column, message: 'expected each column once, but it appears twice in the header' })),
    ...definition.columns
      .filter((column) => !header.includes(column))
      .map((column) => ({ line: headerLine, column, message: `expected a column named "${column}" in the header, got ${header.map((h) => `"${h}"`).join(', ')}` })),
    ...header
      .filter((column) => !definition.columns.includes(column))
      .map((column) => ({ line: headerLine, column, message: `expected only the columns ${definition.columns.join(', ')}; "${column}" is not one of them` })),
  ];
  if (headerProblems.length > 0) throw new DataError(shown, headerProblems);
  if (records.length === 0) {
    throw new DataError(shown, [{ line: headerLine + 1, message: 'expected at least one data row after the header, got none' }]);
  }

  const schema = definition.row(sources);
  const problems: DataProblem[] = [];
  const rows: Array<Located<Row>> = [];
  const firstLineByKey = new Map<string, number>();
  for (const { line, values } of records) {
    const cells: Record<string, string> = Object.fromEntries(header.map((h, i) => [h, values[i] ?? '']));
    // Every cell can reach a page or a download, so none may say how a source was read.
    for (const [column, cell] of Object.entries(cells)) {
      const note = workingNote(cell, HOW_READ_PATTERNS);
      if (note) problems.push({ line, column, message: `expected text fit to publish, without a note on how a source was read; found "${note}", got ${quoteValue(cell)}` });
    }
    const result = schema.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
        const got = column !== undefined && !/\bgot\b/.test(issue.message) ? `, got ${quoteValue(cells[column] ?? '')}` : '';
        problems.push({ line, column, message: `${issue.message}${got}` });
      }
      continue;
    }
    const keyText = definition.key.map((k) => `${k}=${JSON.stringify(cells[k])}`).join(', ');
    const first = firstLineByKey.get(keyText);
    if (keyText && first !== undefined) {
      problems.push({ line, column: definition.key[0], message: `expected one row per ${definition.key.join(' + ')}, but ${keyText} already appears on line ${first}` });
      continue;
    }
    firstLineByKey.set(keyText, line);
    rows.push({ ...result.data, line } as Located<Row>);
  }
  if (problems.length > 0) throw new DataError(shown, problems);
  return rows;
}
