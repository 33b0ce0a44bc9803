import type { APIContext } from 'astro';
import { citationPaths, citationResponse } from '../../../lib/citation-route.ts';
import type { Entry } from '../../../lib/entries.ts';

/** /briefings|notes/<slug>/citation.bib in `astro dev`; a build writes these files itself (see citationPaths). */
export const getStaticPaths = citationPaths;
export const GET = (context: APIContext<{ entry: Entry }>) => citationResponse('bib', context);
