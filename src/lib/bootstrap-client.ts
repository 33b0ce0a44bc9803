/**
 * The one script on every page, as the browser runs it: src/lib/bootstrap-script.ts minifies this file at
 * build time and inlines it, allowed by its CSP hash. Everything here enhances something that works without
 * it: "/" focuses the search field; a section's "#" link also copies its address and, with [data-cite-section],
 * a citation of the section; [data-copy] buttons copy a text; [data-print] prints; the contents list marks
 * the section being read; a reader arriving from a search result (?highlight=term) sees the terms marked
 * (by /highlight.js, loaded only then).
 */
const d = document;

addEventListener('keydown', (e) => {
  const t = e.target as Element;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.closest?.('input,textarea,select,[contenteditable]')) return;
  const input = d.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  e.preventDefault();
  // On phones the field sits in the closed menu.
  input.closest('details')?.setAttribute('open', '');
  input.focus();
  input.select();
});

/** An element's text with every link replaced by its absolute address, so a copied citation never carries a bare path. */
const textOf = (el: Element | null): string =>
  [...(el?.childNodes ?? [])]
    .map((n) => (n instanceof HTMLAnchorElement ? n.href : n.textContent))
    .join('')
    .trim();

d.addEventListener('click', (e) => {
  const t = (e.target as Element).closest?.<HTMLElement>('a.section-link,[data-copy],[data-print],[data-cite-section]');
  if (!t) return;
  if (t.hasAttribute('data-print')) return print();
  let text: string;
  let message = 'Copied';
  if (t.dataset.copy) text = textOf(d.getElementById(t.dataset.copy));
  else {
    const heading = t.closest('h2,h3,h4');
    const url = location.origin + location.pathname + '#' + heading?.id;
    const cite = t.hasAttribute('data-cite-section') && d.querySelector<HTMLElement>('[data-cite-title]')?.dataset;
    const title = [...(heading?.childNodes ?? [])]
      .filter((n) => !(n instanceof HTMLElement && n.matches('.section-link,.cite-section')))
      .map((n) => n.textContent)
      .join('')
      .trim();
    text = cite ? `${cite.citeTitle}, section “${title}”. ${cite.citeMeta} ${url}` : url;
    message = cite ? 'Citation of this section copied' : 'Link to this section copied';
  }
  navigator.clipboard?.writeText(text).then(
    () => {
      const live = d.getElementById('live-status');
      t.setAttribute('data-copied', '');
      // Emptied first, so the same message twice in a row is announced twice.
      if (live) {
        live.textContent = '';
        setTimeout(() => (live.textContent = message), 60);
      }
      setTimeout(() => t.removeAttribute('data-copied'), 2e3);
    },
    () => {},
  );
});

for (const b of d.querySelectorAll<HTMLElement>('[data-print],[data-copy]')) b.hidden = false;

// A "cite" button beside each h2/h3 self-link of a page that can be cited.
if (d.querySelector('[data-cite-title]'))
  for (const link of d.querySelectorAll('.prose :is(h2,h3) > .section-link')) {
    const b = d.createElement('button');
    b.type = 'button';
    b.className = 'cite-section';
    b.dataset.citeSection = '';
    b.textContent = 'Cite';
    b.setAttribute('aria-label', 'Cite this section: copy a citation');
    link.after(b);
  }

// The contents list marks the last section whose heading has passed the top third of the screen.
const marks = [...d.querySelectorAll<HTMLAnchorElement>('.toc a')].flatMap((a) => {
  const h = d.getElementById(decodeURIComponent(a.hash.slice(1)));
  return h ? [[a, h] as const] : [];
});
let current: Element | undefined;
let frame = 0;
const mark = () => {
  frame = 0;
  let now: Element | undefined;
  for (const [a, h] of marks) if (h.getBoundingClientRect().top < innerHeight / 3) now = a;
  if (now === current) return;
  current?.removeAttribute('aria-current');
  now?.setAttribute('aria-current', 'location');
  current = now;
};
if (marks.length) {
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(mark)), { passive: true });
  mark();
}

// Arriving from a search result (?highlight=term), the page loads its highlighter (src/lib/highlight-client.ts).
// A runtime URL (a route of the built site), so the type checker and the bundler leave it alone.
const highlighter = '/highlight.js';
if (/[?&]highlight=/.test(location.search)) import(/* @vite-ignore */ highlighter).catch(() => {});

export {};
