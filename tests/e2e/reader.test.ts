import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, sharedBrowser, settleScroll } from '../support/browser';
import { factText, loadDatasets, requireFact } from '../../src/lib/data';

/** What a reader sees at 1280, 375 and 320 px (issue 19): reflow, header, highlight, tables, citations, front page. */
const WIDTHS = [1280, 375, 320] as const;
const REFERENCE_PAGES = ['/timeline/', '/sources/', '/data/', '/elements/', '/glossary/', '/topics/', '/about/'];

describe.skipIf(!hasChromium)('a reader at every width', () => {
  const browser = sharedBrowser();
  const url = (path: string) => `${inject('siteUrl')}${path}`;
  const open = async (path: string, width: number, options: { javaScriptEnabled?: boolean } = {}) => {
    const context = await browser().newContext({ viewport: { width, height: 800 }, ...options });
    const page = await context.newPage();
    await page.goto(url(path));
    return page;
  };
  const close = (page: Page) => page.context().close();

  // No page scrolls sideways, and the phone header is one line: checked on every page by gates-browser.test.ts.

  test.each(WIDTHS)('every reference page is reachable from the header, without JavaScript (%i px)', async (width) => {
    const page = await open('/briefings/why-rare-earths-matter/', width, { javaScriptEnabled: false });
    const menu = page.locator('.site-menu');
    if (!(await page.locator('.site-header nav a[href="/timeline/"]').isVisible())) await menu.locator('summary').click();
    for (const href of REFERENCE_PAGES)
      expect(await page.locator(`.site-header nav a[href="${href}"]`).isVisible(), `${href} at ${width} px`).toBe(true);
    await close(page);
  });

  test('highlighting marks words in the text and never inside a chart; dashes match; marks are capped', async () => {
    const page = await open('/timeline/', 1280);
    const svgText = () => page.evaluate(() => [...document.querySelectorAll('svg')].map((s) => s.textContent));
    const before = await svgText();
    await page.goto(url('/timeline/?highlight=kazakhstan&highlight=export&highlight=controls&highlight=china'));
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(await svgText()).toEqual(before);
    const marks = await page.evaluate(() => ({
      count: document.querySelectorAll('mark').length,
      misplaced: [...document.querySelectorAll('mark')].filter((m) =>
        m.closest('svg, script, style, code, pre, button, input, textarea, select'),
      ).length,
    }));
    expect(marks.count).toBeGreaterThan(0);
    expect(marks.count).toBeLessThanOrEqual(60);
    expect(marks.misplaced).toBe(0);

    await page.goto(url('/notes/us-policymakers/?highlight=jackson-vanik'));
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const marked = await page.locator('mark.pagefind-highlight').allTextContents();
    expect(marked).toContain('Jackson–Vanik');
    await close(page);
  });

  test.each([375, 320])('a wide table keeps its first column in view and shows that it scrolls (%i px)', async (width) => {
    const page = await open('/briefings/partnerships-and-investment/', width);
    const table = page.locator('.prose > table').first();
    const cue = await table.evaluate((t) => ({ scrolls: t.scrollWidth > t.clientWidth, shadow: getComputedStyle(t).backgroundImage }));
    expect(cue.scrolls).toBe(true);
    expect(cue.shadow).toMatch(/gradient/);
    const firstCell = table.locator('tbody tr:first-child > :first-child');
    const left = await firstCell.evaluate((c) => c.getBoundingClientRect().left);
    await table.evaluate((t) => (t.scrollLeft = 200));
    expect(await firstCell.evaluate((c) => c.getBoundingClientRect().left)).toBeCloseTo(left, 0);
    await close(page);
  });

  test('the /data/ facts table fits the page at 1280 px', async () => {
    const page = await open('/data/', 1280);
    const fits = await page
      .locator('table.facts')
      .evaluate((t) => t.scrollWidth <= t.clientWidth && t.getBoundingClientRect().right <= innerWidth);
    expect(fits).toBe(true);
    await close(page);
  });

  test('body text runs 60–75 characters a line, and titles are smaller on a phone', async () => {
    const page = await open('/briefings/why-rare-earths-matter/', 1280);
    const perLine = await page.evaluate(() =>
      [...document.querySelectorAll('.prose > p')]
        .filter((p) => (p.textContent ?? '').length > 250)
        .map((p) => (p.textContent ?? '').length / (p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight) - 0.5))
        .sort((a, b) => a - b),
    );
    const median = perLine[Math.floor(perLine.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(75);
    const titleSize = async (p: Page) => p.locator('h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    const phone = await open('/briefings/why-rare-earths-matter/', 375);
    expect(await titleSize(phone)).toBeLessThan(await titleSize(page));
    await close(phone);
    await close(page);
  });

  test('citations are small numbers that lead to the page’s own source list, where each entry has a title, publisher, year and tier', async () => {
    const page = await open('/briefings/china-export-controls/', 1280);
    const marker = page.locator('.prose .citation-marker a').first();
    expect(await marker.textContent()).toMatch(/^\d+$/);
    const target = (await marker.getAttribute('href'))!;
    expect(target).toMatch(/^#r\d+$/);
    const entry = page.locator(target);
    expect(await entry.locator('a[href^="http"]').textContent()).toMatch(/\w/);
    expect(await entry.textContent()).toMatch(/\w\. [^.]+, (\d{4}|n\.d)\./);
    expect(await entry.locator('small').textContent()).toMatch(/^Tier [ABC]$/);
    await close(page);
  });

  test('the contents list marks the section being read (1280 px); on a phone a link leads back to it', async () => {
    const page = await open('/briefings/why-rare-earths-matter/', 1280);
    await page.evaluate(() => document.getElementById('china-position')!.scrollIntoView());
    await settleScroll(page);
    await page.waitForTimeout(100);
    expect(await page.locator('.toc a[aria-current]').getAttribute('href')).toBe('#china-position');
    await close(page);

    const phone = await open('/briefings/why-rare-earths-matter/', 375);
    const back = phone.locator('a.to-contents');
    await phone.evaluate(() => window.scrollTo(0, 4000));
    await settleScroll(phone);
    await back.click();
    await settleScroll(phone);
    expect(await phone.locator('#contents').evaluate((n) => Math.abs(n.getBoundingClientRect().top) < 100)).toBe(true);
    await close(phone);
  });

  test('a section can be cited: the Cite button beside its link copies title, heading, version, date and address', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(url('/briefings/why-rare-earths-matter/'));
    await page.locator('#uses .cite-section').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(
        new RegExp(
          `^Rare Earths Briefing\\. “Why rare earths matter[^”]*”, section “What they go into”\\. Briefing, version [\\d.]+, \\d{1,2} \\w+ \\d{4}\\. ${inject('siteUrl').replace(/[.]/g, '\\.')}/briefings/why-rare-earths-matter/#uses$`,
        ),
      );
    await context.close();
  });

  test.each([1280, 375])(
    'the front page shows the bottom line, headline numbers from the facts table, a chart and cards (%i px)',
    async (width) => {
      const page = await open('/', width);
      const data = loadDatasets();
      const values = await page.locator('.headline-value').allTextContents();
      expect(values.length).toBeGreaterThanOrEqual(3);
      const hrefs = await page
        .locator('.headline-value')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace('/data/#fact-', '').toUpperCase()));
      hrefs.forEach((id, i) => expect(values[i]).toBe(factText(requireFact(data, id), { unit: 'short' })));
      expect(await page.locator('.home figure svg.ree-chart:visible').count()).toBe(1);
      expect(await page.locator('.home-bottom-line').textContent()).toMatch(/refin/);
      expect(await page.locator('.home-as-of time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(await page.locator('.cards .card').count()).toBeGreaterThanOrEqual(8);
      expect(await page.locator('.recent-events li').count()).toBeGreaterThanOrEqual(3);
      await close(page);
    },
  );
});
