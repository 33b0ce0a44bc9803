import { z } from 'astro/zod';
import { slug, sourceId } from './data-fields.ts';

/** An as-of date with the precision actually known: "2025", "2025-11" or "2025-11-09". */
export const asOfSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected an as-of date written as YYYY, YYYY-MM or YYYY-MM-DD');

/** The types a declared column can have; "source-ids" holds ids from data/sources.csv separated by ";". */
export const COLUMN_TYPES = ['string', 'number', 'integer', 'date', 'source-ids'] as const;
export type ColumnDeclarationType = (typeof COLUMN_TYPES)[number];

/**
 * One column of a dataset declared in the catalogue, so a CSV needs no code: its type, unit, whether a cell
 * may be empty, and (for strings) the allowed values.
 */
export const columnDeclarationSchema = z
  .object({
    type: z.enum(COLUMN_TYPES, { error: () => `expected a column type: ${COLUMN_TYPES.join(', ')}` }),
    /** Header shown in tables and axis labels; defaults to the column name in words. */
    label: z.string().min(1).optional(),
    unit: z.string().min(1).optional(),
    /** Whether every row must have a value (default true). */
    required: z.boolean().default(true),
    /** The allowed values of a string column. */
    values: z.array(z.string().min(1)).min(1).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict()
  .refine((c) => c.values === undefined || c.type === 'string', { message: 'expected "values" only on a string column' });

export type ColumnDeclaration = z.output<typeof columnDeclarationSchema>;

/** One dataset in the catalogue (data/datasets.json). */
export const catalogueEntrySchema = z
  .object({
    id: slug(),
    file: z.string().regex(/^[a-z0-9-]+\.csv$/, 'expected a CSV file name such as "production.csv"'),
    title: z.string().min(5, 'expected a title'),
    description: z.string().min(20, 'expected a one- or two-sentence description'),
    units: z.array(z.string().min(1)),
    /** The newest publication the figures come from, at the precision known. */
    as_of: asOfSchema,
    notes: z.array(z.string().min(5)),
    /** Sources of the whole dataset, from data/sources.csv (rows may also cite their own in a source-ids column). */
    sources: z.array(sourceId).optional(),
    /** Declared columns: a dataset with these needs no schema in src/schemas. Order is the table order. */
    columns: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a column name in snake_case'), columnDeclarationSchema).optional(),
    /** The site's pages that show the dataset (a table, a figure or the page itself), with their titles. */
    used_on: z
      .array(
        z
          .object({
            path: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'expected a site path such as "/deposits/"'),
            title: z.string().min(3, 'expected the page’s title'),
          })
          .strict(),
      )
      .min(1)
      .optional(),
    /** Columns whose values together identify a row (declared datasets only). */
    key: z.array(z.string()).min(1).optional(),
  })
  .strict();

export const catalogueSchema = z
  .object({
    /** Licence note shown on the data page and in every JSON download. */
    licence: z.string().min(10, 'expected a licence note'),
    datasets: z.array(catalogueEntrySchema).min(1, 'expected at least one dataset'),
  })
  .strict();

export type CatalogueEntry = z.output<typeof catalogueEntrySchema>;
export type Catalogue = z.output<typeof catalogueSchema>;
