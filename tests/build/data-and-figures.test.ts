import { describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from '../support/html';
import { fixtureSite } from '../support/site';

describe('a briefing with two charts', () => {
  const site = fixtureSite();

  test('renders both as numbered figures with distinct ids, captions, source lines and data tables', async () => {
    const doc = parse(await site.read('briefings/two-charts/index.html'));
    const figures = [...doc.querySelectorAll('figure')];
    expect(figures.map((f) => f.id)).toEqual(['fig-production-2024', 'fig-china-value-chain']);
    expect(figures.map((f) => f.querySelector('.figure__label')?.textContent)).toEqual(['Figure 1.', 'Figure 2.']);
    for (const f of figures) {
      expect(f.querySelector('figcaption')?.textContent?.length).toBeGreaterThan(20);
      expect(f.querySelector('.figure__sources a[href^="/sources/#s"]')).not.toBeNull();
      expect(f.querySelector('details table caption')).not.toBeNull();
      expect(f.querySelector('svg[role="img"] title')?.textContent).toBeTruthy();
    }
    // Every id on the page is unique, including the ones inside both SVGs.
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('each figure’s CSV download holds exactly the rows of its data table', async () => {
    const doc = parse(await site.read('briefings/two-charts/index.html'));
    for (const f of doc.querySelectorAll('figure')) {
      const href = f.querySelector('a[href$=".csv"]')!.getAttribute('href')!;
      const csv = parseCsv(await site.read(href.slice(1)), { columns: false }) as string[][];
      const tableRows = [...f.querySelectorAll('details table tbody tr')];
      expect(csv.length - 1, href).toBe(tableRows.length);
      // Same first cell in the same order (country or stage names), so the rows match one for one.
      const firstCells = tableRows.map((tr) => tr.querySelector('th, td')!.textContent!.trim());
      expect(csv.slice(1).map((r) => r[0])).toEqual(firstCells);
      const json = JSON.parse(await site.read(href.slice(1).replace(/\.csv$/, '.json')));
      expect(json).toMatchObject({ id: f.id.replace(/^fig-/, '') });
      expect(json.sources.length).toBeGreaterThan(0);
      expect(json.rows).toHaveLength(tableRows.length);
    }
  });

  test('numbers in the prose come from the facts table and the page lists every source it relies on', async () => {
    const doc = parse(await site.read('briefings/two-charts/index.html'));
    const values = [...doc.querySelectorAll('data.value')].map((d) => d.textContent);
    expect(values).toEqual(['390,000 t REO', '69.2%']);
    const listed = [...doc.querySelectorAll('#sources ~ ol a.tier')].map((a) => a.getAttribute('href'));
    expect(listed).toEqual(['/sources/#s01', '/sources/#s09', '/sources/#s10']);
    const markers = [...doc.querySelectorAll('.citation-marker a')].map((a) => a.textContent);
    expect(markers[0]).toBe('U.S. Geological Survey 2025');
  });
});

describe('data shown on a page', () => {
  test('markup in a data cell is shown as text, never run', async () => {
    const html = await fixtureSite().read('timeline/index.html');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<b>Bold</b>');
    expect(html).toContain('&lt;b&gt;Bold&lt;/b&gt; &lt;script&gt;alert(2)&lt;/script&gt; title');
    const doc = parse(html);
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])').length).toBe(1); // the hashed bootstrap only
    expect([...doc.querySelectorAll('svg text')].some((t) => t.textContent === '<script>alert(1)</script>')).toBe(true);
  });
});
