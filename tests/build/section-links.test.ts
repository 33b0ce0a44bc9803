import { describe, expect, test } from 'vitest';
import { allIds, headingReport, parse } from '../support/html';
import { fixtureSite } from '../support/site';

const site = fixtureSite();

async function page(file: string) {
  return parse(await site.read(file));
}

describe('section links in a built briefing', () => {
  test('every h2–h4 has an id that is unique on the page and a labelled link to itself', async () => {
    const doc = await page('briefings/anchors/index.html');
    const headings = headingReport(doc);
    expect(headings.length).toBeGreaterThanOrEqual(10);
    for (const h of headings) {
      expect(h.id, `${h.tag} "${h.text}" has no id`).toBeTruthy();
      if (h.hidden) continue;
      expect(h.selfLinks, `${h.tag} #${h.id} has no self-link`).toBe(1);
      expect(h.selfLinkName).toBe(`Link to this section: ${h.text}`);
    }
    // The generated footnotes heading is visually hidden: a link in it would take focus where nothing shows.
    expect(headings.filter((h) => h.hidden)).toEqual([expect.objectContaining({ id: 'footnote-label', links: 0 })]);
    const ids = allIds(doc);
    expect(ids.length).toBe(new Set(ids).size);
  });

  test('repeated headings, layout collisions and non-ASCII text get predictable ids', async () => {
    const ids = headingReport(await page('briefings/anchors/index.html')).map((h) => h.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'overview',
        'details',
        'finer-details',
        'overview-1',
        'details-1',
        'key-points',
        'key-points-1',
        'supply-risk',
        'ünïcode-quotes--dash',
      ]),
    );
  });

  test('the table of contents lists the h2 and h3 sections, linking to their ids, and not the h4', async () => {
    const doc = await page('briefings/anchors/index.html');
    const toc = [...doc.querySelectorAll('nav.toc a')].map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
    expect(toc).toEqual([
      ['#key-points', 'Key points'],
      ['#overview', 'Overview'],
      ['#details', 'Details'],
      ['#overview-1', 'Overview'],
      ['#details-1', 'Details'],
      ['#key-points-1', 'Key points'],
      ['#supply-risk', 'Supply risk'],
      ['#ünïcode-quotes--dash', 'Ünïcode “quotes” — dash'],
      ['#sources', 'Sources'],
      ['#cite', 'Cite this'],
      ['#changes', 'Versions'],
    ]);
    const ids = new Set(allIds(doc));
    for (const [href] of toc) expect(ids.has(decodeURIComponent(href!.slice(1)))).toBe(true);
  });

  test('a pinned id survives rewording the heading, while an unpinned id changes with it', async () => {
    const before = headingReport(await page('briefings/pinned-before/index.html'));
    const after = headingReport(await page('briefings/pinned-after/index.html'));
    expect(before[1]).toMatchObject({ id: 'controls-in-force', text: 'Export controls in force' });
    expect(after[1]).toMatchObject({ id: 'controls-in-force', text: 'Which export controls still apply' });
    expect(before[2]!.id).toBe('unpinned-first-wording');
    expect(after[2]!.id).toBe('unpinned-second-wording');
  });

  test('a policy note gets the same treatment, with its own sections kept apart from the body', async () => {
    const doc = await page('notes/note/index.html');
    const headings = headingReport(doc);
    expect(headings.map((h) => h.id)).toEqual([
      'bottom-line',
      'key-points',
      'recommendations',
      'background',
      'recommendations-1',
      'sources',
      'cite',
      'changes',
    ]);
    for (const h of headings) expect(h.selfLinks).toBe(1);
  });
});
