import {
  KIND_LABELS,
  orderResults,
  resultCountText,
  toResultView,
  unmatchedWords,
  type PagefindResultData,
  type ResultView,
} from '../lib/search/results.ts';
import { landingUrl, landingWords, markQuantities, prepareQuery, stripTokens, type PreparedQuery } from '../lib/search/query.ts';
import { Vocabulary } from '../lib/search/vocabulary.ts';

/**
 * The search page's behaviour. This small module loads with the search page; Pagefind itself (the index
 * and its WebAssembly) loads only when the reader searches: a query in the URL, or typing; the site's
 * vocabulary only when a query seems misspelt. Everything it writes into the page is built with
 * DOM methods and textContent, except Pagefind's excerpts, which Pagefind escapes itself apart from marks.
 */

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  preload(q: string, o?: { filters?: Record<string, unknown> }): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const suggestion = document.querySelector<HTMLElement>('#search-suggestion')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const filters = document.querySelector<HTMLFieldSetElement>('#search-filters')!;
/**
 * Results shown first, and added by each "More results". Each result's record is one request of 1–10 KB,
 * so five keep the first search of a visit within 150 KB (Pagefind's code and WebAssembly take about 75 KB
 * and each part of its index about 8 KB).
 */
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;
/** Fewer results than this, and the query is read again with the site's vocabulary. */
const FEW = 5;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A runtime URL: Pagefind's files are written after the site is bundled, so Vite must not resolve it.
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    // noWorker: the index is small enough to search on the main thread in a few milliseconds, and the
    // worker's own script would be one more 12 KB request before the first results.
    await pf.options({ excerptLength: 24, noWorker: true });
    return pf;
  });
  return pagefindPromise;
}

let vocabularyPromise: Promise<Vocabulary | undefined> | undefined;
const vocabularyIfLoaded = () => vocabularyPromise ?? Promise.resolve(undefined);
function loadVocabulary(): Promise<Vocabulary | undefined> {
  vocabularyPromise ??= fetch('/pagefind/vocabulary.txt')
    .then((r) => (r.ok ? r.text() : ''))
    .then((text) => (text ? new Vocabulary(text) : undefined))
    .catch(() => undefined);
  return vocabularyPromise;
}

function selectedFilters(): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of ['kind', 'topic']) {
    const values = [...filters.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
    if (values.length) out[name] = { any: values };
  }
  return out;
}

