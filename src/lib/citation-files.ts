import { bibtex, ris } from './citation.ts';
import type { CitationInput } from './citation.ts';

/**
 * The citation downloads of one briefing or note: `<page>citation.bib` and `<page>citation.ris`, as paths
 * relative to the site root (no leading slash) with their text. Pure; used by the dev route that serves
 * them and by the build, which writes them all at once (src/integrations/citation-files.ts).
 */
export function citationFiles(pagePath: string, citation: CitationInput): Array<{ path: string; body: string }> {
  const base = pagePath.replace(/^\/+/, '');
  return [
    { path: `${base}citation.bib`, body: bibtex(citation) },
    { path: `${base}citation.ris`, body: ris(citation) },
  ];
}

export const CITATION_CONTENT_TYPES: Record<string, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};
