/**
 * Date formatting. Always UTC and a fixed locale, so a build gives the same text on any machine
 * (frontmatter dates are calendar dates, parsed as UTC midnight).
 */
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "7 November 2022" */
export function formatDate(date: Date): string {
  return long.format(date);
}

/** "2022-11-07", for datetime attributes, JSON-LD and citations. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
