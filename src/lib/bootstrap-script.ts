import { createHash } from 'node:crypto';

/**
 * The only script on content pages, inlined so a page makes no JavaScript request before the reader
 * acts, and allowed by a CSP hash (computed below) rather than 'unsafe-inline'. It does two small things:
 *  - "/" focuses the search field (search itself loads only on the search page, when the reader searches);
 *  - when a reader arrives from a search result (?highlight=term), it loads Pagefind's highlighter,
 *    which marks the searched terms in the article.
 * Keep it tiny and free of data: the same bytes on every page, so one hash covers the site.
 */
export const BOOTSTRAP_SCRIPT = [
  `addEventListener("keydown",e=>{if(e.key!=="/"||e.ctrlKey||e.metaKey||e.altKey)return;`,
  `const t=e.target;if(t instanceof Element&&t.closest("input,textarea,select,[contenteditable]"))return;`,
  `const i=document.querySelector("[data-search-input]");if(i){e.preventDefault();i.focus();i.select()}});`,
  `if(new URLSearchParams(location.search).has("highlight"))import("/pagefind/pagefind-highlight.js")`,
  `.then(m=>new m.default({highlightParam:"highlight",addStyles:false})).catch(()=>{});`,
].join('');

export const BOOTSTRAP_HASH = `'sha256-${createHash('sha256').update(BOOTSTRAP_SCRIPT).digest('base64')}'`;
