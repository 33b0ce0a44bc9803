import { z } from 'astro/zod';

/** An as-of date with the precision actually known: "2025", "2025-11" or "2025-11-09". */
export const asOfSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected an as-of date written as YYYY, YYYY-MM or YYYY-MM-DD');

/** One dataset in the catalogue (data/datasets.json). Source ids are not listed: they come from the rows. */
export const catalogueEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug'),
    file: z.string().regex(/^[a-z0-9-]+\.csv$/, 'expected a CSV file name such as "production.csv"'),
    title: z.string().min(5, 'expected a title'),
    description: z.string().min(20, 'expected a one- or two-sentence description'),
    units: z.array(z.string().min(1)),
    /** The newest publication the figures come from, at the precision known. */
    as_of: asOfSchema,
    notes: z.array(z.string().min(5)),
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
