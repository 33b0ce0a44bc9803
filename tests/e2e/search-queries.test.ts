import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, sharedBrowser } from '../support/browser';

/**
 * Twelve realistic queries drawn from the briefings' own facts, typed into the real search page. For each,
 * the first result must link to the section that answers it (page and #id).
 */
const QUERIES: Array<[query: string, expected: string]> = [
  ['Jackson-Vanik', '/notes/us-policymakers/#jackson-vanik'],
  ['Zhana Kazakhstan forecast', '/briefings/kazakhstan-rare-earth-potential/#claimed-or-forecast'],
  ['Tsentrgeolsemka', '/briefings/kazakhstan-rare-earth-potential/#zhana-kazakhstan'],
  ['Kundybai', '/deposits/#kundybai'],
  ['thorium', '/briefings/challenges-and-opportunities/#radioactive-residues'],
  ['B5+1', '/partnerships/b5-1/#status'],
  ['Samarkand summit', '/partnerships/eu-central-asia-crm-declaration/#status'],
  ['landlocked', '/briefings/kazakhstan-primer/#routes'],
  ['price floor', '/notes/us-policymakers/#dod-mp'],
  ['CRMA Strategic Projects', '/briefings/partnerships-and-investment/#crma'],
  ['export licences', '/briefings/china-export-controls/#april-2025-licensing'],
  ['dysprosium terbium', '/glossary/#light-and-heavy'],
];

describe.skipIf(!hasChromium)('search lands on the answering section', () => {
  const browser = sharedBrowser();
  let page: Page;
  beforeAll(async () => {
    page = await browser().newPage();
  });

  test.each(QUERIES)('“%s” → %s', async (query, expected) => {
    await page.goto(`${inject('siteUrl')}/search/`);
    await page.locator('#search-input').fill(query);
    const first = page.locator('.search-result a.search-result-title').first();
    await first.waitFor();
    const href = (await first.getAttribute('href'))!.replace(/\?highlight=[^#]*/, '');
    expect(href).toBe(expected);
  });
});
