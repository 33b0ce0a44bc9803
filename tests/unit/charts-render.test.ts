import * as Plot from '@observablehq/plot';
import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { chartIds, getChart, listCharts } from '../../src/lib/charts';
import { rankedBars } from '../../src/lib/charts/ranked-bars';
import { NARROW_WIDTH, textWidth } from '../../src/lib/charts/theme';
import type { ChartSpec } from '../../src/lib/charts/types';
import { PlotWarningError, renderChart } from '../../src/lib/render-svg';

const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
const refs = (svg: string) => [...svg.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);

function spec(overrides: Partial<ChartSpec> = {}): ChartSpec {
  return {
    id: 'test-chart',
    kind: 'ranked-bars',
    title: 'A test chart',
    caption: 'Caption.',
    alt: 'Alt text.',
    plot: () => ({ marks: [Plot.barX([{ x: 1, y: 'a' }], { x: 'x', y: 'y' })] }),
    table: { columns: [], rows: [] },
    units: [],
    sourceIds: ['S01'],
    asOf: '2025',
    notes: [],
    ...overrides,
  };
}

describe('every named chart', () => {
  test('there are at least six, including the map and the timeline', () => {
    const kinds = listCharts().map((c) => c.kind);
    expect(chartIds().length).toBeGreaterThanOrEqual(6);
    expect(kinds).toContain('map');
    expect(kinds).toContain('timeline');
    expect(new Set(chartIds()).size).toBe(chartIds().length);
  });

  test.each(chartIds())('%s: a standalone, labelled, self-contained SVG under 25 KB', (id) => {
    const s = getChart(id);
    const svg = renderChart(s);
    expect(svg.length).toBeLessThanOrEqual(25_000);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/ role="img"/);
    expect(svg).toContain(`aria-labelledby="fig-${id}-title"`);
    expect(svg).toContain(`aria-describedby="fig-${id}-desc"`);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
    expect(doc.querySelector('title')?.textContent).toBe(s.title);
    expect(doc.querySelector('desc')?.textContent).toBe(s.alt);
    // No inline style element (strict CSP), no warning sign, no client script, no Plot counters left.
    expect(svg).not.toMatch(/<style|<script|\u26a0|plot-clip|plot-marker|plot-pattern/);
    expect(ids(svg).every((x) => x.startsWith(`fig-${id}-`))).toBe(true);
    for (const r of refs(svg)) expect(ids(svg)).toContain(r);
    // No Plot.auto, tips or raster images.
    expect(svg).not.toMatch(/<image|data-mark="tip"/);
  });
});

describe('escaping', () => {
  test('text from data appears as text, never as markup', () => {
    const evil = '<script>alert(1)</script>';
    const s = rankedBars({
      id: 'escape',
      title: `Title ${evil}`,
      caption: 'c',
      alt: `Alt ${evil} & more`,
      items: [
        { label: evil, value: 3, row: { label: evil } },
        { label: 'B & <b>C</b>', value: 2, row: { label: 'x' } },
      ],
      xLabel: `Axis ${evil}`,
      tickFormat: String,
      valueLabel: (v) => `${v} ${evil}`,
      columns: [{ key: 'label', label: 'Label', type: 'text' }],
      units: [],
      sourceIds: ['S01'],
      asOf: '2025',
      notes: [],
    });
    const svg = renderChart(s);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('B &amp; &lt;b&gt;C&lt;/b&gt;');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
    expect(doc.querySelector('title')?.textContent).toBe(`Title ${evil}`);
    expect(doc.querySelectorAll('script').length).toBe(0);
  });
});

