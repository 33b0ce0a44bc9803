import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/search/index-html.ts';
import { vocabularyText } from '../lib/search/vocabulary.ts';

/** The file the search page loads for "Did you mean"; inside Pagefind's folder, written after its index. */
export const VOCABULARY_FILE = 'pagefind/vocabulary.txt';
/**
 * Word occurrences per part of the index (Pagefind's default is 20,000, about 31 KB gzipped here): small
 * parts keep a first query of two or three words within 150 KB. See docs/decisions/search-index-parts.md.
 */
export const INDEX_PART_SIZE = '5000';

/**
 * Builds the Pagefind search index at the end of `astro build`, so a build alone yields a searchable site.
 * Indexing follows the data-pagefind-* attributes of the layouts. Each page is read by Pagefind as
 * src/lib/search/index-html.ts prepares it (quantity tokens, figure tables as sections); no HTML file is
 * changed, so readers get the pages as built. The site's vocabulary is written beside the index.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'ree:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        try {
          // Pagefind's binary reads this when its service starts, which createIndex does below.
          process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = INDEX_PART_SIZE;
          // "+" is part of words: "C5+1" and "B5+1" must be found as themselves. rootSelector: the indexed body
          // is always the layout's <article data-pagefind-body>, so Pagefind need not walk the rest of a page.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '+', rootSelector: 'article' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const words: string[] = [];
          let pages = 0;
          for (const file of files) {
            const html = await readFile(path.join(site, file), 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const prepared = prepareForIndex(html);
            const added = await index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content: prepared.html });
            if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            words.push(...prepared.words);
            pages++;
          }
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await writeFile(path.join(site, VOCABULARY_FILE), vocabularyText(words));
          logger.info(`indexed ${pages} pages into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
