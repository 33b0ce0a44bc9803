import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildSite, listFiles, removeSite, type BuildResult } from '../support/build-site';
import { parse } from '../support/html';

describe('a briefing with two charts', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildSite('two-charts');
    if (!site.ok) throw new Error(site.output);
  });
  afterAll(async () => {
    if (site) await removeSite(site.root);
  });

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
    const listed = [...doc.querySelectorAll('#sources ~ ol > li')].map((li) => li.id);
    expect(listed).toEqual(['r1', 'r9', 'r10']);
    const markers = [...doc.querySelectorAll('.citation-marker a')].map((a) => a.textContent);
    expect(markers[0]).toBe('1');
    expect(doc.querySelector('.citation-marker a')?.getAttribute('href')).toBe('#r1');
    expect(doc.getElementById('r1')?.textContent).toMatch(/U.S. Geological Survey, 2025./);
  });
});

describe('bad input fails the build, names the file and leaves no partial site', () => {
  const cases: Array<{ fixture: string; message: RegExp }> = [
    { fixture: 'bad-data', message: /data\/production\.csv line 5, column "mine_production_t_reo": expected .*got "13,000 t"/ },
    { fixture: 'mdx-syntax-error', message: /src\/content\/briefings\/syntax\.mdx/ },
    { fixture: 'missing-chart', message: /src\/content\/briefings\/missing\.mdx(:\d+)?: <Figure chart="production-2042">: unknown chart id "production-2042"\. Did you mean "production-2024"/ },
    { fixture: 'unknown-cite', message: /src\/content\/briefings\/cite\.mdx:\d+: <Cite s="S99">: unknown source id "S99"/ },
    { fixture: 'unknown-fact', message: /src\/content\/briefings\/fact\.mdx:\d+: <Value fact="F4">: unknown fact id "F4" \(data\/facts\.csv\)\. Did you mean "F04"/ },
  ];
  test.each(cases)('$fixture', async ({ fixture, message }) => {
    const site = await buildSite(fixture);
    try {
      expect(site.ok).toBe(false);
      expect(site.output).toMatch(message);
      const written = site.exists('.') ? (await listFiles(site.dist)).filter((f) => f.endsWith('.html')) : [];
      expect(written).toEqual([]);
    } finally {
      await removeSite(site.root);
    }
  });

  test('markup in a data cell is shown as text, never run', async () => {
    const site = await buildSite('markup-in-data');
    try {
      expect(site.ok, site.output).toBe(true);
      const html = await site.read('timeline/index.html');
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).not.toContain('<b>Bold</b>');
      expect(html).toContain('&lt;b&gt;Bold&lt;/b&gt; &lt;script&gt;alert(2)&lt;/script&gt; title');
      const doc = parse(html);
      expect(doc.querySelectorAll('script:not([type="application/ld+json"])').length).toBe(1); // the hashed bootstrap only
      expect([...doc.querySelectorAll('svg text')].some((t) => t.textContent === '<script>alert(1)</script>')).toBe(true);
    } finally {
      await removeSite(site.root);
    }
  });
});
