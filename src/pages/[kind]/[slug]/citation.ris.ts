import type { APIContext } from 'astro';
import { ris } from '../../../lib/citations/citation.ts';
import { entryCitation, entryPaths, type Entry } from '../../../lib/entries.ts';

/** /briefings|notes/<slug>/citation.ris: one file per format, so Astro serves it without a trailing slash. */
export const getStaticPaths = entryPaths;
export const GET = ({ props, site }: APIContext<{ entry: Entry }>) =>
  new Response(ris(entryCitation(props.entry, site!)), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
