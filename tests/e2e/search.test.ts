import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, sharedBrowser, settleScroll } from '../support/browser';

/** Records every JavaScript request a page makes, so tests can say when search code loads. */
function trackScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script' || /\.m?js(\?|$)/.test(req.url())) scripts.push(new URL(req.url()).pathname);
  });
  return scripts;
}

describe.skipIf(!hasChromium)('search in Chromium', () => {
  const browser = sharedBrowser();
  const server = { url: inject('siteUrl') };

  test('a briefing page requests no JavaScript before the reader touches search', async () => {
    const page = await browser().newPage();
    const scripts = trackScripts(page);
    await page.goto(`${server.url}/briefings/why-rare-earths-matter/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await page.close();
  });

  test('the search page loads Pagefind only when the reader searches', async () => {
    const page = await browser().newPage();
    const scripts = trackScripts(page);
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    await page.locator('#search-input').blur();
    expect(scripts.some((s) => s.startsWith('/pagefind/'))).toBe(false);
    await page.locator('#search-input').fill('refining');
    await page.locator('.search-result').first().waitFor();
    expect(scripts).toContain('/pagefind/pagefind.js');
    await page.close();
  });

  test('the "/" shortcut hint shows with a mouse, not on a touch phone, and hides while the field is in use', async () => {
    const hint = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.header-search kbd')!).display);
    const desk = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await desk.goto(`${server.url}/briefings/why-rare-earths-matter/`);
    expect(await desk.getAttribute('#header-search-input', 'placeholder')).toBe('Search');
    expect(await desk.getAttribute('#header-search-input', 'aria-keyshortcuts')).toBe('/');
    expect(await hint(desk)).toBe('block');
    await desk.keyboard.press('/');
    expect(await hint(desk)).toBe('none');
    await desk.close();
    const context = await browser().newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    await phone.goto(`${server.url}/briefings/why-rare-earths-matter/`);
    expect(await hint(phone)).toBe('none');
    await context.close();
  });

  test('typing a query gives a result whose link lands on the matching section, with the terms marked', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/`);
    // "/" focuses the header search field; Enter opens the search page with the query.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
    await page.keyboard.type('export licences');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=export/);
    const first = page.locator('.search-result a.search-result-title').first();
    await first.waitFor();
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^\/glossary\/\?highlight=[^#]+#export-licence$/);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for “export licences”/);
    // Keyboard: ArrowDown from the field reaches the first result, Enter follows it.
    await page.locator('#search-input').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#export-licence$/);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    await settleScroll(page);
    const marked = await page.locator('mark.pagefind-highlight').allTextContents();
    expect(marked.map((m) => m.toLowerCase())).toContain('licences');
    const top = await page.evaluate(() => document.getElementById('export-licence')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.close();
  });

  test('Escape closes the results and returns to the field; filters narrow the results', async () => {
    const page = await browser().newPage();
    await page.goto(`${server.url}/search/?q=China`);
    await page.locator('.search-result').first().waitFor();
    await page.locator('#search-filters input[value="note"]').check();
    await page.waitForFunction(() => /No results|result/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(page.url()).toContain('kind=note');
    await page.locator('#search-filters input[value="note"]').uncheck();
    await page.locator('.search-result').first().waitFor();
    await page.locator('#search-input').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.close();
  });

  test('a topic filter keeps only pages tagged with that topic, and every result shows its date', async () => {
    const page = await browser().newPage();
    // The status line ("12 results for …") is written after the list, so waiting for it to change waits for
    // the filtered list; the list itself shows the first five, so the totals are compared.
    const status = page.locator('#search-status');
    const total = async () => Number(/^(\d+) results? for/.exec((await status.textContent()) ?? '')?.[1] ?? NaN);
    await page.goto(`${server.url}/search/?q=Kazakhstan`);
    await page.waitForFunction(() => /^\d+ results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const unfilteredText = await status.textContent();
    const unfiltered = await total();
    await page.locator('#search-filters input[value="partnerships"]').check();
    await page.waitForFunction((before) => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return text !== before && /^\d+ results? for/.test(text);
    }, unfilteredText);
    expect(new URL(page.url()).searchParams.get('topic')).toBe('partnerships');
    const filtered = await total();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(unfiltered); // the query alone also finds pages on other topics
    const links = await page
      .locator('.search-result a.search-result-title')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBe(Math.min(filtered, 5));
    for (const link of links) {
      // The page the result points to lists "Partnerships" among its topics.
      const tagged = await (await fetch(`${server.url}${link}`)).text();
      expect(tagged, link).toContain('href="/topics/#partnerships"');
    }
    const metas = await page.locator('.search-result-meta').allTextContents();
    for (const meta of metas) expect(meta).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await page.close();
  });

  test('every result says what it is; More results shows the next ten, and the count says how many are shown', async () => {
    const page = await browser().newPage();
    await page.goto(`${server.url}/search/?q=China`);
    const status = page.locator('#search-status');
    await page.waitForFunction(() =>
      /^\d+ results for “China”, showing 1–5$/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    const total = Number(/^(\d+)/.exec((await status.textContent())!)![1]);
    expect(total).toBeGreaterThan(5);
    // Keyboard alone: Tab from the last result reaches the button, Enter shows more and focuses the first new one.
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length === n, Math.min(total, 15));
    expect(
      await page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[5]),
    ).toBe(true);
    expect(await status.textContent()).toBe(total > 15 ? `${total} results for “China”, showing 1–15` : `${total} results for “China”`);
    const kinds = await page.locator('.search-result-kind').allTextContents();
    expect(kinds.length).toBe(await page.locator('.search-result').count());
    for (const kind of kinds) expect(['Briefing', 'Policy note', 'Partnership', 'Reference page', 'Glossary', 'Sources']).toContain(kind);
    await page.close();
  });

  test('the sources page is labelled Sources and the glossary Glossary, never Data', async () => {
    const page = await browser().newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('Jackson-Vanik')}`);
    await page.locator('.search-result').first().waitFor();
    const total = Number(/^(\d+)/.exec((await page.locator('#search-status').textContent())!)![1]);
    expect(total).toBeLessThanOrEqual(15);
    if (await page.locator('#search-more').isVisible()) await page.locator('#search-more').click();
    // "More results" fetches each record before it appends: wait for all of them, not the first five.
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length === n, total);
    const rows = await page
      .locator('.search-result')
      .evaluateAll((items) =>
        items.map((li) => [
          li.querySelector('a.search-result-title')!.getAttribute('href')!,
          li.querySelector('.search-result-kind')!.textContent,
        ]),
      );
    const kindOf = (prefix: string) => rows.find(([href]) => href.startsWith(prefix))?.[1];
    expect(kindOf('/sources/')).toBe('Sources');
    expect(kindOf('/glossary/')).toBe('Glossary');
    expect(rows.map(([, kind]) => kind)).not.toContain('Data');
    await page.close();
  });

  test('a misspelt query says “Did you mean” with the site’s own word and shows its results', async () => {
    const page = await browser().newPage();
    await page.goto(`${server.url}/search/?q=dysprosum`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('#search-suggestion').textContent()).toBe('Did you mean dysprosium? Showing results for “dysprosium”.');
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for “dysprosium”/);
    await page.close();
  });

  test('without JavaScript the search page says so and links to the indexes', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Search needs JavaScript/);
    expect(await page.locator('main a[href="/briefings/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/notes/"]').count()).toBe(1);
    await context.close();
  });
});
