import { parseHTML } from 'linkedom';

/** Parses built HTML for assertions. linkedom is already a dependency (it renders charts). */
export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export interface HeadingReport {
  tag: string;
  id: string | null;
  text: string;
  selfLinks: number;
  selfLinkName: string | null;
  /** Visually hidden (the generated "Footnotes" heading): it has an id but must hold no link to focus. */
  hidden: boolean;
  links: number;
}

/** Every h2–h4 on a page with its id and the self-links it carries. */
export function headingReport(doc: Document): HeadingReport[] {
  return [...doc.querySelectorAll('h2, h3, h4')].map((h) => {
    const id = h.getAttribute('id');
    const links = [...h.querySelectorAll('a')].filter((a) => id !== null && a.getAttribute('href') === `#${id}`);
    return {
      tag: h.tagName.toLowerCase(),
      id,
      text: (h.textContent ?? '').trim(),
      selfLinks: links.length,
      selfLinkName: links[0]?.getAttribute('aria-label') ?? null,
      hidden: h.classList.contains('sr-only'),
      links: h.querySelectorAll('a').length,
    };
  });
}

/** Every id on the page, with duplicates kept, so tests can look for them. */
export function allIds(doc: Document): string[] {
  return [...doc.querySelectorAll('[id]')].map((el) => el.getAttribute('id') ?? '');
}
