import { beforeAll, describe, expect, inject, test } from 'vitest';
import { hasChromium, sharedBrowser, serveSite } from '../support/browser';
import { describeViolations, loadAndWatch, runAxe, watchPage } from '../support/page-audit';
import { fixtureSite, sitePages } from '../support/site';

function urlOf(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** One page per layout (Base, Reference, Briefing, Note), and the search page with results. */
const AXE_PAGES = ['/', '/timeline/', '/briefings/china-export-controls/', '/notes/eu-officials/', '/search/?q=rare+earth'];

/** Each axe page is loaded once and checked as it is, then in dark mode, then at a phone's width. */
const MODES = [
  { name: 'light', colorScheme: 'light' as const, viewport: { width: 1280, height: 900 } },
  { name: 'dark', colorScheme: 'dark' as const, viewport: { width: 1280, height: 900 } },
  { name: 'phone', colorScheme: 'light' as const, viewport: { width: 375, height: 740 } },
];
const WIDTHS = [1280, 375, 320];

describe.skipIf(!hasChromium)('browser gates', () => {
  const browser = sharedBrowser();
  const server = { url: inject('siteUrl') };
  let pages: string[];

  beforeAll(async () => {
    pages = (await sitePages()).map(urlOf);
  });

  test.each(AXE_PAGES)('axe finds no accessibility violations on %s in light, dark and phone', async (url) => {
    const page = await browser().newPage();
    const report: string[] = [];
    await page.goto(server.url + url);
    if (url.startsWith('/search/?')) await page.locator('.search-result').first().waitFor();
    for (const mode of MODES) {
      await page.emulateMedia({ colorScheme: mode.colorScheme });
      await page.setViewportSize(mode.viewport);
      const violations = await runAxe(page);
      if (violations.length) report.push(describeViolations(`${url} [${mode.name}]`, violations));
    }
    await page.close();
    expect(report.join('\n')).toBe('');
  });

  // One visit per page checks everything a page must never do; the window is then narrowed to each
  // width, which lays the page out again as a phone would, without loading it again.
  test(`every page at ${WIDTHS.join(', ')} px: no sideways scrolling, a header of at most 64 px on a phone, no request to another origin, no CSP violation, no console error`, async () => {
    const page = await browser().newPage();
    const watch = await watchPage(page, server.url);
    const problems: string[] = [];
    for (const url of [...pages, '/search/?q=china']) {
      await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
      await page.goto(server.url + url);
      if (url.startsWith('/search/?')) await page.locator('.search-result').first().waitFor();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const { scrollWidth, header } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          header: document.querySelector('.site-header')!.getBoundingClientRect().height,
        }));
        if (scrollWidth > width) problems.push(`${url}: ${scrollWidth} px wide at ${width} px`);
        if (width < 400 && header > 64) problems.push(`${url}: header ${header} px tall at ${width} px`);
      }
      const p = await watch.take();
      for (const r of p.foreignRequests) problems.push(`${url}: request to ${r}`);
      for (const v of p.cspViolations) problems.push(`${url}: CSP ${v}`);
      for (const e of p.consoleErrors) problems.push(`${url}: console ${e}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  test('keyboard: every link and control can be reached with Tab and shows a visible focus ring', async () => {
    const page = await browser().newPage();
    await page.goto(`${server.url}/briefings/why-rare-earths-matter/`);
    const focusable = await page.evaluate(
      () =>
        [...document.querySelectorAll('a[href], button:not([hidden]), input, summary, [tabindex]:not([tabindex="-1"])')]
          // Content of a closed <details> (the chart data tables) is not reachable until the reader opens it.
          .filter((e) => e.getClientRects().length > 0 && (e.tagName === 'SUMMARY' || !e.closest('details:not([open])'))).length,
    );
    const seen = new Set<string>();
    let unringed = 0;
    for (let i = 0; i < focusable + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ringed = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        // Each element gets a number the first time it takes focus, so an element seen twice counts once.
        el.dataset.tabSeen ||= String(document.querySelectorAll('[data-tab-seen]').length);
        return { key: el.dataset.tabSeen, ringed };
      });
      if (!info) continue;
      seen.add(info.key);
      if (!info.ringed) unringed++;
    }
    expect(seen.size).toBeGreaterThanOrEqual(focusable);
    expect(unringed).toBe(0);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('browser gates catch broken test pages', () => {
  const browser = sharedBrowser();
  let server: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    server = await serveSite(fixtureSite().root);
    return () => server.stop();
  });

  test('axe reports an image without a text alternative', async () => {
    const page = await browser().newPage();
    await page.goto(`${server.url}/briefings/invalid/`);
    const ids = (await runAxe(page)).map((v) => v.id);
    expect(ids).toContain('image-alt');
    await page.close();
  });

  test('a third-party image is blocked by the CSP and reported', async () => {
    const p = await loadAndWatch(browser(), `${server.url}/briefings/third-party/`, server.url);
    expect(p.cspViolations.join('\n')).toMatch(/img-src blocked https:\/\/tracker\.example\.org\/pixel\.png/);
  });
});
