import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { getChart } from '../../src/lib/charts';
import { dumbbell } from '../../src/lib/charts/dumbbell';
import { orderItems, rankedBars } from '../../src/lib/charts/ranked-bars';
import { HALO, HIGHLIGHT } from '../../src/lib/charts/theme';
import { eventTimeline } from '../../src/lib/charts/timeline';
import { loadDatasets } from '../../src/lib/data/load';
import { renderChart } from '../../src/lib/render-svg';

/** Each builder, rendered, asserted on the SVG it produces: marks present, labels, axis domain. */

function svgOf(id: string) {
  const svg = renderChart(getChart(id));
  return { svg, doc: new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document };
}
const texts = (doc: Document, ariaLabel: string) =>
  [...doc.querySelectorAll(`g[data-mark="${ariaLabel}"] text`)].map((t) => t.textContent ?? '');
const marks = (doc: Document, ariaLabel: string, element: string) => doc.querySelectorAll(`g[data-mark="${ariaLabel}"] ${element}`).length;

describe('ranked bars', () => {
  test('production-2024: one bar per plotted row, ranked, China highlighted, labelled with values', () => {
    const spec = getChart('production-2024');
    const { doc } = svgOf('production-2024');
    expect(marks(doc, 'bar', 'rect')).toBe(spec.table.rows.length);
    const y = texts(doc, 'y-axis tick label');
    expect(y[0]).toBe('China');
    expect(y).toContain('United States');
    expect(y.at(-1)).toBe('Other countries'); // pinned last, whatever its value
    expect(y).not.toContain('World');
    expect(y).not.toContain('Canada'); // zero production is left out and noted
    const x = texts(doc, 'x-axis tick label');
    expect(x[0]).toBe('0');
    expect(x.at(-1)).toBe('250,000');
    expect(texts(doc, 'x-axis label')).toEqual(['Mine production, 2024 (t REO)']);
    const labels = texts(doc, 'text');
    expect(labels).toContain('270,000 (quota)');
    expect(labels).toContain('45,000');
    expect(doc.querySelector(`g[data-mark="bar"] rect[fill="${HIGHLIGHT}"]`)).not.toBeNull();
    expect(spec.notes.join(' ')).toMatch(/Canada, Greenland, South Africa and Tanzania/);
  });

  test('reserves-2024: ticks in Mt, Australia’s JORC share in its label, no world bar', () => {
    const { doc } = svgOf('reserves-2024');
    expect(texts(doc, 'x-axis tick label')).toEqual(['0', '10', '20', '30', '40']);
    expect(texts(doc, 'x-axis label')).toEqual(['Reserves (Mt REO)']);
    const labels = texts(doc, 'text');
    expect(labels).toContain('44 Mt');
    expect(labels).toContain('5.7 Mt (3.3 Mt JORC-compliant)');
    expect(texts(doc, 'y-axis tick label')).not.toContain('World');
    expect(getChart('reserves-2024').caption).toMatch(/more than 90 Mt, so China holds at most 48\.9%/);
  });

  test('us-import-sources: shares on a 0–100 axis', () => {
    const { doc } = svgOf('us-import-sources');
    expect(texts(doc, 'x-axis tick label').at(-1)).toBe('100');
    expect(texts(doc, 'text')).toEqual(expect.arrayContaining(['70%', '13%', '6%', '5%']));
  });

  test('ordering: descending, ties by label, pinned last', () => {
    const items = [
      { label: 'Thailand', value: 13 },
      { label: 'Other', value: 99, pinLast: true },
      { label: 'Australia', value: 13 },
      { label: 'China', value: 270 },
    ];
    expect(orderItems(items).map((i) => i.label)).toEqual(['China', 'Australia', 'Thailand', 'Other']);
  });

  test('refuses an axis shorter than the data', () => {
    expect(() =>
      rankedBars({
        id: 'x',
        title: 't',
        caption: 'c',
        alt: 'a',
        xLabel: 'x',
        xMax: 10,
        items: [{ label: 'A', value: 20, row: { a: 20 } }],
        tickFormat: String,
        valueLabel: String,
        columns: [{ key: 'a', label: 'A', type: 'number' }],
        units: [],
        sourceIds: ['S01'],
        asOf: '2025',
        notes: [],
      }),
    ).toThrow(/xMax 10 is below the largest value 20/);
  });
});

describe('dumbbell (two years per country)', () => {
  test('one link and two dots per country on a log axis of whole decades, years labelled directly', () => {
    const spec = getChart('production-change-2023-2024');
    const { doc } = svgOf('production-change-2023-2024');
    const n = spec.table.rows.length;
    expect(n).toBe(12);
    expect(marks(doc, 'link', 'path')).toBe(n);
    expect(marks(doc, 'dot', 'circle')).toBe(2 * n);
    expect(texts(doc, 'x-axis tick label')).toEqual(['10', '100', '1,000', '10,000', '100,000', '1,000,000']);
    expect(texts(doc, 'text').sort()).toEqual(['2023', '2024']);
    expect(texts(doc, 'y-axis tick label')[0]).toBe('China');
    expect(spec.caption).toMatch(/logarithmic/);
  });

  test('a log axis refuses zeros instead of dropping them silently', () => {
    expect(() =>
      dumbbell({
        id: 'z',
        title: 't',
        caption: 'c',
        alt: 'a',
        fromLabel: '2023',
        toLabel: '2024',
        xLabel: 'x',
        items: [{ label: 'A', from: 0, to: 5, row: {} }],
        tickFormat: String,
        columns: [],
        units: [],
        sourceIds: ['S01'],
        asOf: '2025',
        notes: [],
      }),
    ).toThrow(/logarithmic axis cannot show zero/);
  });
});

