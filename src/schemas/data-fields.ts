import { z } from 'astro/zod';
import { COUNTRY_NAMES } from './data-countries.ts';
import { didYouMean } from '../lib/data/suggest.ts';

/**
 * Cell schemas shared by the dataset schemas. Every cell arrives as a (trimmed) string from the CSV parser;
 * these schemas check its form and convert it. Messages say only what was expected: the loader adds the
 * file, line, column and the value it got, so every error reads the same way.
 */

export const TIERS = ['A', 'B', 'C'] as const;
export type Tier = (typeof TIERS)[number];

/** Stronger tiers sort first: A < B < C. */
export function tierRank(t: Tier): number {
  return TIERS.indexOf(t);
}

/** Non-empty text. */
export const text = (what = 'text') => z.string().min(1, `expected ${what}, got an empty cell`);

/** Text that may be empty (optional notes and caveats). */
export const optionalText = z.string();

/** A whole number such as 390000 (no thousands separators, no units). */
export const wholeNumber = z
  .string()
  .regex(/^-?\d+$/, 'expected a whole number (digits only, no separators or units)')
  .transform(Number);

export const nonNegativeWholeNumber = z
  .string()
  .regex(/^\d+$/, 'expected a whole number of 0 or more (digits only, no separators or units)')
  .transform(Number);

/** A decimal number such as 69.2 (a dot for decimals, no separators or units). */
export const decimal = z
  .string()
  .regex(/^-?\d+(?:\.\d+)?$/, 'expected a number (digits with an optional decimal point, no separators or units)')
  .transform(Number);

/** A decimal number or an empty cell (null). */
export const optionalDecimal = z
  .string()
  .regex(/^(?:-?\d+(?:\.\d+)?)?$/, 'expected a number or an empty cell')
  .transform((s) => (s === '' ? null : Number(s)));

/** A four-digit year. */
export const year = z
  .string()
  .regex(/^\d{4}$/, 'expected a year written as YYYY')
  .transform(Number);

/** A year or a span of years: "2024" or "2020-2023". */
export const yearOrSpan = z.string().regex(/^\d{4}(?:-\d{4})?$/, 'expected a year (YYYY) or a span of years (YYYY-YYYY)');

export const tier = z.enum(TIERS, { error: () => 'expected a confidence tier: A, B or C' });

/** A fixed-vocabulary cell; the error lists the allowed values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: () => `expected one of ${values.map((v) => `"${v}"`).join(', ')}` });
}

/** A country from the fixed list; a near miss gets a suggestion. */
export const country = z.enum(COUNTRY_NAMES, {
  error: (issue) =>
    `expected a country from the fixed list in src/schemas/data-countries.ts, got ${JSON.stringify(issue.input)}.${didYouMean(String(issue.input), COUNTRY_NAMES)}`,
});

export const SOURCE_ID_PATTERN = /^S\d{2,3}$/;
export const sourceId = z.string().regex(SOURCE_ID_PATTERN, 'expected a source id such as "S01"');

/** A lowercase slug such as "eu-kazakhstan-mou". */
export const slug = (example?: string) =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `expected a lowercase slug${example ? ` such as "${example}"` : ''}`);

/** True when YYYY(-MM(-DD)) is a real calendar date (no 31 April). */
export function isCalendarDate(s: string): boolean {
  const [y, m = 1, d = 1] = s.split('-').map(Number) as [number, number?, number?];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** What the dataset schemas need to know about the source registry. */
export interface SourceLookup {
  tierOf(id: string): Tier | undefined;
  ids(): Iterable<string>;
}

/** A registry with no sources: for reading the registry itself, whose rows cite none. */
export const NO_SOURCES: SourceLookup = { tierOf: () => undefined, ids: () => [] };

/**
 * One or more source ids separated by ";" ("S09;S10"), each in the registry (data/sources.csv).
 * Returns the ids as an array in the order written.
 */
export function sourceIds(sources: SourceLookup, { optional = false } = {}) {
  return z.string().transform((value, ctx): string[] => {
    if (value === '') {
      if (!optional)
        ctx.addIssue({ code: 'custom', message: 'expected one or more source ids such as "S01" or "S09;S10", got an empty cell' });
      return [];
    }
    const ids = value.split(';').map((s) => s.trim());
    const seen = new Set<string>();
    for (const id of ids) {
      if (!SOURCE_ID_PATTERN.test(id)) {
        ctx.addIssue({ code: 'custom', message: `expected source ids such as "S01", separated by ";", got "${id}"` });
      } else if (sources.tierOf(id) === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `expected source ids listed in data/sources.csv, got "${id}", which is not there.${didYouMean(id, sources.ids())}`,
        });
      } else if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', message: `expected each source id once, got "${id}" twice` });
      }
      seen.add(id);
    }
    return ids;
  });
}

/** A problem in one column of a row, found by a rule across columns. */
export function addProblem(ctx: z.RefinementCtx, column: string, message: string): void {
  ctx.addIssue({ code: 'custom', path: [column], message });
}

/**
 * A row's tier may not claim more confidence than its best source: a row citing only tier C sources
 * cannot be tier A. (It may be weaker, e.g. when the specific figure comes from the weaker of two sources.)
 */
export function checkRowTier(row: { tier: Tier; source_id: string[] }, sources: SourceLookup, ctx: z.RefinementCtx): void {
  const tiers = row.source_id.map((id) => sources.tierOf(id)).filter((t): t is Tier => t !== undefined);
  if (tiers.length === 0) return;
  const best = tiers.reduce((a, b) => (tierRank(a) <= tierRank(b) ? a : b));
  if (tierRank(row.tier) < tierRank(best)) {
    ctx.addIssue({
      code: 'custom',
      path: ['tier'],
      message: `expected a tier no stronger than its best source (${row.source_id.map((id) => `${id}: ${sources.tierOf(id)}`).join(', ')}), so ${best} or weaker`,
    });
  }
}
