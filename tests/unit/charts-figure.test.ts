import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import Figure from '../../src/components/Figure.astro';
import { getChart } from '../../src/lib/charts';

/** The figure as a reader gets it: one <figure> with caption, SVG, sources, notes, table and downloads. */
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(chart: string, number?: number) {
  const html = await container.renderToString(Figure, { props: number === undefined ? { chart } : { chart, number } });
  return {
    html,
    doc: new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html') as unknown as Document,
  };
}

describe('<Figure>', () => {
  test('one numbered figure with caption, inline SVG, source line, table and downloads', async () => {
    const spec = getChart('production-2024');
    const { html, doc } = await render('production-2024', 2);
    const figure = doc.querySelector('figure')!;
    expect(doc.querySelectorAll('figure')).toHaveLength(1);
    expect(figure.id).toBe('fig-production-2024');
    expect(figure.firstElementChild?.tagName.toLowerCase()).toBe('figcaption');
    expect(figure.querySelector('figcaption')?.textContent).toContain('Figure 2. Rare-earth mine production by country, 2024');
    expect(figure.querySelector('figcaption')?.textContent).toContain(spec.caption);

    // The full-width drawing and the phone layout; figure.css shows one of them.
    const svgs = figure.querySelectorAll('svg');
    expect([...svgs].map((svg) => svg.getAttribute('class'))).toEqual(['ree-chart ree-chart--wide', 'ree-chart ree-chart--narrow']);
    expect([...svgs].map((svg) => svg.getAttribute('role'))).toEqual(['img', 'img']);
    expect([...svgs].map((svg) => svg.getAttribute('aria-labelledby'))).toEqual([
      'fig-production-2024-title',
      'fig-production-2024-n-title',
    ]);

    const sources = figure.querySelector('.figure__sources')!;
    expect(sources.querySelector('a')?.getAttribute('href')).toBe('/sources/#s01');
    expect(sources.textContent).toMatch(/Source: U\.S\. Geological Survey \(2025\) \[S01, tier A\]\. Data as of 2025\./);

    expect([...figure.querySelectorAll('.figure__notes li')].map((li) => li.textContent)).toEqual(spec.notes);

    const table = figure.querySelector('details table')!;
    expect(table.querySelector('caption')?.textContent).toBe('Data for Figure 2: Rare-earth mine production by country, 2024');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col']);
    expect(table.querySelector('thead')?.textContent).toContain('Mine production (t REO)');
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(spec.table.rows.length);
    expect(rows[0]!.querySelector('th[scope="row"]')?.textContent).toBe('China');
    expect(rows[0]!.textContent).toContain('270,000');

    const links = [...figure.querySelectorAll('.figure__downloads a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/charts/production-2024.csv',
      '/charts/production-2024.json',
      '/charts/production-2024.svg',
      '/charts/production-2024.png',
    ]);

    // No client JavaScript and no component styles: the site ships one stylesheet.
    expect(html).not.toMatch(/<script|<style/);
  });

  test('number defaults to 1', async () => {
    const { doc } = await render('china-value-chain');
    expect(doc.querySelector('.figure__label')?.textContent).toBe('Figure 1.');
  });

  test('many sources are grouped by tier, tier C marked secondary', async () => {
    const { doc } = await render('partnership-timeline', 3);
    const line = doc.querySelector('.figure__sources')!.textContent!;
    expect(line).toMatch(/^Sources: tier A: S35, S39, S41; tier B: /);
    expect(line).toMatch(/tier C, secondary: /);
    expect(doc.querySelector('.figure__sources a[href="/sources/#s23"]')).not.toBeNull();
  });

  test('a figure with five sources names each one by publisher and year, not by id', async () => {
    const { doc } = await render('middle-corridor-cargo', 2);
    const links = [...doc.querySelectorAll('.figure__sources a')].map((a) => a.textContent!.trim());
    expect(links).toHaveLength(5);
    for (const text of links) expect(text).toMatch(/\(\d{4}\)$/);
  });

  test('month-precision dates stay months in the table', async () => {
    const { doc } = await render('partnership-timeline', 3);
    const cells = [...doc.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent);
    expect(cells).toContain('May 2023');
    expect(cells).toContain('19 September 2023');
  });

  test('two figures on a page share no id', async () => {
    const a = await render('production-2024', 1);
    const b = await render('reserves-2024', 2);
    const ids = (doc: Document) => [...doc.querySelectorAll('[id]')].map((e) => e.id);
    const shared = ids(a.doc).filter((id) => ids(b.doc).includes(id));
    expect(shared).toEqual([]);
  });

  test('an unknown chart fails the build with suggestions', async () => {
    await expect(container.renderToString(Figure, { props: { chart: 'production-2042' } })).rejects.toThrow(
      /Unknown chart "production-2042"\. Did you mean "production-2024"/,
    );
  });
});
