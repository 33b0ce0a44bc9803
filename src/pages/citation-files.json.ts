import type { APIContext } from 'astro';
import { citationFiles } from '../lib/citation-files.ts';
import { entryCitation, entryUrl, getAllEntries } from '../lib/entries.ts';

/**
 * Every citation download of the site, as { files: [{ path, body }] }, for the build to write out
 * (src/integrations/citation-files.ts reads this file after the build, writes each one and deletes it).
 * One route instead of two per page: see src/lib/citation-route.ts.
 */
export async function GET({ site }: APIContext) {
  const files = (await getAllEntries()).flatMap((entry) => citationFiles(entryUrl(entry), entryCitation(entry, site!)));
  return new Response(JSON.stringify({ files }), { headers: { 'Content-Type': 'application/json' } });
}
