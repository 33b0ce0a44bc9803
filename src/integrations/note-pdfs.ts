import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { notePdfHref, PRINTS_NOTE_PDFS } from '../lib/note-pdf.ts';

const ORIGIN = 'http://site.invalid';
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

/**
 * Prints every policy note in the built site to dist/notes/<slug>/<slug>.pdf (A4, print media) with the
 * system Chromium, at astro:build:done, before the search index is written. Chromium reads the pages
 * straight from dist/ through a routed origin, so no server runs. Edits no HTML: the note layout renders the
 * PDF link itself (src/lib/note-pdf.ts). A note that fails to print fails the build.
 */
export function notePdfs(): AstroIntegration {
  return {
    name: 'ree:note-pdfs',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const notes = path.join(site, 'notes');
        if (!PRINTS_NOTE_PDFS || !existsSync(notes)) return;
        const slugs = (await readdir(notes, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
        if (!slugs.length) return;
        const { launchChromium } = await import('../../scripts/lib/chromium.ts');
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          await page.route(`${ORIGIN}/**`, (route) => {
            const url = new URL(route.request().url());
            const file = path.join(site, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
            if (!file.startsWith(site) || !existsSync(file)) return route.fulfill({ status: 404 });
            return route.fulfill({ body: readFileSync(file), contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
          });
          await page.emulateMedia({ media: 'print' });
          for (const slug of slugs.sort()) {
            await page.goto(`${ORIGIN}/notes/${slug}/`, { waitUntil: 'load' });
            await page.pdf({ path: path.join(site, notePdfHref(slug)), format: 'A4', printBackground: true, preferCSSPageSize: true });
          }
        } finally {
          await browser.close();
        }
        logger.info(`printed ${slugs.length} policy notes to PDF`);
      },
    },
  };
}
