/**
 * A problem in a data file. The message always starts with the repo-relative file, then the 1-based line
 * and the column when known, then what was expected — the same shape for every kind of problem, e.g.
 * `data/production.csv line 7, column "year": expected a year written as YYYY, got "20x4"`.
 */
export interface DataProblem {
  line?: number;
  column?: string;
  message: string;
}

export class DataError extends Error {
  readonly file: string;
  readonly problems: readonly DataProblem[];

  constructor(file: string, problems: readonly DataProblem[]) {
    const shown = problems.slice(0, 10).map((p) => formatProblem(file, p));
    const more = problems.length > 10 ? [`…and ${problems.length - 10} more problems in ${file}`] : [];
    super([...shown, ...more].join('\n'));
    this.name = 'DataError';
    this.file = file;
    this.problems = problems;
  }
}

export function formatProblem(file: string, { line, column, message }: DataProblem): string {
  const where = [line !== undefined ? `line ${line}` : '', column !== undefined ? `column "${column}"` : ''].filter(Boolean).join(', ');
  return `${file}${where ? ` ${where}` : ''}: ${message}`;
}

/** `"20x4"` for messages; long values are shortened so one bad cell cannot flood the console. */
export function quoteValue(value: string): string {
  const v = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(v);
}
