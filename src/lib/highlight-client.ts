/**
 * Marks the search terms of ?highlight= in the page's text, loaded by the bootstrap only when a reader
 * arrives from a search result; built from TypeScript by src/pages/highlight.js.ts. Never inside charts,
 * code, scripts or form controls; any dash matches any other ("Jackson-Vanik" marks "Jackson–Vanik");
 * at most 60 marks. Each parameter is a word or a phrase ("20 Mt"); a number is marked whole, so "20" never
 * marks "2024". A result whose match is in a figure's data table links to the figure, whose table opens.
 */
const d = document;
const terms = new URLSearchParams(location.search)
  .getAll('highlight')
  .map((q) => q.trim())
  .filter((w) => w.length > 1);
const target = location.hash && d.getElementById(decodeURIComponent(location.hash.slice(1)));
const root = d.querySelector('[data-pagefind-body]') ?? d.querySelector('main');
if (terms.length && root) {
  const pattern = terms
    .map(
      (w) =>
        w
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/[-‐‑‒–—]/g, '[-‐‑‒–—]')
          .replace(/\s+/g, '[\\s\u00a0\u202f]+') + (/\d$/.test(w) ? '(?![\\d]|[.,]\\d)' : ''),
    )
    .join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})`, 'giu');
  const walker = d.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('svg,script,style,code,pre,kbd,input,textarea,select,button,option,mark,.section-link') ? 2 : 1,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  // The marks run out on long pages: the section the reader lands on gets them first.
  if (target) nodes.sort((a, b) => Number(target.compareDocumentPosition(a) === 2) - Number(target.compareDocumentPosition(b) === 2));
  let left = 60;
  for (const node of nodes) {
    const text = node.data;
    const found = [...text.matchAll(re)];
    if (!found.length || left <= 0) continue;
    const out = d.createDocumentFragment();
    let at = 0;
    for (const m of found.slice(0, left)) {
      out.append(text.slice(at, m.index));
      const mk = d.createElement('mark');
      mk.className = 'pagefind-highlight';
      mk.textContent = m[0];
      out.append(mk);
      at = m.index + m[0].length;
      left--;
    }
    out.append(text.slice(at));
    node.replaceWith(out);
  }
}
if (terms.length && target instanceof HTMLElement && target.matches('figure')) {
  const table = target.querySelector('details');
  if (table) table.open = true;
}
export {};
