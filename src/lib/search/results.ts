/**
 * Turning Pagefind's raw results into what the search page shows. Pure, so it is unit-tested without a
 * browser: which section of a page best answers the query, and the link that lands on it.
 */

import { formatDate } from '../dates.ts';
import { KINDS } from '../kinds.ts';

export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string; location: number };
  locations: number[];
  weighted_locations?: PagefindWeightedLocation[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

export interface SectionHit {
  title: string;
  url: string;
  excerpt: string;
  /** The heading id the link lands on; undefined for the top of the page. */
  id: string | undefined;
  score: number;
  /** How many different query words its excerpt marks, and how many of them exactly as typed. */
  terms: number;
  exact: number;
  /** Whether its heading names a query word. */
  heading: boolean;
  /** Whether the match is in a figure's data table (the index reads each table as a section "fig-…"). */
  figure: boolean;
}

export interface ResultView {
  pageTitle: string;
  pageUrl: string;
  kind: ResultKind;
  date: string | undefined;
  /** Sections that match, best first; the first is where the result's main link lands. */
  sections: SectionHit[];
}

function score(sub: PagefindSubResult): number {
  if (sub.weighted_locations?.length) return sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  return sub.locations.length;
}

/**
 * One matched word as a term: lower case, without the punctuation Pagefind marks along with it ("control,"),
 * a possessive ("China’s") or a plural "s" ("controls"). Pagefind matches words by their stems, so one query
 * word can be marked in several forms; counted as different terms they would let a section that says
 * "controls … control," outrank one that says "export controls".
 */
function term(marked: string): string {
  const word = marked
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}+]+|[^\p{L}\p{N}+]+$/gu, '')
    .replace(/['’]s$/, '')
    .replace(/[‐‑‒–—]/g, '-');
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * Whether a marked word is a form of a query word: "exporting" of "export", "EU–Kazakhstan" of "EU",
 * "memoranda" of "memorandum" (Pagefind marks stems and prefixes).
 */
function covers(marked: string, query: string): boolean {
  if (marked === query) return true;
  return marked.split('-').some((part) => {
    let common = 0;
    while (common < part.length && part[common] === query[common]) common++;
    return common === query.length || common === part.length || common >= 5;
  });
}

/** The different query words Pagefind marked in an excerpt: a section that has all of them answers better. */
export function markedTerms(excerpt: string): Set<string> {
  const terms = new Set<string>();
  for (const m of excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)) {
    const t = term(m[1]!);
    if (t) terms.add(t);
  }
  return terms;
}

/** Whether a section's heading names one of the matched words: "…and the tungsten venture" for "tungsten". */
function headingMatches(title: string, terms: Set<string>): number {
  const t = title.toLowerCase();
  return [...terms].some((term) => term.length > 2 && t.includes(term)) ? 1 : 0;
}

/**
 * Sections that summarise the whole page (the key points and, in notes, the bottom line and the
 * recommendations). They are weighted up so that the page ranks well, but a reader searching for a term
 * wants the section that discusses it, so they land there only when no body section matches as well.
 */
export const SUMMARY_SECTION_IDS: ReadonlySet<string> = new Set(['key-points', 'bottom-line', 'recommendations']);

/**
 * The query words no result's excerpts mark in a recognisable form (the same first four letters, or the
 * whole word if shorter). Pagefind answers a word it does not know with words sharing its first letters
 * ("thorum" marks "th"), so such a word is probably misspelt.
 */
export function unmatchedWords(views: readonly ResultView[], queryWords: readonly string[]): string[] {
  const marked = new Set<string>();
  for (const view of views) for (const section of view.sections) for (const t of markedTerms(section.excerpt)) marked.add(t);
  return queryWords.filter((word) => {
    const q = term(word);
    if (!/^\p{L}/u.test(q) || q.length < 3 || /^zq[0-9d]+[tpn]$/.test(q)) return false;
    const need = Math.min(q.length, 4);
    return ![...marked].some((t) => t.split('-').some((part) => part.length >= need && part.slice(0, need) === q.slice(0, need)));
  });
}

/** Ids the index gives figures' data tables (src/lib/search/index-html.ts): the figure's own id. */
export const isFigureId = (id: string | undefined): boolean => id?.startsWith('fig-') ?? false;

/**
 * Ranks a page's matching sections: first those that match more of the query's words, then body sections
 * before the top of the page and the summary boxes, then prose before a figure's data table, then sections
 * whose matched words are found in fewer of the page's sections, then sections whose heading names a matched word, then by Pagefind's weighted score; ties keep page order. A section
 * the index read in two parts (before and after a figure) is listed once.
 */
export function rankSections(data: PagefindResultData, limit = 3, queryWords: readonly string[] = []): SectionHit[] {
  const subs = data.sub_results ?? [];
  const seen = new Set<string>();
  const wanted = [...new Set(queryWords.map(term))];
  // Without the query's words (unit tests of page order alone), each marked form counts as a word.
  const covered = (marked: Set<string>) =>
    wanted.length ? wanted.filter((q) => [...marked].some((t) => covers(t, q))).length : marked.size;
  const exactly = (marked: Set<string>) => wanted.filter((q) => [...marked].some((t) => t === q || t.split('-').includes(q))).length;
  // A word found in few of the page's sections says more about a section than one found in most of them:
  // for "export controls gallium" the short passage on gallium, not the section headed "export controls".
  const markedBySub = subs.map((sub) => markedTerms(sub.excerpt));
  const sectionsWith = new Map(wanted.map((q) => [q, markedBySub.filter((m) => [...m].some((t) => covers(t, q))).length]));
  const distinctiveness = (marked: Set<string>) =>
    wanted.reduce((sum, q) => sum + ([...marked].some((t) => covers(t, q)) ? 1 / sectionsWith.get(q)! : 0), 0);
  return subs
    .map((sub, order) => {
      const marked = markedBySub[order]!;
      const anchored = sub.anchor && !SUMMARY_SECTION_IDS.has(sub.anchor.id) ? 1 : 0;
      const prose = isFigureId(sub.anchor?.id) ? 0 : 1;
      return {
        sub,
        order,
        score: score(sub),
        terms: covered(marked),
        exact: exactly(marked),
        anchored,
        prose,
        distinct: distinctiveness(marked),
        heading: anchored && headingMatches(sub.title, marked),
      };
    })
    .sort(
      (a, b) =>
        b.terms - a.terms ||
        b.exact - a.exact ||
        b.anchored - a.anchored ||
        b.prose - a.prose ||
        (Math.abs(b.distinct - a.distinct) > 1e-9 ? b.distinct - a.distinct : 0) ||
        b.heading - a.heading ||
        b.score - a.score ||
        a.order - b.order,
    )
    .filter(({ sub }) => !seen.has(sub.url) && seen.add(sub.url))
    .slice(0, limit)
    .map(({ sub, score: s, terms, exact, prose, heading }) => ({
      title: sub.title,
      url: sub.url,
      excerpt: sub.excerpt,
      id: sub.anchor?.id,
      score: s,
      terms,
      exact,
      heading: Boolean(heading),
      figure: !prose,
    }));
}

/**
 * Orders one batch of pages: those whose best section marks more of the query's words first, then more of
 * them exactly as typed ("price" over "pricing"), then those answered in prose before those answered only
 * by a figure's table, then those whose section heading names a query word; otherwise Pagefind's order.
 */
export function orderResults(views: readonly ResultView[]): ResultView[] {
  return views
    .map((view, order) => ({ view, order, best: view.sections[0]! }))
    .sort(
      (a, b) =>
        b.best.terms - a.best.terms ||
        b.best.exact - a.best.exact ||
        Number(a.best.figure) - Number(b.best.figure) ||
        Number(b.best.heading) - Number(a.best.heading) ||
        a.order - b.order,
    )
    .map(({ view }) => view);
}

/** What a result is, read from its address: every page of the site has one kind. */
export type ResultKind = 'briefing' | 'note' | 'partnership' | 'glossary' | 'source' | 'reference';
export const KIND_LABELS: Record<ResultKind, string> = {
  briefing: KINDS.briefing.singular,
  note: KINDS.note.singular,
  partnership: 'Partnership',
  glossary: 'Glossary',
  source: 'Sources',
  reference: 'Reference page',
};

export function resultKind(url: string): ResultKind {
  const first = new URL(url, 'https://x.invalid').pathname.split('/')[1];
  if (first === 'briefings') return 'briefing';
  if (first === 'notes') return 'note';
  if (first === 'partnerships') return 'partnership';
  if (first === 'glossary') return 'glossary';
  if (first === 'sources') return 'source';
  return 'reference';
}

/** A page's date as readers see it elsewhere on the site ("9 November 2025"); anything but an ISO date as is. */
function readableDate(iso: string | undefined): string | undefined {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(new Date(`${iso}T00:00:00Z`)) : iso;
}

/** A page as the results list shows it; `queryWords` are the words searched, for ranking its sections. */
export function toResultView(data: PagefindResultData, queryWords: readonly string[] = []): ResultView {
  const sections = rankSections(data, 3, queryWords);
  return {
    pageTitle: data.meta.title ?? data.url,
    pageUrl: data.url,
    kind: resultKind(data.url),
    date: readableDate(data.meta.date),
    sections: sections.length
      ? sections
      : [
          {
            title: data.meta.title ?? '',
            url: data.url,
            excerpt: data.excerpt,
            id: undefined,
            score: 0,
            terms: markedTerms(data.excerpt).size,
            exact: 0,
            heading: false,
            figure: false,
          },
        ],
  };
}

/** "N results for “q”" (with "showing 1–10" when there are more), or a helpful line when there are none. */
export function resultCountText(count: number, query: string, shown = count): string {
  if (count === 0) return `No results for “${query}”. Try fewer or different words, or clear the filters.`;
  const showing = shown < count ? `, showing 1–${shown}` : '';
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${showing}`;
}
