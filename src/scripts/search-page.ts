import { KINDS, type Kind } from '../lib/kinds.ts';
import { resultCountText, toResultView, type PagefindResultData, type ResultView } from '../lib/search/results.ts';

/**
 * The search page's behaviour. This small module loads with the search page; Pagefind itself (the index
 * and its WebAssembly) loads only when the reader searches: a query in the URL, or typing. Everything it
 * writes into the page is built with DOM methods and textContent, except Pagefind's excerpts, which
 * Pagefind escapes itself apart from its <mark> highlights.
 */

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const filters = document.querySelector<HTMLFieldSetElement>('#search-filters')!;
const MAX_RESULTS = 10;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A runtime URL: Pagefind's files are written after the site is bundled, so Vite must not resolve it.
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ highlightParam: 'highlight', excerptLength: 24 });
    return pf;
  });
  return pagefindPromise;
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

function renderResult(view: ResultView): HTMLLIElement {
  const li = el('li', 'search-result');
  const [best, ...more] = view.sections;
  const meta = el('p', 'search-result-meta', [view.kind ? (KINDS[view.kind as Kind]?.singular ?? view.kind) : '', view.date ?? ''].filter(Boolean).join(' · '));
  const title = el('a', 'search-result-title');
  title.href = best!.url;
  title.textContent = best!.id && best!.title && best!.title !== view.pageTitle ? `${view.pageTitle} › ${best!.title}` : view.pageTitle;
  const excerpt = el('p', 'search-result-excerpt');
  excerpt.innerHTML = best!.excerpt; // Pagefind escapes page text; only its <mark> tags are markup
  li.append(meta, el('p', 'search-result-heading'), excerpt);
  li.querySelector('.search-result-heading')!.append(title);
  if (more.length) {
    const sub = el('ul', 'search-result-sections');
    for (const s of more) {
      const item = el('li');
      const a = el('a', undefined, s.title || view.pageTitle);
      a.href = s.url;
      const ex = el('span', 'search-result-excerpt');
      ex.innerHTML = s.excerpt;
      item.append(a, ' ', ex);
      sub.append(item);
    }
    li.append(sub);
  }
  return li;
}

let latest = 0;
async function runSearch() {
  const query = input.value.trim();
  syncUrl(query);
  const ticket = ++latest;
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const pagefind = await loadPagefind();
  const response = await pagefind.search(query, { filters: selectedFilters() });
  if (ticket !== latest || !response) return; // a newer search has started
  const views = await Promise.all(response.results.slice(0, MAX_RESULTS).map(async (r) => toResultView(await r.data())));
  if (ticket !== latest) return;
  list.replaceChildren(...views.map(renderResult));
  const shown = response.results.length > MAX_RESULTS ? ` (showing the first ${MAX_RESULTS})` : '';
  status.textContent = resultCountText(response.results.length, query) + shown;
}

let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleSearch() {
  clearTimeout(timer);
  timer = setTimeout(() => void runSearch(), 120);
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
