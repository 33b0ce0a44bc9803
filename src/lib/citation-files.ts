import { bibtex, ris } from './citation.ts';
import type { CitationInput } from './citation.ts';

/** The two download formats: how each is written and the type it is served with. */
export const CITATION_FORMATS = {
  bib: { render: bibtex, contentType: 'application/x-bibtex; charset=utf-8' },
  ris: { render: ris, contentType: 'application/x-research-info-systems; charset=utf-8' },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

/** Where a page's citation file lives, relative to the site root: `briefings/<slug>/citation.bib`. */
function citationFilePath(pagePath: string, format: CitationFormat): string {
  return `${pagePath.replace(/^\/+/, '')}citation.${format}`;
}

/**
 * The citation downloads of one briefing or note, as paths relative to the site root with their text.
 * Pure; the build writes them all at once (src/integrations/citation-files.ts), and the dev routes serve
 * each one from the same CITATION_FORMATS.
 */
export function citationFiles(pagePath: string, citation: CitationInput): Array<{ path: string; body: string }> {
  return (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({
    path: citationFilePath(pagePath, format),
    body: CITATION_FORMATS[format].render(citation),
  }));
}
