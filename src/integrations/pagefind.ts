import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index at the end of `astro build`, so a build alone yields a searchable site.
 * Indexing follows the data-pagefind-* attributes of the layouts. Nothing after this hook edits an HTML file,
 * so the index always matches the pages.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'ree:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          // "+" is part of words: "C5+1" and "B5+1" must be found as themselves. rootSelector: the indexed body
          // is always the layout's <article data-pagefind-body>, so Pagefind need not walk the rest of a page.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '+', rootSelector: 'article' });
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
