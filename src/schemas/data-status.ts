import { z } from 'astro/zod';
import { addProblem, isCalendarDate } from './data-fields.ts';

/**
 * Columns shared by facts and events that describe a state of affairs ("suspended until ...", "seeking a
 * licence"): when the sources last showed it true, when it lapses, and when someone last searched for news.
 * Rows that are not statuses leave all four empty.
 */

const DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

const optionalDate = (what: string) =>
  z
    .string()
    .refine(
      (s) => s === '' || (DATE.test(s) && isCalendarDate(s)),
      `expected ${what} written as YYYY-MM-DD (or YYYY-MM), or an empty cell`,
    );

export const statusFields = {
  /** The latest date the sources show the status to be true. */
  as_of: optionalDate('the date the status was last evidenced'),
  /** The date the status lapses, where the source gives one (a suspension's end). */
  until: optionalDate('the date the status lapses'),
  /** The date someone last searched for later news of it (YYYY-MM-DD). */
  checked: optionalDate('the date of the last search for news'),
  /** The id of the newer row in the same file that records what happened next. */
  superseded_by: z.string().refine((s) => s === '' || /^[A-Za-z0-9-]+$/.test(s), 'expected the id of a newer row, or an empty cell'),
};

export type StatusFields = Record<keyof typeof statusFields, string>;

/** Cross-column rules: a status has an as-of date and a check date no earlier than it. */
export function checkStatus(row: StatusFields, ctx: z.RefinementCtx): void {
  const any = row.until !== '' || row.checked !== '' || row.superseded_by !== '';
  if (row.as_of === '') {
    if (any) addProblem(ctx, 'as_of', 'expected the date the status was last evidenced, since until, checked or superseded_by is filled');
    return;
  }
  if (row.checked === '') {
    addProblem(ctx, 'checked', 'expected the date of the last search for news of this status (YYYY-MM-DD)');
  } else if (row.checked.length !== 10) {
    addProblem(ctx, 'checked', 'expected a full date (YYYY-MM-DD)');
  } else if (row.checked < row.as_of) {
    addProblem(ctx, 'checked', `expected a date on or after as_of (${row.as_of})`);
  }
  if (row.until !== '' && row.until < row.as_of) {
    addProblem(ctx, 'until', `expected a date on or after as_of (${row.as_of})`);
  }
}
