import type { APIContext } from 'astro';
import { bibtex } from '../../../lib/citations/citation.ts';
import { entryCitation, entryPaths, type Entry } from '../../../lib/entries.ts';

/** /briefings|notes/<slug>/citation.bib: one file per format, so Astro serves it without a trailing slash. */
export const getStaticPaths = entryPaths;
export const GET = ({ props, site }: APIContext<{ entry: Entry }>) =>
  new Response(bibtex(entryCitation(props.entry, site!)), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
