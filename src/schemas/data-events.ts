import { z } from 'astro/zod';
import { defineDataset } from './data-define.ts';
import { checkStatus, statusFields } from './data-status.ts';
import { checkRowTier, isCalendarDate, oneOf, optionalText, slug, sourceIds, text, tier, type SourceLookup } from './data-fields.ts';

export const EVENT_KINDS = ['agreement', 'summit', 'legislation', 'export-control', 'investment', 'discovery'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const DATE_PRECISIONS = ['day', 'month'] as const;

const eventRow = (sources: SourceLookup) =>
  z
    .object({
      /** Stable slug; used for anchors and chart rows. */
      id: slug('eu-kazakhstan-mou'),
      /** "2023-09-19", or "2023-05" when the sources give only the month. */
      date: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'expected a date written as YYYY-MM-DD, or YYYY-MM when only the month is known'),
      /** "day" or "month": how precisely the date is known. Month dates are never shown as a day. */
      date_precision: oneOf(DATE_PRECISIONS),
      kind: oneOf(EVENT_KINDS),
      /** Short label drawn on the timeline (at most 48 characters, so it fits beside its marker). */
      label: text('a short label').refine((s) => s.length <= 48, 'expected a short label of at most 48 characters'),
      title: text('a title'),
      parties: text('the parties involved'),
      summary: text('a one-sentence summary'),
      source_id: sourceIds(sources),
      tier,
      /** What is not verified about this event, if anything. */
      caveat: optionalText,
      ...statusFields,
    })
    .superRefine((row, ctx) => {
      checkRowTier(row, sources, ctx);
      checkStatus(row, ctx);
      const isDay = row.date.split('-').length > 2;
      if (isDay !== (row.date_precision === 'day')) {
        ctx.addIssue({
          code: 'custom',
          path: ['date_precision'],
          message: `expected "${isDay ? 'day' : 'month'}" for the date "${row.date}"`,
        });
      }
      if (!row.date.includes('-') || !isCalendarDate(row.date)) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'expected a real calendar date' });
      }
    });

export type EventRow = z.output<ReturnType<typeof eventRow>>;

/** data/events.csv: the partnership and policy timeline. */
export const eventsDataset = defineDataset<EventRow>({
  id: 'events',
  file: 'events.csv',
  key: ['id'],
  row: eventRow,
});

/**
 * The point on a time axis that stands for an event's date: the day itself, or the middle of the month
 * when only the month is known (so the marker is never more than half a month off).
 */
export function eventInstant(row: Pick<EventRow, 'date' | 'date_precision'>): Date {
  const [y, m, d] = row.date.split('-').map(Number) as [number, number, number | undefined];
  return new Date(Date.UTC(y, m - 1, row.date_precision === 'day' ? d! : 15));
}
