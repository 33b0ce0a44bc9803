import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { hasChromium, sharedBrowser } from '../support/browser';

/**
 * Charts on a phone, on every built page that has figures: every chart text a reader can see renders at
 * 11 CSS px or more at 375 and 320 px, in the chart's phone drawing, which fits its column, so no value sits
 * out of sight in a box that scrolls sideways; the figure itself stays within the screen. A timeline shows
 * as a list of dated events instead.
 */
function pagesWithFigures(dir = 'dist', base = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return pagesWithFigures(path.join(dir, e.name), `${base}/${e.name}`);
    return e.name === 'index.html' && readFileSync(path.join(dir, e.name), 'utf8').includes('class="figure"') ? [`${base}/`] : [];
  });
}

describe.skipIf(!hasChromium)('charts on a phone', () => {
  const browser = sharedBrowser();
  const server = { url: inject('siteUrl') };
  const dist = inject('siteDist');

  test.each([375, 320])('chart text is at least 11 px and no figure is wider than the screen (%ipx wide)', async (width) => {
    const pages = pagesWithFigures(String(dist));
    expect(pages.length).toBeGreaterThan(5);
    const page = await browser().newPage({ viewport: { width, height: 800 } });
    let measured = 0;
    for (const url of pages) {
      await page.goto(`${server.url}${url}`);
      const result = await page.evaluate(() => {
        const small: string[] = [];
        let texts = 0;
        let shown = 0;
        const scrolling: string[] = [];
        for (const figure of document.querySelectorAll('figure.figure')) {
          const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg.ree-chart')].filter(
            (svg) => getComputedStyle(svg).display !== 'none',
          );
          const list = [...figure.querySelectorAll('.figure__events')].some((ol) => getComputedStyle(ol).display !== 'none');
          if (svgs.length + (list ? 1 : 0) === 1) shown++;
          // Every chart fits its column: a value scrolled out of sight reads as a value that is missing.
          const box = figure.querySelector('.figure__chart')!;
          if (box.scrollWidth > box.clientWidth + 1) scrolling.push(figure.id);
          for (const svg of svgs) {
            for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
              const style = getComputedStyle(t);
              if (!t.textContent?.trim() || style.visibility === 'hidden' || style.display === 'none') continue;
              texts++;
              const size = parseFloat(style.fontSize) * t.getScreenCTM()!.a;
              if (size < 11) small.push(`${figure.id}: "${t.textContent}" at ${size.toFixed(1)} px`);
            }
          }
        }
        const overflow = Math.max(
          ...[...document.querySelectorAll('figure')].map((f) => f.getBoundingClientRect().right - window.innerWidth),
        );
        return { small, texts, shown, scrolling, overflow, figures: document.querySelectorAll('figure.figure').length };
      });
      // Every figure shows exactly one drawing (or the timeline's list), and every text in it is measured.
      expect(result.shown, url).toBe(result.figures);
      expect(result.small, url).toEqual([]);
      expect(result.scrolling, url).toEqual([]);
      expect(result.overflow, url).toBeLessThanOrEqual(0);
      measured += result.texts;
    }
    expect(measured).toBeGreaterThan(100);
    await page.close();
  });

  test('a timeline reads as a list of dated events on a phone and as a chart on a wide screen', async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${server.url}/timeline/`);
    const figure = page.locator('#fig-partnership-timeline');
    expect(await figure.locator('svg.ree-chart').isVisible()).toBe(false);
    const items = figure.locator('.figure__events li');
    expect(await items.count()).toBe(await figure.locator('details tbody tr').count());
    expect(await items.first().isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await figure.locator('svg.ree-chart').isVisible()).toBe(true);
    expect(await items.first().isVisible()).toBe(false);
    await page.close();
  });
});
