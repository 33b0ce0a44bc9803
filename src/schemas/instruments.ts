import { z } from 'astro/zod';
import { defineDataset } from './data-define.ts';
import { checkRowTier, isCalendarDate, oneOf, optionalText, slug, sourceIds, text, tier, type SourceLookup } from './data-fields.ts';

/**
 * data/instruments.csv: the partnership tracker. One row per agreement, dialogue, bill, designation or
 * financing instrument that ties Kazakhstan to US, EU, UK or multilateral critical-minerals efforts.
 */

export const INSTRUMENT_KINDS = [
  'memorandum',
  'roadmap',
  'summit format',
  'dialogue',
  'business platform',
  'legislation',
  'declaration',
  'designation',
  'financing',
  'membership',
  'conference',
] as const;
export const INSTRUMENT_STATUSES = ['active', 'implementing', 'pending', 'not enacted', 'announced', 'held'] as const;
export type InstrumentStatus = (typeof INSTRUMENT_STATUSES)[number];
export const INSTRUMENT_SCOPES = ['US', 'EU', 'UK', 'multilateral'] as const;
/** How precisely the start date is known; "unknown" when no source read gives it. */
export const INSTRUMENT_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;

const PATTERN = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/, unknown: /^$/ } as const;
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD');

const instrumentRow = (sources: SourceLookup) =>
  z
    .object({
      /** Stable slug: the page is /partnerships/<id>/. */
      id: slug('eu-kazakhstan-mou'),
      name: text('the instrument’s name'),
      /** Short name for the status table (at most 40 characters). */
      short_name: text('a short name').refine((s) => s.length <= 40, 'expected a short name of at most 40 characters'),
      scope: oneOf(INSTRUMENT_SCOPES),
      kind: oneOf(INSTRUMENT_KINDS),
      parties: text('who signed or takes part'),
      /** Signed, launched or introduced: YYYY-MM-DD, YYYY-MM, YYYY, or empty when no source gives it. */
      date: z.string(),
      date_precision: oneOf(INSTRUMENT_PRECISIONS),
      summary: text('a one-sentence description'),
      commits: text('what it commits in money, targets or institutions'),
      does_not_commit: text('what it does not commit'),
      status: oneOf(INSTRUMENT_STATUSES),
      status_detail: text('the status in a sentence'),
      /** The date of the newest source that establishes the status. */
      status_as_of: isoDay,
      next_milestone: text('what to watch next'),
      source_id: sourceIds(sources),
      tier,
      caveat: optionalText,
    })
    .superRefine((row, ctx) => {
      checkRowTier(row, sources, ctx);
      if (!PATTERN[row.date_precision].test(row.date)) {
        const want = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY', unknown: 'an empty cell' }[row.date_precision];
        ctx.addIssue({ code: 'custom', path: ['date'], message: `expected ${want} for date_precision "${row.date_precision}"` });
      } else if (row.date !== '' && !isCalendarDate(row.date)) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'expected a real calendar date' });
      }
      if (!isCalendarDate(row.status_as_of))
        ctx.addIssue({ code: 'custom', path: ['status_as_of'], message: 'expected a real calendar date' });
      if (row.date !== '' && row.status_as_of < row.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['status_as_of'],
          message: `expected a status date on or after the instrument’s date (${row.date})`,
        });
      }
    });

export type InstrumentRow = z.output<ReturnType<typeof instrumentRow>>;

export const instrumentsDataset = defineDataset<InstrumentRow>({
  id: 'instruments',
  file: 'instruments.csv',
  key: ['id'],
  row: instrumentRow,
});

/** Words a reader sees for each status. */
export const STATUS_LABEL: Record<InstrumentStatus, string> = {
  active: 'Active',
  implementing: 'Being implemented',
  pending: 'Pending',
  'not enacted': 'Not enacted',
  announced: 'Announced',
  held: 'Held',
};
