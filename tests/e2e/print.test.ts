import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { printPdf } from '../../scripts/lib/chromium';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { buildSite, PROJECT_ROOT, removeSite, type BuildResult } from '../support/build-site';
import { hasChromium, launchChromium, serveSite } from '../support/browser';
import { readPdf } from '../support/pdf';

function runPdfScript(root: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts/make-pdfs.ts'), root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe.skipIf(!hasChromium)('printing a policy note', () => {
  let site: BuildResult;
  let pdf: { pages: string[] };
  const pdfPath = () => path.join(site.dist, 'notes/print-fixture/print-fixture.pdf');

  beforeAll(async () => {
    // With SITE_URL set, printed notes carry full addresses (without it they print paths).
    site = await buildSite('print', { env: { SITE_URL: 'https://rare-earths.test' } });
    if (!site.ok) throw new Error(site.output);
    const run = await runPdfScript(site.root);
    if (run.code !== 0) throw new Error(run.output);
    pdf = await readPdf(pdfPath());
  });
  afterAll(async () => {
    if (site && !process.env.KEEP_SITES) await removeSite(site.root);
  });

  test('npm run pdf writes the PDF into the built site and links it from the note page', async () => {
    expect(existsSync(pdfPath())).toBe(true);
    const html = await site.read('notes/print-fixture/index.html');
    expect(html).toContain('<a class="pdf-link" href="/notes/print-fixture/print-fixture.pdf" download>');
  });

  test('fits on at most two A4 pages, each with a running header and "Page N of M"', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(1);
    expect(pdf.pages.length).toBeLessThanOrEqual(2);
    pdf.pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
      expect(text).toContain('Print fixture note for meetings · version 1.2, 3 February 2026');
      expect(text).toContain('https://rare-earths.test/notes/print-fixture/');
    });
  });

  test('prints the target of external links and the full address of site links', () => {
    const all = pdf.pages.join('\n').replace(/\s+/g, '');
    expect(all).toContain('<https://www.usgs.gov/centers/national-minerals-information-center/rare-earths-statistics-and-information>');
    expect(all).toContain('<https://rare-earths.test/briefings/>');
    expect(all).not.toContain('#analysis');
  });

  test('prints the note itself and none of the site chrome', () => {
    const all = pdf.pages.join('\n');
    for (const text of ['Bottom line', 'Key points', 'Recommendations', 'Print this note on A4', 'Sources']) expect(all).toContain(text);
    for (const chrome of ['Skip to content', 'Policy notes', 'Topics', 'Search', 'RSS feed', 'Copy citation', 'Print this note\n']) {
      expect(all, chrome).not.toContain(chrome);
    }
  });

  test('print media hides the header, navigation, search, contents and buttons', async () => {
    const server = await serveSite(site.root);
    const browser: Browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.emulateMedia({ media: 'print' });
      for (const url of ['/notes/print-fixture/', '/briefings/print-briefing/']) {
        await page.goto(server.url + url);
        for (const sel of ['.site-header', '.site-footer', 'nav.toc', 'form[role=search]', 'button', '.skip-link', '.section-link']) {
          const visible = await page.locator(sel).evaluateAll((els) => els.some((e) => e.getClientRects().length > 0));
          expect(visible, `${url} ${sel}`).toBe(false);
        }
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});

describe.skipIf(!hasChromium)('every policy note on the site', () => {
  test('prints on at most two A4 pages with page numbers, the running header and no site chrome', async () => {
    const notes = readdirSync(path.join(inject('siteDist'), 'notes'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(notes.length).toBeGreaterThanOrEqual(3);
    const out = await mkdtemp(path.join(tmpdir(), 'notes-pdf-'));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      for (const slug of notes) {
        const file = path.join(out, `${slug}.pdf`);
        await printPdf(page, `${inject('siteUrl')}/notes/${slug}/`, file, 'A4');
        const { pages } = await readPdf(file);
        expect(pages.length, `${slug}: ${pages.length} pages`).toBeLessThanOrEqual(2);
        pages.forEach((text, i) => expect(text, slug).toContain(`Page ${i + 1} of ${pages.length}`));
        const all = pages.join('\n');
        expect(all).toMatch(/Bottom line[\s\S]*Recommendations[\s\S]*Sources/);
        for (const chrome of ['Skip to content', 'Search briefings', 'RSS feed', 'Copy citation']) expect(all, `${slug}: ${chrome}`).not.toContain(chrome);
      }
    } finally {
      await browser.close();
      await rm(out, { recursive: true });
    }
  });
});

describe.skipIf(!hasChromium)('every briefing in print', () => {
  test('keeps each figure whole, hides closed data tables and chrome, and ends with its sources', async () => {
    const briefings = readdirSync(path.join(inject('siteDist'), 'briefings'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.emulateMedia({ media: 'print' });
      for (const slug of briefings) {
        await page.goto(`${inject('siteUrl')}/briefings/${slug}/`);
        const report = await page.evaluate(() => ({
          figures: [...document.querySelectorAll('article figure')].map((f) => getComputedStyle(f).breakInside),
          tablesShown: [...document.querySelectorAll('article figure details:not([open])')].filter((d) => d.getClientRects().length > 0).length,
          sources: document.querySelector('.source-list')?.getClientRects().length ?? 0,
          sourceItems: document.querySelectorAll('.source-list li').length,
          chrome: [...document.querySelectorAll('.site-header, .site-footer, nav.toc')].filter((e) => e.getClientRects().length > 0).length,
        }));
        expect(report.figures.length, slug).toBeGreaterThanOrEqual(2);
        expect(report.figures.every((b) => b === 'avoid'), `${slug}: ${report.figures.join(', ')}`).toBe(true);
        expect(report.tablesShown, slug).toBe(0);
        expect(report.sources, slug).toBeGreaterThan(0);
        expect(report.sourceItems, slug).toBeGreaterThan(0);
        expect(report.chrome, slug).toBe(0);
      }
    } finally {
      await browser.close();
    }
  });
});

describe('npm run pdf without what it needs', () => {
  async function run(root: string, env: Record<string, string>) {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts/make-pdfs.ts'), root], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise((r) => child.on('close', r));
    return { code, output };
  }

  test('without Chromium it says so and exits cleanly', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'pdf-'));
    await mkdir(path.join(root, 'dist'));
    await writeFile(path.join(root, 'dist', 'index.html'), '<!doctype html><title>x</title>');
    const { code, output } = await run(root, { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(code).toBe(0);
    expect(output).toMatch(/Chromium not found at \/nonexistent\/chromium; no PDFs made/);
    await rm(root, { recursive: true });
  });

  test('without a build it says to build first and fails', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'pdf-'));
    const { code, output } = await run(root, {});
    expect(code).toBe(1);
    expect(output).toMatch(/run `npm run build` first/);
    await rm(root, { recursive: true });
  });
});
