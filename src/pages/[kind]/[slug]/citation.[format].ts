import type { APIContext } from 'astro';
import { bibtex, ris } from '../../../lib/citation.ts';
import { entryCitation, getBriefings, getNotes, type Entry } from '../../../lib/entries.ts';

/** /briefings/<slug>/citation.bib|ris and /notes/<slug>/citation.bib|ris */
export async function getStaticPaths() {
  const entries: Entry[] = [...(await getBriefings()), ...(await getNotes())];
  return entries.flatMap((entry) =>
    (['bib', 'ris'] as const).map((format) => ({ params: { kind: entry.collection, slug: entry.id, format }, props: { entry, format } })),
  );
}

export function GET({ props, site }: APIContext<{ entry: Entry; format: 'bib' | 'ris' }>) {
  const citation = entryCitation(props.entry, site!);
  const body = props.format === 'bib' ? bibtex(citation) : ris(citation);
  const type = props.format === 'bib' ? 'application/x-bibtex' : 'application/x-research-info-systems';
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
