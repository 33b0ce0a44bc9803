import { createHash } from 'node:crypto';

/**
 * The only script on content pages, inlined so a page makes no JavaScript request before the reader
 * acts, and allowed by a CSP hash (computed below) rather than 'unsafe-inline'. Everything it does is an
 * enhancement of something that already works without it:
 *  - "/" focuses the search field (a plain form to the search page);
 *  - a click on a section's "#" link also copies that section's URL (the link itself still navigates,
 *    so without JavaScript the reader copies it from the address bar or the link's context menu);
 *  - [data-copy] buttons copy the text of the element they name (the citation is on the page anyway);
 *  - [data-print] buttons print; they stay hidden without JavaScript, when Ctrl+P is the way;
 *  - when a reader arrives from a search result (?highlight=term) it loads Pagefind's highlighter.
 * Keep it tiny and free of data: the same bytes on every page, so one hash covers the site.
 */
export const BOOTSTRAP_SCRIPT = [
  `(()=>{const d=document,say=t=>{const s=d.getElementById("live-status");if(s){s.textContent="";setTimeout(()=>{s.textContent=t},60)}};`,
  `addEventListener("keydown",e=>{if(e.key!=="/"||e.ctrlKey||e.metaKey||e.altKey)return;`,
  `const t=e.target;if(t instanceof Element&&t.closest("input,textarea,select,[contenteditable]"))return;`,
  `const i=d.querySelector("[data-search-input]");if(i){e.preventDefault();i.focus();i.select()}});`,
  `d.addEventListener("click",e=>{const t=e.target instanceof Element?e.target.closest("a.section-link,[data-copy],[data-print]"):null;if(!t)return;`,
  `if(t.hasAttribute("data-print")){print();return}`,
  `const c=t.getAttribute("data-copy"),x=c?(d.getElementById(c)?.textContent??"").trim():location.origin+location.pathname+t.getAttribute("href");`,
  `navigator.clipboard?.writeText(x).then(()=>{t.setAttribute("data-copied","");say(c?"Copied":"Link to this section copied");`,
  `setTimeout(()=>t.removeAttribute("data-copied"),2e3)},()=>{})});`,
  `for(const b of d.querySelectorAll("[data-print],[data-copy]"))b.hidden=false;`,
  `if(new URLSearchParams(location.search).has("highlight"))import("/pagefind/pagefind-highlight.js")`,
  `.then(m=>new m.default({highlightParam:"highlight",addStyles:false})).catch(()=>{})})();`,
].join('');

export const BOOTSTRAP_HASH = `'sha256-${createHash('sha256').update(BOOTSTRAP_SCRIPT).digest('base64')}'`;
