import { CHROMIUM_PATH, hasChromium as chromiumPresent, launchChromium, serveSite } from '../../scripts/lib/chromium';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';

/** Browser-test helpers; the launcher and server are shared with `npm run pdf` (scripts/lib/chromium.ts). */
export { launchChromium, serveSite };
export const hasChromium = chromiumPresent();

if (!hasChromium) {
  console.warn(
    `\n[browser tests] Chromium not found at ${CHROMIUM_PATH}: the browser tests are SKIPPED. Install it with \`apt-get install -y chromium-headless-shell\` (the CI script does).\n`,
  );
}

/**
 * One Chromium for the enclosing describe block: launched before its tests, closed after them. Returns a
 * getter, because the browser exists only once beforeAll has run.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () =>
    browser ??
    (() => {
      throw new Error('sharedBrowser(): used before beforeAll ran');
    })();
}

/** Waits until the page has stopped scrolling (the site scrolls instantly; this guards against the browser's own). */
export async function settleScroll(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(100);
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
  }
}

/**
 * Types a query into a search page that stays open, as a reader searching several times in one visit
 * does, and resolves with the first result's link once the results are this query's. Clearing the field
 * first empties the list, so an earlier query's results are never mistaken for this one's.
 */
export async function searchFor(page: Page, query: string): Promise<string> {
  const input = page.locator('#search-input');
  if (await input.inputValue()) {
    await input.fill('');
    await page.waitForFunction(() => !document.querySelector('.search-result'));
  }
  await input.fill(query);
  const first = page.locator('.search-result a.search-result-title').first();
  await first.waitFor();
  return (await first.getAttribute('href'))!;
}
