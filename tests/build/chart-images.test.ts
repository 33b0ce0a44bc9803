import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkLinks } from '../../scripts/lib/link-check';
import { chartIds } from '../../src/lib/charts';
import { IMAGE_WIDTH, PNG_SCALE } from '../../src/lib/charts/image';
import { parse } from '../support/html';
import { readSite, siteDist, sitePages } from '../support/site';
import { pngSize } from '../support/png';

/**
 * Every chart can be downloaded as an image for slides: the built site has /charts/<id>.png for every
 * chart, a real PNG at twice the SVG image's width, and every figure on the site links to its PNG.
 */
describe('chart images', () => {
  test.each(chartIds())('/charts/%s.png is a PNG at 2× the image width', (id) => {
    const png = readFileSync(path.join(siteDist(), 'charts', `${id}.png`));
    const { width, height } = pngSize(png);
    expect(width).toBe(IMAGE_WIDTH * PNG_SCALE);
    const svg = readFileSync(path.join(siteDist(), 'charts', `${id}.svg`), 'utf8');
    expect(height).toBe(Number(/^<svg [^>]*\bheight="(\d+)"/.exec(svg)![1]) * PNG_SCALE);
  });

  test('every figure on the site offers its PNG next to the SVG, CSV and JSON', async () => {
    let figures = 0;
    for (const file of await sitePages()) {
      for (const figure of parse(await readSite(file)).querySelectorAll('figure.figure')) {
        figures++;
        const id = figure.getAttribute('data-chart');
        const links = [...figure.querySelectorAll('.figure__downloads a')].map((a) => a.getAttribute('href'));
        expect(links, `${file} ${id}`).toEqual(['csv', 'json', 'svg', 'png'].map((ext) => `/charts/${id}.${ext}`));
      }
    }
    expect(figures).toBeGreaterThan(10);
  });

  test('the link checker reports a figure whose PNG is missing', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'png-links-'));
    try {
      mkdirSync(path.join(dist, 'charts'));
      writeFileSync(path.join(dist, 'charts', 'a.png'), '');
      writeFileSync(path.join(dist, 'index.html'), '<!doctype html><p><a href="/charts/a.png">a</a> <a href="/charts/b.png">b</a></p>');
      const report = await checkLinks(dist, 'https://example.org');
      expect(report.broken.map((b) => b.href)).toEqual(['/charts/b.png']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
