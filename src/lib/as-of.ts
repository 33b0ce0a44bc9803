import path from 'node:path';
import type { Datasets } from './data/index.ts';
import { displayPath } from './data/paths.ts';
import { formatIsoDate } from './dates.ts';
import type { StatusFields } from '../schemas/data-status.ts';

/**
 * The "as of" date of the evidence: the latest dated event in the timeline. Derived, not typed in, so
 * it moves when the data does.
 */
export function evidenceAsOf(data: Datasets): string {
  return (
    data.events
      .map((e) => e.date)
      .sort()
      .at(-1) ?? ''
  );
}

/** True when a fact or event row describes a state of affairs (it has an as-of date). */
export function isStatus(row: StatusFields): boolean {
  return row.as_of !== '';
}

/**
 * What a page prints beside a status: "as of 9 November 2025", and, when someone has searched since
 * without finding anything newer, "; no later information found by December 2026". Depends only on the
 * row, never on today's date, so builds stay reproducible.
 */
export function statusAsOfText(row: StatusFields): string {
  if (!isStatus(row)) return '';
  const base = `as of ${formatIsoDate(row.as_of)}`;
  if (row.superseded_by !== '') return `${base}; superseded by a later entry`;
  if (row.checked.slice(0, 7) > row.as_of.slice(0, 7))
    return `${base}; no later information found by ${formatIsoDate(row.checked.slice(0, 7))}`;
  return base;
}

/** One status that needs a search for news, with where it is written down. */
export interface StaleStatus {
  file: string;
  line: number;
  id: string;
  reason: string;
}

/** Twelve months before `today`, as YYYY-MM-DD. */
function yearBefore(today: Date): string {
  const d = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

/** A partial date compares as its last day: a status "until 2026-11" lasts through November. */
function endOf(date: string): string {
  return date.length === 7 ? `${date}-31` : date;
}

type Row = StatusFields & { id: string; line: number };

function staleIn(rows: readonly Row[], file: string, today: Date): StaleStatus[] {
  const now = today.toISOString().slice(0, 10);
  const cutoff = yearBefore(today);
  const ids = new Set(rows.map((r) => r.id));
  const out: StaleStatus[] = [];
  for (const row of rows) {
    if (!isStatus(row)) continue;
    const at = { file, line: row.line, id: row.id };
    if (row.superseded_by !== '') {
      if (!ids.has(row.superseded_by))
        out.push({ ...at, reason: `superseded_by names "${row.superseded_by}", which is not a row of this file` });
      continue;
    }
    if (row.until !== '' && endOf(row.until) < now && row.checked < endOf(row.until)) {
      out.push({
        ...at,
        reason: `until ${row.until} has passed, with no newer entry and no search for news since (checked ${row.checked})`,
      });
    } else if (row.checked < cutoff) {
      out.push({ ...at, reason: `last checked ${row.checked}, more than twelve months ago` });
    }
  }
  return out;
}

/**
 * Every status that needs attention on `today`: its `until` date has passed without a newer entry or a
 * later search, or its last search (`checked`) is more than twelve months old.
 */
export function staleStatuses(data: Datasets, today: Date): StaleStatus[] {
  const file = (name: string) => displayPath(path.join(data.dir, name));
  return [...staleIn(data.facts, file('facts.csv'), today), ...staleIn(data.events, file('events.csv'), today)];
}

/** "data/events.csv:32 china-announcement-70: until 2026-11-10 has passed ..." */
export function formatStale(s: StaleStatus): string {
  return `${s.file}:${s.line} ${s.id}: ${s.reason}`;
}
