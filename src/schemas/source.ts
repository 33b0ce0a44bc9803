import { z } from 'astro/zod';
import { defineDataset } from './data-define.ts';
import { optionalText, sourceId, text, tier, type Tier } from './data-fields.ts';

/** How a document was read, or with which tool: never printed in any dataset (src/lib/data/read-dataset.ts). */
export const HOW_READ_PATTERNS: readonly RegExp[] = [
  /\bread (?:via|in full|from|through)\b/i,
  /\b(?:not|only) read\b/i,
  /\bfind_string\b|\bsearch tool\b|\bsource pack\b|\bfrom memory\b/i,
];

/**
 * Phrases that belong in a research log, not in a published registry: how a document was read, which tool
 * or copy was used, guesses about who published it. The sources page and the data downloads render every
 * cell of this file, so a match fails the build.
 */
export const WORKING_NOTE_PATTERNS: readonly RegExp[] = [
  ...HOW_READ_PATTERNS,
  /\brepo\b|\brepository\b|\bgithub\b|\bcommit [0-9a-f]{6,}/i,
  /\b(?:pdf|text|marker|ocr|llm)[- ]?(?:to[- ]\w+ )?extraction\b|\bllm-ocr\b/i,
  /\bunknown\b|\bnot captured\b|\bnot shown\b/i,
  /\blikely\b|\bappears to\b|\bsyndicat/i,
  /\bmirror(?:ed)?\b|\bexcerpts?\b/i,
  /\bby default\b|\brecalled\b/i,
];

/** The first working-note phrase in a cell, or undefined when the cell reads as publishable text. */
export function workingNote(cell: string, patterns: readonly RegExp[] = WORKING_NOTE_PATTERNS): string | undefined {
  return patterns.map((pattern) => pattern.exec(cell)?.[0]).find((match) => match !== undefined);
}

/** Text fit to print: rejects reading notes, tool names and guessed publishers. */
const printable = (schema: z.ZodString) =>
  schema.superRefine((cell, ctx) => {
    const found = workingNote(cell);
    if (found) ctx.addIssue({ code: 'custom', message: `expected publishable text without research notes, found "${found}"` });
  });

/**
 * The source registry (data/sources.csv): every source a dataset row, chart or briefing may cite.
 * Ids are the source pack's ("S01"); an id that is not here fails the build wherever it is used.
 */
export const sourceRowSchema = z
  .object({
    /** "S01": stable id from the source pack; also the anchor on the sources page (lowercased). */
    id: sourceId,
    /** Title of the document or page as published. */
    title: printable(text('a title')),
    /** Who published it; for a repost, "Original publisher, as reported by Outlet". */
    publisher: printable(text('a publisher')),
    /** Year of publication, a span ("2015-2021"), or "n.d." when undated. */
    year: z.string().regex(/^(?:\d{4}(?:-\d{4})?|n\.d\.)$/, 'expected a year (YYYY), a span (YYYY-YYYY) or "n.d."'),
    /** Publication date when the document gives one: YYYY-MM-DD or YYYY-MM, in the year above. */
    date: z.string().regex(/^(?:\d{4}-\d{2}(?:-\d{2})?)?$/, 'expected a date written as YYYY-MM-DD or YYYY-MM, or an empty cell'),
    /** Address; empty only for a printed document without one. */
    url: z.string().refine((u) => u === '' || /^https?:\/\/\S+$/.test(u), 'expected an http(s) address or an empty cell'),
    /** Confidence tier: A primary text read, B reliable secondary, C weak/aggregator. */
    tier,
    /** A caveat a reader needs (an unofficial translation, a commercial estimate); never how it was read. */
    note: printable(optionalText),
  })
  .superRefine((row, ctx) => {
    if (row.date !== '' && !row.date.startsWith(row.year)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `expected a date in the year ${row.year}` });
    }
  });

export type Source = z.output<typeof sourceRowSchema>;
export type { Tier };

export const sourcesDataset = defineDataset<Source>({
  id: 'sources',
  file: 'sources.csv',
  key: ['id'],
  row: () => sourceRowSchema,
});

/** The anchor of a source on the sources page: `/sources/#s01`. */
export function sourceAnchor(id: string): string {
  return id.toLowerCase();
}
