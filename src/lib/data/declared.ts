import { z } from 'astro/zod';
import type { CatalogueEntry, ColumnDeclaration, ColumnDeclarationType } from '../../schemas/data-catalogue.ts';
import type { DatasetDefinition } from '../../schemas/data-define.ts';
import { decimal, sourceIds, wholeNumber, type SourceLookup } from '../../schemas/data-fields.ts';
import { didYouMean } from './suggest.ts';

/**
 * Datasets declared in data/datasets.json by their columns, read without any code of their own: each cell
 * schema is built from the column's declaration and goes through the same reader (and the same file, line
 * and column errors) as the hand-written schemas.
 */

export type DeclaredValue = string | number | string[] | null;
export type DeclaredRow = Record<string, DeclaredValue>;

const MARKUP = /<\/?[a-z!][^>]*>|&[a-z#0-9]+;/i;
const ISO_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The schema of one declared cell: the CSV's trimmed string in, a typed value (or null when empty) out. */
export function cellSchema(column: ColumnDeclaration, sources: SourceLookup): z.ZodType<DeclaredValue> {
  const present = (inner: z.ZodType<DeclaredValue>) =>
    z.string().pipe(
      z.string().transform((s, ctx): DeclaredValue => {
        if (s === '') {
          if (column.required) ctx.addIssue({ code: 'custom', message: `expected a value (the column is required), got an empty cell` });
          return null;
        }
        const result = inner.safeParse(s);
        if (!result.success) {
          for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
          return null;
        }
        return result.data;
      }),
    );
  const range = (n: number, ctx: z.RefinementCtx) => {
    if (column.min !== undefined && n < column.min) ctx.addIssue({ code: 'custom', message: `expected at least ${column.min}` });
    if (column.max !== undefined && n > column.max) ctx.addIssue({ code: 'custom', message: `expected at most ${column.max}` });
  };
  switch (column.type) {
    case 'number':
      return present(decimal.superRefine(range));
    case 'integer':
      return present(wholeNumber.superRefine(range));
    case 'date':
      return present(z.string().regex(ISO_DATE, 'expected a date written as YYYY-MM-DD (or YYYY-MM, YYYY)'));
    case 'source-ids':
      return column.required ? sourceIds(sources) : sourceIds(sources, { optional: true });
    case 'string': {
      const values = column.values;
      return present(
        z.string().superRefine((s, ctx) => {
          if (MARKUP.test(s)) ctx.addIssue({ code: 'custom', message: 'expected plain text; markup and HTML entities are not allowed in data' });
          else if (values && !values.includes(s)) {
            ctx.addIssue({ code: 'custom', message: `expected one of ${values.map((v) => `"${v}"`).join(', ')}, got ${JSON.stringify(s)}.${didYouMean(s, values)}` });
          }
        }),
      );
    }
  }
}

/** A dataset definition built from a catalogue entry that declares its columns. */
export function declaredDefinition(entry: CatalogueEntry & { columns: Record<string, ColumnDeclaration> }): DatasetDefinition<DeclaredRow> {
  const names = Object.keys(entry.columns);
  return {
    id: entry.id,
    file: entry.file,
    columns: names,
    key: entry.key ?? [],
    row: (sources) =>
      z.object(Object.fromEntries(names.map((name) => [name, cellSchema(entry.columns[name]!, sources)]))).strict() as unknown as z.ZodType<DeclaredRow>,
  };
}

/** The column type that validated values have: how a column of a dataset with a schema is typed for charts. */
export function inferType(values: readonly unknown[]): ColumnDeclarationType {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return present.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  if (present.length > 0 && present.every((v) => Array.isArray(v))) return 'source-ids';
  if (present.length > 0 && present.every((v) => typeof v === 'string' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(v))) return 'date';
  return 'string';
}

/** Whether values of the inferred type fit a declared type (whole numbers are numbers too). */
export function fitsDeclared(declared: ColumnDeclarationType, inferred: ColumnDeclarationType): boolean {
  return declared === inferred || (declared === 'number' && inferred === 'integer') || (declared === 'string' && inferred === 'date');
}
