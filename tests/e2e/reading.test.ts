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

  test('on a phone the contents fold above the article and nothing scrolls sideways', async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${server.url}/briefings/why-rare-earths-matter/`);
    const tocBottom = await page.locator('nav.toc').evaluate((e) => e.getBoundingClientRect().bottom);
    const articleTop = await page.locator('article').evaluate((e) => e.getBoundingClientRect().top);
    expect(tocBottom).toBeLessThanOrEqual(articleTop);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.close();
  });
});
