import { describe, expect, inject, test } from 'vitest';
import { hasChromium, sharedBrowser, settleScroll } from '../support/browser';

describe.skipIf(!hasChromium)('reading in Chromium', () => {
  const browser = sharedBrowser();
  const server = { url: inject('siteUrl') };

  test.each([1280, 375])('arriving at #section puts the heading below the sticky header, not under it (%ipx wide)', async (width) => {
    const page = await browser().newPage({ viewport: { width, height: 720 } });
    await page.goto(`${server.url}/briefings/why-rare-earths-matter/#china-position`);
    await page.waitForFunction(() => window.scrollY > 0);
    await settleScroll(page);
    // On phones the header is not sticky and scrolls away; elsewhere it covers the top of the viewport.
    const { headerBottom, headingTop } = await page.evaluate(() => {
      const header = document.querySelector('.site-header')!;
      const sticky = getComputedStyle(header).position === 'sticky';
      return {
        headerBottom: sticky ? header.getBoundingClientRect().bottom : 0,
        headingTop: document.getElementById('china-position')!.getBoundingClientRect().top,
      };
    });
    expect(headingTop).toBeGreaterThanOrEqual(headerBottom);
    expect(headingTop - headerBottom).toBeLessThan(80);
    await page.close();
  });

  test('a section self-link is reachable by keyboard, has a visible mark and updates the address', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.url}/briefings/why-rare-earths-matter/`);
    const link = page.locator('#uses a.section-link');
    await link.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Link to this section: What they go into');
    const mark = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(mark).toBe('"#"');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#uses$/);
    await page.close();
  });

  test('the skip link is the first tab stop and moves focus to the main content', async () => {
    const page = await browser().newPage();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    await page.close();
  });

  test('with JavaScript off a briefing reads the same: text, contents and links', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/briefings/why-rare-earths-matter/`);
    expect(await page.locator('nav.toc a').count()).toBeGreaterThan(3);
    expect(await page.locator('article h2').first().isVisible()).toBe(true);
    await context.close();
  });

  test('dark mode follows the reader’s preference', async () => {
    const page = await browser().newPage({ colorScheme: 'dark' });
    await page.goto(`${server.url}/`);
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(dark).toBe('rgb(21, 24, 26)');
    expect(light).toBe('rgb(253, 253, 252)');
    await page.close();
  });

  test('on a phone the title comes first, then the contents, then the body, and nothing scrolls sideways', async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${server.url}/briefings/why-rare-earths-matter/`);
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => e.getBoundingClientRect().top);
    const titleBottom = await page.locator('article h1').evaluate((e) => e.getBoundingClientRect().bottom);
    // The title is on the first screen, and the contents list starts below it.
    expect(titleBottom).toBeLessThan(740);
    expect(await top('nav.toc')).toBeGreaterThan(titleBottom);
    const tocBottom = await page.locator('nav.toc').evaluate((e) => e.getBoundingClientRect().bottom);
    expect(await top('#key-points')).toBeGreaterThan(tocBottom);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.close();
  });

  test('on a wide screen the contents list sits beside the title and stays in view while the reader scrolls', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/briefings/why-rare-earths-matter/`);
    const box = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    const [toc, kind] = [await box('nav.toc'), await box('article .article-kind')];
    expect(toc.right).toBeLessThanOrEqual(kind.left);
    expect(Math.abs(toc.top - kind.top)).toBeLessThan(10);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const scrolled = await box('nav.toc');
    expect(scrolled.top).toBeGreaterThanOrEqual(0);
    expect(scrolled.top).toBeLessThan(200);
    await page.close();
  });

  test.each(['/elements/', '/timeline/'])(
    'on a phone, the caption of a sideways-scrolling table on %s stays whole and in view',
    async (path) => {
      const page = await browser().newPage({ viewport: { width: 375, height: 740 } });
      await page.goto(`${server.url}${path}`);
      const scroller = page.locator('.table-scroll').first();
      const inView = () =>
        scroller.evaluate((el) => {
          const caption = el.querySelector('caption')!.getBoundingClientRect();
          const table = el.querySelector('table')!.getBoundingClientRect();
          return {
            left: caption.left,
            right: caption.right,
            width: document.documentElement.clientWidth,
            tableWider: table.width > el.clientWidth,
          };
        });
      const before = await inView();
      expect(before.tableWider).toBe(true); // the case this is about: the table is wider than the screen
      expect(before.left).toBeGreaterThanOrEqual(0);
      expect(before.right).toBeLessThanOrEqual(before.width);
      await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      const after = await inView();
      expect(after.left).toBe(before.left);
      expect(after.right).toBeLessThanOrEqual(after.width);
      await page.close();
    },
  );

  // Every kind of article page, at a phone's width and a desktop's: the text never touches the edge of
  // the window, and on a wide screen it sits in the middle of it, not against the left edge.
  test.each([
    ['/briefings/why-rare-earths-matter/', 375],
    ['/briefings/why-rare-earths-matter/', 1280],
    ['/notes/eu-officials/', 375],
    ['/notes/eu-officials/', 1280],
    ['/timeline/', 375],
    ['/sources/', 1280],
  ] as const)('%s at %ipx keeps its text off the window edges', async (path, width) => {
    const page = await browser().newPage({ viewport: { width, height: 800 } });
    await page.goto(`${server.url}${path}`);
    const { left, right } = await page.locator('article h1').evaluate((e) => {
      const r = e.parentElement!.getBoundingClientRect();
      return { left: r.left, right: document.documentElement.clientWidth - r.right };
    });
    expect(left).toBeGreaterThanOrEqual(12);
    expect(right).toBeGreaterThanOrEqual(12);
    // Centred when nothing sits beside it; a briefing's header shares the row with its contents list.
    if (width > 1000 && !path.startsWith('/briefings/')) expect(Math.abs(left - right)).toBeLessThan(40);
    await page.close();
  });
});
