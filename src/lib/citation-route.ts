import type { APIContext } from 'astro';
import { CITATION_FORMATS, type CitationFormat } from './citation-files.ts';
import { entryCitation, getAllEntries, type Entry } from './entries.ts';

/**
 * The dev-server routes /briefings|notes/<slug>/citation.bib and citation.ris (one file per format, so
 * each route ends in a fixed extension and Astro serves it without a trailing slash).
 *
 * A build makes no paths for them: two files per page as Astro routes cost a 200-briefing build about
 * 0.15 s of per-route overhead, so the build writes them all in one go from /citation-files.json
 * (src/integrations/citation-files.ts). Both render through CITATION_FORMATS.
 */
export async function citationPaths() {
  if (import.meta.env.PROD) return [];
  return (await getAllEntries()).map((entry) => ({ params: { kind: entry.collection, slug: entry.id }, props: { entry } }));
}

export function citationResponse(format: CitationFormat, { props, site }: APIContext<{ entry: Entry }>): Response {
  const { render, contentType } = CITATION_FORMATS[format];
  return new Response(render(entryCitation(props.entry, site!)), { headers: { 'Content-Type': contentType } });
}
