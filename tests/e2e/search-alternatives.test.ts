import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, searchFor, sharedBrowser } from '../support/browser';
import { ALTERNATIVES_PAGE, comparedNames, type NamedSection } from '../support/alternatives';

/**
 * Every company and country the comparison names, typed into the real search page: the first result opens
 * “Kazakhstan against the alternatives” at the section whose heading names it. The names come from the
 * comparison's two datasets and its table (tests/support/alternatives.ts), never from a list kept here.
 */
describe.skipIf(!hasChromium)('searching for a company or country in the comparison opens its section', () => {
  const browser = sharedBrowser();
  let page: Page;
  let named: NamedSection[];
  beforeAll(async () => {
    page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${inject('siteUrl')}/search/`);
    named = await comparedNames();
  });

  test('the names include the table’s and the datasets’', () => {
    expect(named.length).toBeGreaterThanOrEqual(20);
    const list = named.map((n) => n.name);
    for (const name of ['Lynas', 'MP Materials', 'Burma', 'Myanmar', 'Brazil', 'Malaysia', 'Silmet', 'Estonia', 'France'])
      expect(list).toContain(name);
  });

  test('each name’s first result is the briefing, at the section whose heading names it', async () => {
    const wrong: string[] = [];
    for (const { name, section } of named) {
      if (!section) {
        wrong.push(`${name}: no section heading names it`);
        continue;
      }
      const href = (await searchFor(page, name)).replace(/\?[^#]*/, '');
      const expected = `${ALTERNATIVES_PAGE}#${section.id}`;
      if (href !== expected) wrong.push(`${name}: first result ${href}, expected ${expected} (“${section.heading}”)`);
    }
    expect(wrong).toEqual([]);
  });
});
