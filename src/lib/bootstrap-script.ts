import { createHash } from 'node:crypto';

/**
 * The only script on content pages, inlined so a page makes no JavaScript request before the reader
 * acts, and allowed by a CSP hash (computed below) rather than 'unsafe-inline'. It is an inline module
 * (type="module"), so like every module it runs once the page is parsed, never before.
 *
 * It is the one exception to "no inline scripts", kept on measurement. As an external module built by Astro
 * from TypeScript (tried on 27 November 2026), its request landed in the chain Lighthouse's simulated mobile
 * load counts before the first paint: the briefing's LCP went from 0.9 s to 1.1 s, over the 1.0 s budget
 * (issue 8), and the home page's and a note's from 0.8 s to 0.9 s. A deferred, async, low-priority or
 * in-<head> tag, or gzipped HTML, did not change that; a page without the tag went back to 0.9 s.
 *
 * Everything it does is an enhancement of something that already works without it:
 *  - "/" focuses the search field (a plain form to the search page);
 *  - a click on a section's "#" link also copies that section's URL (the link itself still navigates,
 *    so without JavaScript the reader copies it from the address bar or the link's context menu);
 *  - [data-copy] buttons copy the text of the element they name (the citation is on the page anyway);
 *  - [data-print] buttons print; they stay hidden without JavaScript, when Ctrl+P is the way;
 *  - when a reader arrives from a search result (?highlight=term) it loads Pagefind's highlighter.
 * Keep it tiny and free of data: the same bytes on every page, so one hash covers the site.
 */
export const BOOTSTRAP_SCRIPT = [
  // A module has its own scope, so no wrapping function is needed to keep `d` off the window.
  `const d=document;`,
  // "/" focuses the search field, unless the reader is typing somewhere (closest() is absent on document).
  `addEventListener("keydown",e=>{const t=e.target;if(e.key!="/"||e.ctrlKey||e.metaKey||e.altKey||t.closest?.("input,textarea,select,[contenteditable]"))return;`,
  `const i=d.querySelector("[data-search-input]");if(i){e.preventDefault();i.focus();i.select()}});`,
  `d.addEventListener("click",e=>{const t=e.target.closest?.("a.section-link,[data-copy],[data-print]");if(!t)return;`,
  `if(t.hasAttribute("data-print"))return print();`,
  `const c=t.dataset.copy,x=c?(d.getElementById(c)?.textContent||"").trim():location.origin+location.pathname+t.getAttribute("href");`,
  // The live region is emptied first, so the same message twice in a row is announced twice.
  `navigator.clipboard?.writeText(x).then(()=>{const s=d.getElementById("live-status");t.setAttribute("data-copied","");`,
  `if(s){s.textContent="";setTimeout(()=>s.textContent=c?"Copied":"Link to this section copied",60)}`,
  `setTimeout(()=>t.removeAttribute("data-copied"),2e3)},()=>{})});`,
  `for(const b of d.querySelectorAll("[data-print],[data-copy]"))b.hidden=!1;`,
  `/[?&]highlight=/.test(location.search)&&import("/pagefind/pagefind-highlight.js")`,
  `.then(m=>new m.default({highlightParam:"highlight",addStyles:!1})).catch(()=>{})`,
].join('');

export const BOOTSTRAP_HASH = `'sha256-${createHash('sha256').update(BOOTSTRAP_SCRIPT).digest('base64')}'`;
