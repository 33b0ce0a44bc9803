import { withQuantityTokens } from './quantities.ts';

/**
 * What the search index reads of a built page, which differs from what the reader gets in two ways:
 *  - each quantity in the text is followed by its tokens (quantities.ts), so spellings of one quantity meet;
 *  - a figure's data table becomes its own section: its summary is read as a heading carrying the figure's
 *    id, and the section the figure sits in resumes after it, so a match in a table lands on its figure.
 * It also collects the page's words for the search page's "Did you mean". Pure string work over Astro's
 * well-formed output; the page files themselves are never changed.
 */

export interface IndexedPage {
  html: string;
  /** Every word of the indexed body, lower case, as often as it occurs ("jackson-vanik" keeps its dash). */
  words: string[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Text Pagefind never indexes: neither tokens nor vocabulary come from it.
const SKIP = new Set(['script', 'style', 'svg', 'template', 'nav', 'form', 'footer']);
const DASHES = /[-‐‑‒–—]/g;
const WORD = /\p{L}[\p{L}\p{N}’'+]*(?:[-‐‑‒–—]\p{L}[\p{L}\p{N}]*)*/gu;

interface Open {
  name: string;
  tag: string;
  skip: boolean;
  ignore: boolean;
  body: boolean;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Words of a text as the vocabulary keeps them: lower case, dashes as "-", no possessive "’s". */
export function vocabularyWords(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) =>
    w
      .toLowerCase()
      .replace(DASHES, '-')
      .replace(/['’]s?$/, ''),
  );
}

export function prepareForIndex(html: string): IndexedPage {
  const parts = html.split(/(<[^>]*>)/);
  const stack: Open[] = [];
  const words: string[] = [];
  let sectionId: string | undefined;
  let sectionTitle = '';
  let inHeading = false;
  let figureId: string | undefined;
  let inSummaryOf: string | undefined;
  const out: string[] = [];
  for (const part of parts) {
    if (!part.startsWith('<')) {
      if (inHeading) sectionTitle += part;
      const top = stack.at(-1);
      if (inSummaryOf) {
        out.push(part);
        words.push(...vocabularyWords(part));
        continue;
      }
      if (top?.skip || !stack.some((o) => o.body)) out.push(part);
      else {
        // Not in headings: Pagefind shows their text as a result's title.
        out.push(stack.some((o) => /^h[1-6]$/.test(o.name)) ? part : withQuantityTokens(part));
        if (!top?.ignore) words.push(...vocabularyWords(part));
      }
      continue;
    }
    const close = /^<\/([a-zA-Z0-9-]+)/.exec(part);
    if (close) {
      const name = close[1]!.toLowerCase();
      const at = stack.findLastIndex((o) => o.name === name);
      if (at >= 0) stack.length = at;
      if (/^h[2-4]$/.test(name)) inHeading = false;
      if (name === 'summary' && inSummaryOf) {
        out.push('</h6>');
        inSummaryOf = undefined;
      }
      out.push(part);
      if (name === 'figure' && figureId) {
        // The rest of the section is the section again, not the figure's table. Pagefind starts no section at
        // an empty heading, so the heading's text is repeated, weighted as little as Pagefind allows.
        if (sectionId) out.push(`<h6 id="${sectionId}" data-pagefind-weight="0">${sectionTitle.trim()}</h6>`);
        figureId = undefined;
      }
      continue;
    }
    const open = /^<([a-zA-Z0-9-]+)/.exec(part);
    if (!open || part.startsWith('<!')) {
      out.push(part);
      continue;
    }
    const name = open[1]!.toLowerCase();
    const parent = stack.at(-1);
    const id = attr(part, 'id');
    if (/^h[2-4]$/.test(name) && id) {
      sectionId = id;
      sectionTitle = '';
      inHeading = true;
    }
    if (name === 'figure' && id) figureId = id;
    out.push(part);
    if (name === 'summary' && figureId && parent?.name === 'details' && /class="figure__data"/.test(parent.tag)) {
      out.push(`<h6 id="${figureId}">`);
      inSummaryOf = figureId;
    }
    if (!VOID.has(name) && !part.endsWith('/>')) {
      stack.push({
        name,
        tag: part,
        skip: (parent?.skip ?? false) || SKIP.has(name),
        ignore: (parent?.ignore ?? false) || /\sdata-pagefind-ignore[\s>=]/.test(part),
        body: / data-pagefind-body[\s>=]/.test(part),
      });
    }
  }
  return { html: out.join(''), words };
}
