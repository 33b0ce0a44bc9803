import { z } from 'astro/zod';
import { defineDataset } from './data-define.ts';
import { optionalText, text, tier, type Tier } from './data-fields.ts';

/**
 * The source registry (data/sources.csv): every source a dataset row, chart or briefing may cite.
 * Ids are the source pack's ("S01"); an id that is not here fails the build wherever it is used.
 */
export const sourceRowSchema = z.object({
  /** "S01": stable id from the source pack; also the anchor on the sources page (lowercased). */
  id: z.string().regex(/^S\d{2,3}$/, 'expected a source id such as "S01"'),
  /** Title of the document or page as the pack records it. */
  title: text('a title'),
  /** Who published it (the outlet for mirrored or syndicated copies). */
  publisher: text('a publisher'),
  /** Year of publication, a span ("2015-2021"), or "n.d." when undated. */
  year: z.string().regex(/^(?:\d{4}(?:-\d{4})?|n\.d\.)$/, 'expected a year (YYYY), a span (YYYY-YYYY) or "n.d."'),
  /** Address; empty only when the pack has none (then the note says so). */
  url: z.string().refine((u) => u === '' || /^https?:\/\/\S+$/.test(u), 'expected an http(s) address or an empty cell'),
  /** Confidence tier from the pack README: A primary text read, B reliable secondary, C weak/aggregator. */
  tier,
  /** What was read and any problem with it; says so when the tier is a default. */
  note: optionalText,
});

export type Source = z.output<typeof sourceRowSchema>;
export type { Tier };

export const sourcesDataset = defineDataset<Source>({
  id: 'sources',
  file: 'sources.csv',
  columns: ['id', 'title', 'publisher', 'year', 'url', 'tier', 'note'],
  key: ['id'],
  row: () => sourceRowSchema,
});

/** The anchor of a source on the sources page: `/sources/#s01`. */
export function sourceAnchor(id: string): string {
  return id.toLowerCase();
}
