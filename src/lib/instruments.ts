import type { InstrumentRow } from '../schemas/instruments.ts';
import { formatIsoDate } from './dates.ts';
import { SITE, siteHref } from './page/site.ts';

/** Pure helpers for the partnership tracker pages. */

export function instrumentPath(id: string): string {
  return `/partnerships/${id}/`;
}

/** The instrument's start date in words, or a plain statement that no source gives it. */
export function instrumentDate(row: Pick<InstrumentRow, 'date'>): string {
  return row.date === '' ? 'Date not established' : formatIsoDate(row.date);
}

/** Oldest first; undated instruments last, then by id so the order is stable. */
export function orderInstruments<T extends Pick<InstrumentRow, 'date' | 'id'>>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) =>
    (a.date === '') !== (b.date === '') ? (a.date === '' ? 1 : -1) : a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
}

/** Rare Earths Briefing. “Name.” Partnership tracker, status as of 6 February 2026. https://… */
export function instrumentCitation(
  row: Pick<InstrumentRow, 'id' | 'name' | 'status_as_of'>,
  site: URL | undefined,
): { text: string; url: string } {
  const url = siteHref(instrumentPath(row.id), site);
  return { text: `${SITE.name}. “${row.name}.” Partnership tracker, status as of ${formatIsoDate(row.status_as_of)}. ${url}`, url };
}
