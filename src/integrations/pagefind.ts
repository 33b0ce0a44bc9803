import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes every HTML page under `site` and writes the index to `site/pagefind`; returns the page count. */
async function buildIndex(site: string): Promise<number> {
  try {
    // "+" is part of words here: "C5+1" and "B5+1" must be found as themselves, not as "c5" and "1".
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '+' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the Pagefind search index as part of `astro build`, so that a build alone yields a searchable
 * site (and `npm start` serves one). Uses Pagefind's Node API; indexing follows the data-pagefind-*
 * attributes in the layouts (article body only, chrome ignored, filters and meta per page).
 *
 * Indexing starts as soon as the pages are written (astro:build:generated) and is awaited at the end
 * (astro:build:done): Pagefind works in its own process, so the sitemap and the citation files are
 * written meanwhile instead of after it. Nothing after that point changes an HTML file.
 */
export function pagefindIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: 'ree:pagefind',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = buildIndex(fileURLToPath(dir));
        // Held until build:done, which rethrows; without this a failure would surface as an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await (indexing ?? buildIndex(fileURLToPath(dir)));
        logger.info(`indexed ${pages} pages into pagefind/`);
      },
    },
  };
}
