import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index at the end of `astro build`, so that a build alone yields a searchable
 * site (and `npm start` serves one). Uses Pagefind's Node API; indexing follows the data-pagefind-*
 * attributes in the layouts (article body only, chrome ignored, filters and meta per page).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'ree:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          // "+" is part of words here: "C5+1" and "B5+1" must be found as themselves, not as "c5" and "1".
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '+' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
