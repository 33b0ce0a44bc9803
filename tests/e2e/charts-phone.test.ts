import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { hasChromium, sharedBrowser } from '../support/browser';

/**
 * Charts on a phone: every chart text a reader can see renders at 11 CSS px or more at 375 and 320 px,
 * either in the chart's phone layout or, for a chart without one, in a box that scrolls sideways; the
 * figure itself stays within the screen. A timeline shows as a list of dated events instead.
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
    expect(pages.length).toBeGreaterThan(0);
    const page = await browser().newPage({ viewport: { width, height: 800 } });
    for (const url of pages) {
      await page.goto(`${server.url}${url}`);
      const { smallest, shown, overflow } = await page.evaluate(() => {
        const sizes: Array<{ size: number; text: string; chart: string }> = [];
        let shown = 0;
        for (const svg of document.querySelectorAll<SVGSVGElement>('figure svg.ree-chart')) {
          if (getComputedStyle(svg).display === 'none') continue;
          shown++;
          for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
            if (!t.textContent?.trim()) continue;
            const scale = t.getScreenCTM()!.a;
            sizes.push({ size: parseFloat(getComputedStyle(t).fontSize) * scale, text: t.textContent, chart: svg.closest('figure')!.id });
          }
        }
        sizes.sort((a, b) => a.size - b.size);
        const lists = [...document.querySelectorAll('figure .figure__events')].filter(
          (ol) => getComputedStyle(ol).display !== 'none',
        ).length;
        const overflow = Math.max(
          ...[...document.querySelectorAll('figure')].map((f) => f.getBoundingClientRect().right - window.innerWidth),
        );
        return { smallest: sizes[0], shown: shown + lists, overflow };
      });
      expect(shown, url).toBe(await page.locator('figure').count());
      if (smallest) expect(smallest.size, `${url} ${smallest.chart}: "${smallest.text}"`).toBeGreaterThanOrEqual(11);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
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
