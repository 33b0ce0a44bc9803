import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, searchFor, sharedBrowser } from '../support/browser';

/**
 * Queries as readers type them (misspelt, with units, with any dash or none, names, numbers, several
 * words), typed into the real search page. For each: the first result links to the section that answers
 * it, and the page it opens marks the query's words (as the page writes them) in that section, never in
 * a chart. Targets are pages that exist on every branch: briefings, notes, glossary, elements, timeline.
 */
type Row = [kind: string, query: string, expected: string, marked: string[]];
const QUERIES: Row[] = [
  ['typo', 'dysprosum', '/briefings/china-export-controls/#april-2025-licensing', ['dysprosium']],
  ['typo', 'thorum', '/briefings/challenges-and-opportunities/#radioactive-residues', ['thorium']],
  ['typo', 'Tsentrgeolsemca', '/briefings/kazakhstan-rare-earth-potential/#zhana-kazakhstan', ['tsentrgeolsemka']],
  ['typo', 'neodymum magnets', '/glossary/#ndfeb', ['neodymium', 'magnets']],
  ['typo', 'Kundybia', '/deposits/#kundybai', ['kundybai']],
  ['dash', 'Jackson-Vanik', '/notes/us-policymakers/#jackson-vanik', ['jackson–vanik']],
  ['dash', 'Jackson–Vanik', '/notes/us-policymakers/#jackson-vanik', ['jackson–vanik']],
  ['dash', 'Jackson Vanik', '/notes/us-policymakers/#jackson-vanik', ['jackson–vanik']],
  ['dash', 'JacksonVanik', '/notes/us-policymakers/#jackson-vanik', ['jackson–vanik']],
  ['unit', '20 million tonnes', '/notes/investors/#verified-vs-claimed', ['20 mt']],
  ['unit', '20 Mt', '/notes/investors/#verified-vs-claimed', ['20 mt']],
  ['unit', '20,000,000 t', '/notes/investors/#verified-vs-claimed', ['20 mt']],
  ['unit', '0.8 Mt', '/notes/investors/#verified-vs-claimed', ['800,000 t']],
  ['unit', '69.2 per cent', '/briefings/why-rare-earths-matter/#china-position', ['69.2%']],
  ['unit', '69.2 percent', '/briefings/why-rare-earths-matter/#china-position', ['69.2%']],
  ['unit', '92%', '/briefings/challenges-and-opportunities/#processing', ['92%']],
  ['number', '20', '/notes/investors/#verified-vs-claimed', ['20 mt']],
  ['name', 'Kundybai', '/deposits/#kundybai', ['kundybai']],
  ['name', 'B5+1', '/briefings/partnerships-and-investment/#us-track', ['b5+1']],
  ['name', 'NdFeB', '/glossary/#ndfeb', ['ndfeb']],
  ['name', 'lanthanum', '/glossary/#light-and-heavy', ['lanthanum']],
  ['name', 'landlocked', '/briefings/kazakhstan-primer/#routes', ['landlocked']],
  ['words', 'Samarkand summit', '/briefings/partnerships-and-investment/#samarkand', ['samarkand', 'summit']],
  ['words', 'price floor', '/glossary/#offtake', ['price', 'floor']],
  ['words', 'export licences', '/glossary/#export-licence', ['export', 'licences']],
  ['table', 'Druzhba', '/briefings/kazakhstan-primer/#fig-kazakhstan-oil-export-routes', ['druzhba']],
  ['words', 'export controls gallium', '/briefings/china-export-controls/#a-related-measure-outside-rare-earths', ['gallium']],
  ['words', 'EU memorandum', '/briefings/partnerships-and-investment/#eu-kazakhstan', ['memorandum']],
  ['words', 'CRMA Strategic Projects', '/notes/eu-officials/#crma', ['crma', 'strategic', 'projects']],
  [
    'words',
    'Zhana Kazakhstan forecast',
    '/briefings/kazakhstan-rare-earth-potential/#claimed-or-forecast',
    ['zhana', 'kazakhstan', 'forecast'],
  ],
];

/** The marks inside the section a link lands on: from its heading to the next heading, or inside its figure. */
function landedMarks(page: Page): Promise<{ marks: string[]; inCharts: number; tableOpen: boolean | null }> {
  return page.evaluate(() => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)))!;
    const all = [...document.querySelectorAll('mark.pagefind-highlight')];
    const after = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    const next: Element | undefined = [...document.querySelectorAll('h2[id], h3[id]')].find((h) => after(target, h) && !target.contains(h));
    const inside = (m: Element) => (target.matches('figure') ? target.contains(m) : after(target, m) && (!next || after(m, next)));
    return {
      marks: all.filter(inside).map((m) => m.textContent!.toLowerCase().replace(/\s+/g, ' ')),
      inCharts: all.filter((m) => m.closest('svg')).length,
      tableOpen: target.matches('figure') ? (target.querySelector('details')?.open ?? false) : null,
    };
  });
}

describe.skipIf(!hasChromium)('search lands on the answering section, with the query marked there', () => {
  const browser = sharedBrowser();
  // One search page stays open for every query; the results open in a second tab.
  let search: Page;
  let page: Page;
  beforeAll(async () => {
    search = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await search.goto(`${inject('siteUrl')}/search/`);
    page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  });

  test('the table covers every kind of query', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(QUERIES.map(([kind]) => kind))).toEqual(new Set(['typo', 'dash', 'unit', 'number', 'name', 'words', 'table']));
  });

  test.each(QUERIES)('%s: “%s” → %s', async (_kind, query, expected, marked) => {
    const href = await searchFor(search, query);
    expect(href.replace(/\?[^#]*/, '')).toBe(expected);
    await page.goto(`${inject('siteUrl')}${href}`);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const landed = await landedMarks(page);
    for (const word of marked) expect(landed.marks, `${query}: “${word}” marked in ${expected}`).toContain(word);
    expect(landed.inCharts).toBe(0);
    if (expected.includes('#fig-')) expect(landed.tableOpen, 'the figure’s data table is open').toBe(true);
  });

  test('a bare number is a number: “20” marks “20 Mt”, never a year such as 2024', async () => {
    await page.goto(`${inject('siteUrl')}/notes/investors/?highlight=20#verified-vs-claimed`);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const marks = await page.locator('mark.pagefind-highlight').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toBe('20');
  });
});
