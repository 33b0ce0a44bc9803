/**
 * Date formatting, the one home for it. Always UTC and a fixed locale, so a build gives the same text on any
 * machine (frontmatter dates are calendar dates, parsed as UTC midnight).
 */
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
// Pure: the search page's script uses formatDate alone and leaves these out.
const MONTH_YEAR = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
// en-US abbreviates September as "Sep", where en-GB now writes "Sept"; BibTeX's month macros are the same three letters.
const SHORT_MONTH = /* @__PURE__ */ new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

/** "7 November 2022" */
export function formatDate(date: Date): string {
  return DAY_MONTH_YEAR.format(date);
}

/** "Nov" */
export function shortMonth(date: Date): string {
  return SHORT_MONTH.format(date);
}

/** "2022-11-07", for datetime attributes, JSON-LD and citations. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * "2023-09-19" → "19 September 2023"; "2023-05" → "May 2023" (month precision is never shown as a day);
 * "2025" → "2025". `short` abbreviates the month ("19 Sep 2023").
 */
export function formatIsoDate(date: string, { short = false }: { short?: boolean } = {}): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) throw new Error(`cannot format date "${date}": expected YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = m;
  if (!month) return year!;
  const at = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  if (at.getUTCMonth() !== Number(month) - 1) throw new Error(`cannot format date "${date}": month ${month} does not exist`);
  if (short) return `${day ? `${Number(day)} ` : ''}${shortMonth(at)} ${year}`;
  return day ? formatDate(at) : MONTH_YEAR.format(at);
}
