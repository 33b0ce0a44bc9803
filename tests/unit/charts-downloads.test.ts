import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { chartIds, getChart } from '../../src/lib/charts';
import { chartCsv, chartJson, chartJsonText } from '../../src/lib/charts/downloads';
import { stringifyCsv } from '../../src/lib/data/csv';
import { IMAGE_WIDTH, PNG_SCALE, chartImage, chartPng, figureImage, wrap } from '../../src/lib/charts/image';
import { textWidth } from '../../src/lib/charts/theme';
import { renderChart } from '../../src/lib/render-svg';
import { DOMParser } from 'linkedom';
import { loadDatasets } from '../../src/lib/data/load';
import { pngSize } from '../support/png';

const d = loadDatasets();

describe('CSV downloads', () => {
  test.each(chartIds())('%s: exactly the plotted rows, header of column keys', (id) => {
    const spec = getChart(id);
    const csv = chartCsv(spec);
    const [header, ...rows] = parse(csv) as string[][];
    expect(header).toEqual(spec.table.columns.map((c) => c.key));
    expect(rows).toEqual(
      spec.table.rows.map((r) => spec.table.columns.map((c) => (r[c.key] === null || r[c.key] === undefined ? '' : String(r[c.key])))),
    );
    expect(chartCsv(spec)).toBe(csv);
  });

  test('quotes only what needs quoting, RFC 4180 style', () => {
    expect(stringifyCsv(['a', 'b', 'c', 'd', 'e', 'f'], [['plain', 'a, b', 'say "hi"', 'two\nlines', null, 0.0045]])).toBe(
      'a,b,c,d,e,f\r\nplain,"a, b","say ""hi""","two\nlines",,0.0045\r\n',
    );
    expect(stringifyCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
    expect(() => stringifyCsv(['a', 'b'], [[1]])).toThrow(/1 cells, expected 2/);
  });

  test('the production CSV keeps the China quota note intact through quoting', () => {
    const rows = parse(chartCsv(getChart('production-2024')), { columns: true }) as Array<Record<string, string>>;
    expect(rows[0]).toMatchObject({ country: 'China', year: '2024', mine_production_t_reo: '270000' });
    expect(rows[0]!.note).toMatch(/quota, which excludes/);
  });
});

describe('JSON downloads', () => {
  test('metadata: title, units, sources with tiers, as-of date, notes, columns and rows', () => {
    const spec = getChart('china-value-chain');
    const json = chartJson(spec, d);
    expect(json).toMatchObject({
      id: 'china-value-chain',
      units: ['%'],
      asOf: '2024',
      licence: 'Compiled from public sources; see each source’s terms.',
    });
    expect(json.sources.map((s) => [s.id, s.tier])).toEqual([
      ['S09', 'B'],
      ['S10', 'B'],
    ]);
    expect(json.sources[0]!.url).toMatch(/^https:\/\/seaisi\.org/);
    expect(json.columns.find((c) => c.key === 'share_pct')).toEqual({
      key: 'share_pct',
      label: 'Share of global output',
      unit: '%',
      type: 'percent',
    });
    expect(json.rows).toHaveLength(4);
    expect(json.notes.join(' ')).toMatch(/as reported by SEAISI/);
  });

  test.each(chartIds())('%s: deterministic text that parses back', (id) => {
    const text = chartJsonText(getChart(id), d);
    expect(text.endsWith('\n')).toBe(true);
    expect(chartJsonText(getChart(id), d)).toBe(text);
    expect(JSON.parse(text).rows).toEqual(getChart(id).table.rows);
  });
});

describe('the figure as an SVG image', () => {
  test('holds the title, the caption, the chart and the source line, in plain colours', () => {
    const spec = getChart('production-2024');
    const image = chartImage(spec, renderChart(spec, { idPrefix: 'chart' }), loadDatasets());
    const doc = new DOMParser().parseFromString(image, 'image/svg+xml') as unknown as Document;
    const own = [...doc.documentElement.children].filter((el) => el.tagName === 'text').map((t) => t.textContent);
    expect(own[0]).toBe(spec.title);
    expect(own.join(' ')).toContain(spec.caption);
    expect(own.join(' ')).toContain('Source: U.S. Geological Survey (2025) [S01, tier A]. Data as of 2025.');
    expect(doc.querySelectorAll('svg svg [data-mark="bar"] rect').length).toBe(spec.table.rows.length);
    // Design tools do not read CSS custom properties: every colour is a plain one.
    expect(image).not.toContain('var(--');
    expect(image.length).toBeLessThan(25_000);
  });

  test('wraps long text to the width', () => {
    expect(wrap('one two three four', textWidth('three four', 13), 13)).toEqual(['one two', 'three four']);
  });
});

describe('the figure as a PNG image', () => {
  test('is the SVG image at twice its size, with the same bytes every time', () => {
    const spec = getChart('china-value-chain');
    const svg = figureImage(spec, d);
    const png = chartPng(svg);
    const height = Number(/^<svg [^>]*\bheight="(\d+)"/.exec(svg)![1]);
    expect(pngSize(png)).toEqual({ width: IMAGE_WIDTH * PNG_SCALE, height: height * PNG_SCALE });
    expect(PNG_SCALE).toBe(2);
    expect(Buffer.from(chartPng(svg)).equals(Buffer.from(png))).toBe(true);
  });
});