function syncUrl(query: string) {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  for (const name of ['kind', 'topic']) {
    url.searchParams.delete(name);
    for (const v of selectedFilters()[name]?.any ?? []) url.searchParams.append(name, v);
  }
  history.replaceState(null, '', url);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as shown: without the index's tokens, with the asked-for quantities marked; and its link. */
function present(excerpt: string, url: string, query: PreparedQuery): { html: string; href: string } {
  const { html, phrases } = markQuantities(stripTokens(excerpt), query.tokens);
  // The landing page marks the query's words and the quantities as this excerpt writes them; a quantity
  // outside the excerpt is marked by its number.
  const quantities = phrases.length ? phrases : query.numbers;
  return { html, href: landingUrl(url, [...landingWords(query.words, html), ...quantities]) };
}

function renderResult(view: ResultView, query: PreparedQuery): HTMLLIElement {
  const li = el('li', 'search-result');
  const [best, ...others] = view.sections;
  const meta = el('p', 'search-result-meta');
  meta.append(el('span', 'search-result-kind', KIND_LABELS[view.kind]));
  if (view.date) meta.append(el('span', undefined, view.date)); // the meta line's flex gap separates them
  const shown = present(best!.excerpt, best!.url, query);
  const title = el('a', 'search-result-title');
  title.href = shown.href;
  const section = best!.figure ? `${best!.title} (opens the table)` : best!.title;
  title.textContent = best!.id && best!.title && best!.title !== view.pageTitle ? `${view.pageTitle} › ${section}` : view.pageTitle;
  const excerpt = el('p', 'search-result-excerpt');
  excerpt.innerHTML = shown.html; // Pagefind escapes page text; only <mark> tags are markup
  const heading = el('p', 'search-result-heading');
  heading.append(title);
  li.append(meta, heading, excerpt);
  if (others.length) {
    const sub = el('ul', 'search-result-sections');
    for (const s of others) {
      const item = el('li');
      const part = present(s.excerpt, s.url, query);
      const a = el('a', undefined, s.title || view.pageTitle);
      a.href = part.href;
      const ex = el('span', 'search-result-excerpt');
      ex.innerHTML = part.html;
      item.append(a, ' ', ex);
      sub.append(item);
    }
    li.append(sub);
  }
  return li;
}

/** The state of the search on screen, so "More results" can continue it. */
let current: { results: PagefindResult[]; query: PreparedQuery; shown: number; label: string } | undefined;
let latest = 0;

async function views(results: PagefindResult[], query: PreparedQuery): Promise<ResultView[]> {
  const words = query.search.split(' ');
  return orderResults(await Promise.all(results.map(async (r) => toResultView(await r.data(), words))));
}

function showCount() {
  if (!current) return;
  status.textContent = resultCountText(current.results.length, current.label, current.shown);
  more.hidden = current.shown >= current.results.length;
}

async function runSearch() {
  const raw = input.value.trim();
  syncUrl(raw);
  const ticket = ++latest;
  if (!raw) {
    current = undefined;
    list.replaceChildren();
    status.textContent = '';
    suggestion.replaceChildren();
    more.hidden = true;
    return;
  }
  const pagefind = await loadPagefind();
  if (ticket !== latest) return;
  // The site's vocabulary, once loaded, reads every query; before that, it is loaded (about 10 KB) only
  // when a query finds few results or a word that no result marks, which is how a misspelling shows.
  let vocabulary = await vocabularyIfLoaded();
  let query = prepareQuery(raw, vocabulary);
  let response = await pagefind.search(query.search, { filters: selectedFilters() });
  if (ticket !== latest || !response) return; // a newer search has started
  let first = await views(response.results.slice(0, FIRST_PAGE), query);
  if (ticket !== latest) return;
  if (!vocabulary && (response.results.length < FEW || unmatchedWords(first, query.search.split(' ')).length)) {
    vocabulary = await loadVocabulary();
    if (ticket !== latest) return;
    query = prepareQuery(raw, vocabulary);
    if (query.corrected) {
      response = await pagefind.search(query.search, { filters: selectedFilters() });
      if (ticket !== latest || !response) return;
      first = await views(response.results.slice(0, FIRST_PAGE), query);
      if (ticket !== latest) return;
    }
  }
  let note = query.corrected ? query.display : undefined;
  if (query.corrected && !response.results.length) {
    // The corrected words find nothing either: show what the reader's own words find.
    query = prepareQuery(raw);
    note = undefined;
    response = await pagefind.search(query.search, { filters: selectedFilters() });
    if (ticket !== latest || !response) return;
    first = await views(response.results.slice(0, FIRST_PAGE), query);
    if (ticket !== latest) return;
  }
  list.replaceChildren(...first.map((v) => renderResult(v, query)));
  suggestion.replaceChildren();
  if (note) {
    const again = el('a', undefined, note);
    again.href = `/search/?q=${encodeURIComponent(note)}`;
    suggestion.append('Did you mean ', again, `? Showing results for “${note}”.`);
  }
  current = { results: response.results, query, shown: first.length, label: note ?? raw };
  showCount();
}

async function showMore() {
  if (!current) return;
  const state = current;
  const next = await views(state.results.slice(state.shown, state.shown + PAGE_SIZE), state.query);
  if (state !== current) return;
  const items = next.map((v) => renderResult(v, state.query));
  list.append(...items);
  state.shown += next.length;
  showCount();
  // Keyboard readers continue from the first new result.
  items[0]?.querySelector('a')?.focus();
}

let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleSearch() {
  clearTimeout(timer);
  // Short: a search on a loaded index takes a few milliseconds, and results must follow the last key within 150 ms.
  timer = setTimeout(() => void runSearch(), 40);
}

function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a')];
}

// Keyboard: arrows move between the input and the result links, Escape closes the results.
document.addEventListener('keydown', (event) => {
  const links = resultLinks();
  const active = document.activeElement;
  const index = links.indexOf(active as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && (active === input || index >= 0) && links.length) {
    event.preventDefault();
    links[Math.min(index + 1, links.length - 1)]!.focus();
  } else if (event.key === 'ArrowUp' && index >= 0) {
    event.preventDefault();
    if (index === 0) input.focus();
    else links[index - 1]!.focus();
  } else if (event.key === 'Escape' && (active === input || index >= 0)) {
    event.preventDefault();
    input.value = '';
    void runSearch();
    input.focus();
  } else if (event.key === '/' && active !== input && !(active instanceof HTMLInputElement)) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch();
});
input.addEventListener('input', scheduleSearch);
// Pagefind loads on the first keystroke (or a query in the URL), never merely because the page opened:
// the field has autofocus, so a focus trigger would load the index on every visit.
filters.addEventListener('change', () => void runSearch());
more.addEventListener('click', () => void showMore());
suggestion.addEventListener('click', (event) => {
  const link = (event.target as Element).closest('a');
  if (!link) return;
  event.preventDefault();
  input.value = link.textContent ?? '';
  void runSearch();
  input.focus();
});

// Restore state from the URL (a shared link, or the header form), then search if there is a query.
const params = new URLSearchParams(location.search);
for (const name of ['kind', 'topic']) {
  for (const value of params.getAll(name)) {
    const box = filters.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
    if (box) box.checked = true;
  }
}
input.value = params.get('q') ?? '';
filters.hidden = false;
document.documentElement.classList.add('search-ready');
if (input.value) void runSearch();
