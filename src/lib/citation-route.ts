import type { APIContext } from 'astro';
import { citationFiles, CITATION_CONTENT_TYPES } from './citation-files.ts';
import { entryCitation, entryUrl, getBriefings, getNotes, type Entry } from './entries.ts';

/**
 * The dev-server routes /briefings|notes/<slug>/citation.bib and citation.ris (one file per format, so
 * each route ends in a fixed extension and Astro serves it without a trailing slash).
 *
 * A build makes no paths for them: two files per page as Astro routes cost a 200-briefing build about
 * 0.15 s of per-route overhead, so the build writes them all in one go from /citation-files.json
 * (src/integrations/citation-files.ts). The text comes from the same function either way.
 */
export async function citationPaths() {
  if (import.meta.env.PROD) return [];
  const entries: Entry[] = [...(await getBriefings()), ...(await getNotes())];
  return entries.map((entry) => ({ params: { kind: entry.collection, slug: entry.id }, props: { entry } }));
}

export function citationResponse(format: 'bib' | 'ris', { props, site }: APIContext<{ entry: Entry }>): Response {
  const file = citationFiles(entryUrl(props.entry), entryCitation(props.entry, site!)).find((f) => f.path.endsWith(`.${format}`))!;
  return new Response(file.body, { headers: { 'Content-Type': CITATION_CONTENT_TYPES[format]! } });
}