describe('value-chain shares', () => {
  test('four bands on a 0–100% axis, projections labelled and dashed', () => {
    const { doc } = svgOf('china-value-chain');
    expect(texts(doc, 'y-axis tick label')).toEqual([
      'Mining, 2023',
      'Mining, 2030 (projected)',
      'Refining, 2023',
      'Refining, 2030 (projected)',
    ]);
    expect(texts(doc, 'x-axis tick label')).toEqual(['0', '25', '50', '75', '100']);
    expect(texts(doc, 'text')).toEqual(expect.arrayContaining(['62%', '92%', '54% projected', '77% projected']));
    expect(doc.querySelector('g[data-mark="bar"][stroke-dasharray="4,3"]')).not.toBeNull();
  });
});

describe('timeline', () => {
  const d = loadDatasets();

  test('every event is one marker and one label; the left column names the kind', () => {
    const { doc } = svgOf('partnership-timeline');
    expect(marks(doc, 'dot', 'path')).toBe(d.events.length);
    expect(texts(doc, 'text').sort()).toEqual(d.events.map((e) => e.label).sort());
    const kinds = new Set(texts(doc, 'y-axis tick label'));
    expect(kinds).toEqual(new Set(['Legislation', 'Agreement', 'Meeting', 'Export control', 'Discovery', 'Investment']));
    const years = texts(doc, 'x-axis tick label');
    expect(years[0]).toBe('2016');
    expect(years.at(-1)).toBe('2026');
  });

  test('month-precision events have hollow markers', () => {
    const { doc } = svgOf('partnership-timeline');
    const hollow = doc.querySelectorAll(`g[data-mark="dot"][fill="${HALO}"] path`).length;
    expect(hollow).toBe(d.events.filter((e) => e.date_precision === 'month').length);
  });

  test('a single-kind timeline labels rows by date instead', () => {
    const { doc } = svgOf('china-export-controls');
    expect(texts(doc, 'y-axis tick label')).toEqual(['21 Dec 2023', '3 Dec 2024', '4 Apr 2025', '9 Oct 2025', '7 Nov 2025', '9 Nov 2025']);
  });

  test('events on the same day keep a stable order', () => {
    const events = d.events.filter((e) => e.date === '2025-11-06');
    const a = eventTimeline({ id: 't', title: 't', caption: 'c', alt: 'a', events, sourceIds: ['S01'], asOf: '2025', notes: [] });
    const b = eventTimeline({
      id: 't',
      title: 't',
      caption: 'c',
      alt: 'a',
      events: [...events].reverse(),
      sourceIds: ['S01'],
      asOf: '2025',
      notes: [],
    });
    expect(a.table.rows).toEqual(b.table.rows);
  });
});

describe('map of Kazakhstan', () => {
  test('country shapes, one dashed uncertainty circle labelled approximate, country names', () => {
    const spec = getChart('kazakhstan-deposits-map');
    const { doc, svg } = svgOf('kazakhstan-deposits-map');
    const geo = doc.querySelectorAll('g[data-mark="geo"]');
    expect(geo.length).toBe(3); // neighbours, Kazakhstan, uncertainty circles
    const circle = geo[2]!;
    expect(circle.getAttribute('stroke-dasharray')).toBe('3,2');
    expect(circle.querySelectorAll('path').length).toBe(1);
    // The circle is small: its projected extent is tens of pixels, not the whole frame (ring winding is right).
    const nums = (circle.querySelector('path')!.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = nums.filter((_, i) => i % 2 === 0);
    const extent = Math.max(...xs) - Math.min(...xs);
    expect(extent).toBeGreaterThan(10);
    expect(extent).toBeLessThan(100);
    const labels = texts(doc, 'text');
    expect(labels).toContain('Kazakhstan');
    expect(labels).toEqual(expect.arrayContaining(['Russia', 'China', 'Uzbekistan', 'Kyrgyzstan']));
    expect(labels.some((l) => l.includes('approximate location (±175 km)'))).toBe(true);
    expect(spec.table.rows.map((r) => r.location_precision)).toEqual(['approximate', 'approximate']);
    expect(spec.notes.join(' ')).toMatch(/Not mapped \(no coordinates in the sources\): Kundybai \(unverified\), Akbulak/);
    expect(svg.length).toBeLessThan(12_000);
  });

  test('the alt text gives the coordinates with one decimal as in the data', () => {
    expect(getChart('kazakhstan-deposits-map').alt).toMatch(/around 50\.0° N, 76\.2° E in the Karaganda region/);
  });
});
