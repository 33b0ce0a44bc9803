import { beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { fixtureSite } from '../support/site';
import { hasChromium, launchChromium, serveSite } from '../support/browser';
import { readPdf } from '../support/pdf';

describe.skipIf(!hasChromium)('printing a policy note', () => {
  const site = fixtureSite();
  let pdf: { pages: string[] };
  const pdfPath = () => path.join(site.dist, 'notes/print-fixture/print-fixture.pdf');

  beforeAll(async () => {
    pdf = await readPdf(pdfPath());
  });

  test('the build prints every note to PDF, and each note page links its PDF', async () => {
    for (const dist of [site.dist, inject('siteDist')]) {
      const notes = readdirSync(path.join(dist, 'notes'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
      for (const slug of notes) {
        expect(existsSync(path.join(dist, `notes/${slug}/${slug}.pdf`)), slug).toBe(true);
        expect(readFileSync(path.join(dist, `notes/${slug}/index.html`), 'utf8')).toContain(
          `<a class="pdf-link" href="/notes/${slug}/${slug}.pdf" download>`,
        );
      }
    }
  });

  test('fits on at most two A4 pages, each with a running header and "Page N of M"', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(1);
    expect(pdf.pages.length).toBeLessThanOrEqual(2);
    pdf.pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
      expect(text).toContain('Print fixture note for meetings · version 1.2, 3 February 2026 · evidence as of 9 November 2025');
      expect(text).toContain('https://rare-earths.test/notes/print-fixture/');
    });
  });

  test('prints the target of external links; links to the site’s own pages and sections print as their text', () => {
    const all = pdf.pages.join('\n').replace(/\s+/g, '');
    expect(all).toContain('<https://www.usgs.gov/centers/national-minerals-information-center/rare-earths-statistics-and-information>');
    expect(all).toContain('linkstothebriefingsindexandtoitsownanalysissection.');
    expect(all).not.toContain('/briefings/>');
    expect(all).not.toContain('#analysis');
  });

  test('prints the note itself and none of the site chrome', () => {
    const all = pdf.pages.join('\n');
    for (const text of [
      'Evidence as of 9 November 2025.',
      'Bottom line',
      'Key points',
      'Recommendations',
      'Print this note on A4',
      'Sources',
    ])
      expect(all).toContain(text);
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
    const notes = readdirSync(path.join(inject('siteDist'), 'notes'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const slug of notes) {
      const { pages } = await readPdf(path.join(inject('siteDist'), `notes/${slug}/${slug}.pdf`));
      expect(pages.length, `${slug}: ${pages.length} pages`).toBeLessThanOrEqual(2);
      pages.forEach((text, i) => expect(text, slug).toContain(`Page ${i + 1} of ${pages.length}`));
      // The running header on every page says how current the evidence is.
      pages.forEach((text) => expect(text.replace(/\s+/g, ' '), slug).toMatch(/evidence as of \d{1,2} [A-Z][a-z]+ \d{4}/));
      const all = pages.join('\n');
      expect(all).toMatch(/Bottom line[\s\S]*Recommendations[\s\S]*Sources/);
      for (const chrome of ['Skip to content', 'Search briefings', 'RSS feed', 'Copy citation'])
        expect(all, `${slug}: ${chrome}`).not.toContain(chrome);
    }
  });
});

describe.skipIf(!hasChromium)('every briefing in print', () => {
  test('keeps each figure whole, hides closed data tables and chrome, and ends with its sources', async () => {
    const briefings = readdirSync(path.join(inject('siteDist'), 'briefings'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.emulateMedia({ media: 'print' });
      for (const slug of briefings) {
        await page.goto(`${inject('siteUrl')}/briefings/${slug}/`);
        const report = await page.evaluate(() => ({
          figures: [...document.querySelectorAll('article figure')].map((f) => getComputedStyle(f).breakInside),
          tablesShown: [...document.querySelectorAll('article figure details:not([open])')].filter((d) => d.getClientRects().length > 0)
            .length,
          sources: document.querySelector('.source-list')?.getClientRects().length ?? 0,
          sourceItems: document.querySelectorAll('.source-list li').length,
          chrome: [...document.querySelectorAll('.site-header, .site-footer, nav.toc')].filter((e) => e.getClientRects().length > 0).length,
        }));
        expect(report.figures.length, slug).toBeGreaterThanOrEqual(2);
        expect(
          report.figures.every((b) => b === 'avoid'),
          `${slug}: ${report.figures.join(', ')}`,
        ).toBe(true);
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