describe('determinism and ids', () => {
  test('drawing twice gives identical output', () => {
    for (const id of chartIds()) expect(renderChart(getChart(id))).toBe(renderChart(getChart(id)));
  });

  test('a changed spec is drawn afresh, and another prefix gives other ids', () => {
    const base = getChart('production-2024');
    const retitled = { ...base, title: 'A retitled chart' };
    expect(renderChart(retitled)).toContain('<title id="fig-production-2024-title">A retitled chart</title>');
    expect(renderChart(base)).not.toContain('A retitled chart');
    expect(renderChart(base, { idPrefix: 'other' })).toContain('id="other-title"');
  });

  test('Plot’s module-level counters are rewritten to the prefix, references included', () => {
    const clipped = spec({ plot: () => ({ marks: [Plot.barX([{ x: 1, y: 'a' }], { x: 'x', y: 'y', clip: true })] }) });
    const a = renderChart(clipped, { idPrefix: 'one' });
    const b = renderChart(clipped, { idPrefix: 'one' });
    expect(a).toBe(b); // although Plot's plot-clip-N counter moved on between the two calls
    expect(a).toContain('clip-path="url(#one-1)"');
    expect(a).toContain('<clipPath id="one-1">');
  });

  test('two charts with different prefixes share no id', () => {
    const a = renderChart(getChart('production-2024'), { idPrefix: 'fig-a' });
    const b = renderChart(getChart('production-2024'), { idPrefix: 'fig-b' });
    const c = renderChart(getChart('kazakhstan-deposits-map'));
    const all = [ids(a), ids(b), ids(c)];
    for (const list of all) expect(new Set(list).size).toBe(list.length);
    expect(all[0]!.filter((x) => all[1]!.includes(x) || all[2]!.includes(x))).toEqual([]);
    expect(all[1]!.filter((x) => all[2]!.includes(x))).toEqual([]);
  });

  test('an invalid prefix is refused', () => {
    expect(() => renderChart(spec(), { idPrefix: '1 bad' })).toThrow(/not a valid id start/);
  });
});

describe('Plot warnings fail the build', () => {
  test('a warning throws with the chart id and Plot’s message, and console.warn is restored', () => {
    const original = console.warn;
    // Numbers written as strings on a band scale: Plot warns and would draw a ⚠ into the SVG.
    const warned = spec({
      id: 'warned-chart',
      plot: () => ({
        marks: [
          Plot.barX(
            [
              { x: 1, y: '2023' },
              { x: 2, y: '2024' },
            ],
            { x: 'x', y: 'y' },
          ),
        ],
      }),
    });
    expect(() => renderChart(warned)).toThrow(PlotWarningError);
    expect(() => renderChart(warned)).toThrow(
      /chart "warned-chart": Observable Plot warned while rendering:\n {2}- Warning: some data associated with the y scale are strings that appear to be numbers/,
    );
    expect(console.warn).toBe(original);
  });

  test('Plot options that would wrap the SVG in a figure are refused', () => {
    expect(() => renderChart(spec({ plot: () => ({ title: 'x', marks: [Plot.ruleX([0])] }) }))).toThrow(
      /expected Plot to return a bare <svg>/,
    );
  });
});

describe('phone drawings', () => {
  const translate = (el: Element | null) => {
    const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el?.getAttribute('transform') ?? '');
    return m ? Number(m[1]) : 0;
  };
  // Each text's horizontal extent, from its position, its group's offset, its anchor and its longest line.
  test.each(chartIds().filter((id) => getChart(id).narrowPlot))('%s: 300 px wide, 12 px text, every label inside the drawing', (id) => {
    const svg = renderChart(getChart(id), { narrow: true });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(NARROW_WIDTH));
    expect(root.getAttribute('font-size')).toBe('12');
    const outside: string[] = [];
    for (const text of root.querySelectorAll('text')) {
      const size = Number(text.closest('[font-size]')?.getAttribute('font-size'));
      expect(size, text.textContent!).toBeGreaterThanOrEqual(12);
      const lines = text.querySelectorAll('tspan').length
        ? [...text.querySelectorAll('tspan')].map((t) => t.textContent!)
        : [text.textContent!];
      const width = Math.max(...lines.map((line) => textWidth(line, size)));
      const x = translate(text) + translate(text.parentElement);
      const anchor = text.closest('[text-anchor]')?.getAttribute('text-anchor');
      const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
      // textWidth errs wide (0.58 em a character): allow it a few pixels beyond either edge.
      if (left < -4 || left + width > NARROW_WIDTH + 4) outside.push(`"${lines.join(' / ')}" spans ${left}–${left + width}`);
    }
    expect(outside).toEqual([]);
  });
});
