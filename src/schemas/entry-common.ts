import { z } from 'astro/zod';
import { topicSchema } from './topics.ts';

/**
 * Fields shared by briefings and policy notes. Each field's error message says what was expected,
 * because Astro prints it next to the file and the field name when a build fails.
 */

/** A calendar date written as YYYY-MM-DD (YAML may hand it over as a Date already). */
export const dateSchema = z.coerce.date({
  error: (issue) => `expected a date written as YYYY-MM-DD; got ${JSON.stringify(issue.input)}`,
});

/** Semantic-ish version shown on the page and in citations: "1.0", "1.2". */
export const versionSchema = z
  .string({ error: 'expected a version such as "1.0" (quote it in YAML)' })
  .regex(/^\d+\.\d+$/, 'expected a version such as "1.0" (major.minor)');

/** One entry of a change log: which version, when, and what changed. */
const changeSchema = z.object({
  version: versionSchema,
  date: dateSchema,
  summary: z.string().trim().min(5, 'expected a short description of what changed'),
});

export const commonEntryFields = {
  /** Headline shown as the page's h1 and in listings, feeds and citations. */
  title: z
    .string({ error: 'expected a title (text)' })
    .trim()
    .min(5, 'expected a title of at least 5 characters')
    .max(120, 'expected a title of at most 120 characters'),
  /** One plain-text paragraph (no blank lines) on what the reader will learn; for listings, meta description and feeds. */
  summary: z
    .string({ error: 'expected a one-paragraph summary (text)' })
    .trim()
    .min(40, 'expected a summary of at least 40 characters')
    .max(600, 'expected a summary of at most 600 characters (one paragraph)')
    .refine((s) => !/\n\s*\n/.test(s), 'expected a single paragraph (no blank lines)'),
  /** First publication date. */
  published: dateSchema,
  /** Date of the last substantive revision, if any; must not be before `published`. */
  updated: dateSchema.optional(),
  /**
   * The date of the newest evidence the text rests on (not the publication date): shown in the header,
   * in a note's bottom line and in the printed running header, so a reader knows how current it is.
   */
  evidenceAsOf: dateSchema,
  /** At least one topic from the fixed list in src/schemas/topics.ts. */
  topics: z
    .array(topicSchema)
    .min(1, 'expected at least one topic')
    .refine((t) => new Set(t).size === t.length, 'expected each topic once'),
  /** The points a reader should leave with, shown in a box at the top. */
  keyPoints: z
    .array(z.string().trim().min(10, 'expected each key point to be a sentence (10+ characters)'))
    .min(2, 'expected at least 2 key points')
    .max(7, 'expected at most 7 key points'),
  /** Drafts are validated but not built into pages, feeds or the sitemap. */
  status: z
    .enum(['draft', 'published'], { error: (issue) => `expected "draft" or "published"; got ${JSON.stringify(issue.input)}` })
    .default('published'),
  /** Version of the text; bump it when the substance changes and add a change-log entry. */
  version: versionSchema,
  /** What changed in each version, newest first. */
  changelog: z.array(changeSchema).default([]),
} as const;

/** Cross-field rules that zod object shapes cannot express on their own. */
export function checkEntryDates<T extends { published: Date; updated?: Date | undefined; evidenceAsOf: Date }>(
  value: T,
  ctx: z.RefinementCtx,
): void {
  if (value.updated && value.updated < value.published) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: 'expected `updated` to be on or after `published`' });
  }
  const lastChanged = value.updated ?? value.published;
  if (value.evidenceAsOf > lastChanged) {
    ctx.addIssue({
      code: 'custom',
      path: ['evidenceAsOf'],
      message: 'expected `evidenceAsOf` to be on or before the last change (`updated` or `published`)',
    });
  }
}
