/**
 * npm run pdf: prints every policy note in dist/ to dist/notes/<slug>/<slug>.pdf with the system
 * Chromium (print media, A4) and adds a "PDF" link to the note page. Run after `astro build`.
 * Without Chromium it says so and exits cleanly: the site works without the PDFs.
 * Usage: node scripts/make-pdfs.ts [site root, default: the project]
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CHROMIUM_PATH, hasChromium, launchChromium, printPdf, PROJECT_ROOT, serveSite } from './lib/chromium.ts';

const root = path.resolve(process.argv[2] ?? PROJECT_ROOT);
const notesDir = path.join(root, 'dist', 'notes');

if (!existsSync(path.join(root, 'dist', 'index.html'))) {
  console.error(`npm run pdf: no built site in ${path.join(root, 'dist')}; run \`npm run build\` first.`);
  process.exit(1);
}
if (!hasChromium()) {
  console.log(`npm run pdf: Chromium not found at ${CHROMIUM_PATH}; no PDFs made. Install it with \`apt-get install -y chromium\`.`);
  process.exit(0);
}

const slugs = existsSync(notesDir)
  ? (await readdir(notesDir, { withFileTypes: true })).filter((d) => d.isDirectory() && existsSync(path.join(notesDir, d.name, 'index.html'))).map((d) => d.name).sort()
  : [];

const server = await serveSite(root);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const slug of slugs) {
    const pdfName = `${slug}.pdf`;
    await printPdf(page, `${server.url}/notes/${slug}/`, path.join(notesDir, slug, pdfName));
    const htmlPath = path.join(notesDir, slug, 'index.html');
    const html = await readFile(htmlPath, 'utf8');
    const link = `<li><a class="pdf-link" href="/notes/${slug}/${pdfName}" download>Download PDF (A4)</a></li>`;
    if (!html.includes('class="pdf-link"')) {
      const patched = html.replace(/(<ul class="note-actions" data-pdf-slot[^>]*>)/, `$1${link}`);
      if (patched === html) throw new Error(`notes/${slug}/index.html has no PDF slot (ul.note-actions[data-pdf-slot])`);
      await writeFile(htmlPath, patched);
    }
    console.log(`npm run pdf: notes/${slug}/${pdfName}`);
  }
  console.log(`npm run pdf: ${slugs.length} note(s) printed.`);
} finally {
  await browser.close();
  await server.stop();
}
