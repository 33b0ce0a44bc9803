import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Parses every HTML page under `site` into a new Pagefind index. */
async function parsePages(site: string): Promise<{ index: PagefindIndex; pages: number }> {
  // "+" is part of words here: "C5+1" and "B5+1" must be found as themselves, not as "c5" and "1".
  // rootSelector: the indexed body is always the layout's <article data-pagefind-body> (a build test checks
  // this), so Pagefind need not walk the rest of each page. The index is byte-identical either way, and
  // parsing the 200-briefing benchmark takes about 30 ms less (12 alternating runs: 164 against 192 ms).
  // The contents list sits inside that article, after the title, but needs no exclusion: Pagefind never
  // indexes <nav> (nor <footer>, <form>, <svg>), and a build test checks that its entries stay out.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '+', rootSelector: 'article' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  return { index, pages: added.page_count };
}

/** Writes the parsed index to `site/pagefind`; returns the page count. */
async function writeIndex({ index, pages }: { index: PagefindIndex; pages: number }, site: string): Promise<number> {
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  return pages;
}

/** Held until a later hook awaits it; without this a failure would surface as an unhandled rejection. */
function held<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/**
 * Builds the Pagefind search index as part of `astro build`, so that a build alone yields a searchable
 * site (and `npm start` serves one). Uses Pagefind's Node API; indexing follows the data-pagefind-*
 * attributes in the layouts (article body only, chrome ignored, filters and meta per page).
 *
 * Two integrations, because the work has two halves that want different company:
 * - `index` parses the pages as soon as they are written (astro:build:generated) and, at astro:build:done,
 *   waits for that and starts writing the index. Pagefind parses on every core, so nothing else should run
 *   beside it.
 * - `written` waits for the index files and closes Pagefind. Writing is mostly one thread of compression,
 *   so the integrations placed between the two (the sitemap and the citation files) run on the other core
 *   meanwhile. Ordered this way, the 200-briefing benchmark spends about 0.06 s less after the pages than
 *   when they ran during parsing.
 *
 * Nothing after the pages are written changes an HTML file, so the index always matches the pages.
 */
export function pagefindIndex(): { index: AstroIntegration; written: AstroIntegration } {
  let started = 0;
  let parsing: Promise<{ index: PagefindIndex; pages: number }> | undefined;
  let writing: Promise<number> | undefined;
  return {
    index: {
      name: 'ree:pagefind',
      hooks: {
        'astro:build:generated': ({ dir }) => {
          started = performance.now();
          parsing = held(parsePages(fileURLToPath(dir)));
        },
        'astro:build:done': async ({ dir }) => {
          const site = fileURLToPath(dir);
          if (!parsing) started = performance.now();
          try {
            writing = held(writeIndex(await (parsing ?? parsePages(site)), site));
          } catch (error) {
            await pagefind.close();
            throw error;
          }
        },
      },
    },
    written: {
      name: 'ree:pagefind-written',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!writing) throw new Error('ree:pagefind-written must come after ree:pagefind in the integrations list');
          try {
            const pages = await writing;
            // npm run bench reads the duration: the search index is the largest single step after rendering.
            logger.info(`indexed ${pages} pages into pagefind/ in ${((performance.now() - started) / 1000).toFixed(2)} s`);
          } finally {
            await pagefind.close();
          }
        },
      },
    },
  };
}
