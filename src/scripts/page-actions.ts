/**
 * The one script on every page: a small module, deferred like every module, that nothing needs in order to
 * read. Each thing it does improves something that already works without it:
 *  - "/" focuses the search field (a plain form to the search page);
 *  - a click on a section's "#" link also copies that section's URL (the link itself still navigates, so
 *    without JavaScript the reader copies it from the address bar or the link's context menu);
 *  - [data-copy] buttons copy the text of the element they name (the citation is on the page anyway);
 *  - [data-print] buttons print; they stay hidden without JavaScript, when Ctrl+P is the way;
 *  - when a reader arrives from a search result (?highlight=term) it loads Pagefind's highlighter.
 * It is an external file (the CSP allows no inline script), the same on every page, so it is cached once.
 */

// One name for the document: the minifier shortens a local name, never a global one, and these bytes load
// with every page.
const doc = document;

// "/" focuses the search field, unless the reader is typing somewhere (the window and document have no closest()).
addEventListener('keydown', (event) => {
  const target = event.target as Element;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || target.closest?.('input,textarea,select,[contenteditable]')) return;
  const input = doc.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

doc.addEventListener('click', (event) => {
  const control = (event.target as Element).closest?.<HTMLElement>('a.section-link,[data-copy],[data-print]');
  if (!control) return;
  if (control.hasAttribute('data-print')) return print();
  const copyOf = control.dataset.copy;
  const text = copyOf ? (doc.getElementById(copyOf)?.textContent ?? '').trim() : location.origin + location.pathname + control.getAttribute('href');
  navigator.clipboard?.writeText(text).then(
    () => {
      control.setAttribute('data-copied', '');
      const status = doc.getElementById('live-status');
      if (status) {
        // Emptied first, so the same message twice in a row is announced twice.
        status.textContent = '';
        setTimeout(() => (status.textContent = copyOf ? 'Copied' : 'Link to this section copied'), 60);
      }
      setTimeout(() => control.removeAttribute('data-copied'), 2000);
    },
    () => {},
  );
});

for (const button of doc.querySelectorAll<HTMLElement>('[data-print],[data-copy]')) button.hidden = false;

if (/[?&]highlight=/.test(location.search)) {
  // A runtime URL: Pagefind's files are written after the site is bundled, so Vite must not resolve it.
  const highlighter = '/pagefind/pagefind-highlight.js';
  import(/* @vite-ignore */ highlighter)
    .then((module: { default: new (options: object) => unknown }) => new module.default({ highlightParam: 'highlight', addStyles: false }))
    .catch(() => {});
}
