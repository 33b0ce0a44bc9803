import { getCollection, type CollectionEntry } from 'astro:content';
import { topicIds, type Topic } from '../schemas/topics.ts';
import type { CitationInput } from './citations/citation.ts';
import type { SeoProps } from './page/seo.ts';
import { SITE, siteHref } from './page/site.ts';
import { formatDate } from './dates.ts';
import { KINDS } from './kinds.ts';

/**
 * Reading briefings and notes for pages. Drafts are validated with the rest but never published.
 * Order is newest first, then by id, so listings are stable from build to build.
 */

export type Briefing = CollectionEntry<'briefings'>;
export type Note = CollectionEntry<'notes'>;
export type Entry = Briefing | Note;

export function byNewest(a: Entry, b: Entry): number {
  const d = lastChanged(b).getTime() - lastChanged(a).getTime();
  return d !== 0 ? d : a.id.localeCompare(b.id);
}

export function lastChanged(entry: Entry): Date {
  return entry.data.updated ?? entry.data.published;
}

/** "briefing" or "note": the kind a search filter and a citation use for an entry. */
export function entryKind(entry: Entry): 'briefing' | 'note' {
  return entry.collection === 'briefings' ? 'briefing' : 'note';
}

/** "Briefing" or "Policy note". */
export function kindLabel(entry: Entry): string {
  return KINDS[entryKind(entry)].singular;
}

export function entryUrl(entry: Entry): string {
  return `/${entry.collection}/${entry.id}/`;
}

export async function getBriefings(): Promise<Briefing[]> {
  return (await getCollection('briefings', (e) => e.data.status === 'published')).sort(byNewest);
}

export async function getNotes(): Promise<Note[]> {
  return (await getCollection('notes', (e) => e.data.status === 'published')).sort(byNewest);
}

export async function getAllEntries(): Promise<Entry[]> {
  return [...(await getBriefings()), ...(await getNotes())].sort(byNewest);
}

/** The earliest and latest evidence dates (ISO) of the published briefings and notes: each has its own, the site a range. */
export async function evidenceRange(): Promise<{ oldest: string; newest: string }> {
  const dates = (await getAllEntries()).map((e) => e.data.evidenceAsOf.toISOString().slice(0, 10)).sort();
  return { oldest: dates[0]!, newest: dates.at(-1)! };
}

/** Entries grouped under each topic they carry, in the fixed topic order; empty topics are left out unless asked for. */
export function groupByTopic<E extends Entry>(entries: E[], includeEmpty = false): Array<{ topic: Topic; entries: E[] }> {
  return topicIds
    .map((topic) => ({ topic, entries: entries.filter((e) => e.data.topics.includes(topic)) }))
    .filter((group) => includeEmpty || group.entries.length > 0);
}

/** One static path per published briefing and note, `[kind]/[slug]`, with the entry as a prop. */
export async function entryPaths() {
  return (await getAllEntries()).map((entry) => ({ params: { kind: entry.collection, slug: entry.id }, props: { entry } }));
}

/** The citation facts of an entry, with its absolute URL on `site` (its path when no site is configured). */
export function entryCitation(entry: Entry, site: URL | undefined): CitationInput {
  return {
    slug: entry.id,
    kind: entryKind(entry),
    title: entry.data.title,
    siteName: SITE.name,
    version: entry.data.version,
    published: entry.data.published,
    updated: entry.data.updated,
    url: siteHref(entryUrl(entry), site),
  };
}

/** The running header of a printed page: "Title · version 1.2, 3 December 2026 · evidence as of 9 November 2025". */
export function entryPrintTitle(entry: Entry): string {
  return `${entry.data.title} · version ${entry.data.version}, ${formatDate(lastChanged(entry))} · evidence as of ${formatDate(entry.data.evidenceAsOf)}`;
}

/** What the Base layout needs to know about a briefing or note page: head metadata and the print header. */
export function entryPageProps(entry: Entry, type: NonNullable<SeoProps['article']>['type']): SeoProps & { printTitle: string } {
  const { data } = entry;
  return {
    title: data.title,
    description: data.summary,
    article: { type, published: data.published, modified: data.updated, version: data.version },
    printTitle: entryPrintTitle(entry),
  };
}
