/**
 * Table of contents from the headings Astro collects while rendering MDX. Pure.
 * h2 entries hold their h3s; deeper levels stay out to keep the list short.
 */
export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}
export interface TocItem {
  slug: string;
  text: string;
  children: Array<{ slug: string; text: string }>;
}

/** Generated headings that belong to the page but not to its contents list. */
const HIDDEN = new Set(['footnote-label']);

export function buildToc(headings: readonly HeadingInfo[]): TocItem[] {
  const items: TocItem[] = [];
  for (const h of headings) {
    if (HIDDEN.has(h.slug)) continue;
    const text = h.text.trim();
    if (h.depth === 2) items.push({ slug: h.slug, text, children: [] });
    else if (h.depth === 3) {
      const parent = items.at(-1);
      // An h3 before any h2 is listed at the top level rather than dropped.
      if (parent) parent.children.push({ slug: h.slug, text });
      else items.push({ slug: h.slug, text, children: [] });
    }
  }
  return items;
}
