import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { notePdfHref, PRINTS_NOTE_PDFS } from '../lib/note-pdf.ts';

const ORIGIN = 'http://site.invalid';
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

/**
 * Chromium stamps a PDF with the time it was printed; the note's own date (modified, else published) goes in
 * its place, in the same number of bytes, so that a build stays byte-identical.
 */
function stampDates(pdf: Buffer, html: string): Buffer {
  const date =
    /property="article:modified_time" content="(\d{4})-(\d\d)-(\d\d)"/.exec(html) ??
    /property="article:published_time" content="(\d{4})-(\d\d)-(\d\d)"/.exec(html);
  if (!date) throw new Error('a note page without its published date');
  return Buffer.from(pdf.toString('latin1').replace(/\(D:\d{14}\+00'00'\)/g, `(D:${date[1]}${date[2]}${date[3]}000000+00'00')`), 'latin1');
}

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
        const { launchChromium } = await import('../lib/chromium.ts');
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
            const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
            writeFileSync(path.join(site, notePdfHref(slug)), stampDates(pdf, readFileSync(path.join(notes, slug, 'index.html'), 'utf8')));
          }
        } finally {
          await browser.close();
        }
        logger.info(`printed ${slugs.length} policy notes to PDF`);
      },
    },
  };
}
