import * as Plot from '@observablehq/plot';
import { assembleSpec, type SpecText, type CellValue, type ChartColumn, type ChartSpec } from './types.ts';
import { BASE, HALO, HIGHLIGHT, NARROW_WIDTH, WIDTH, labelMargin, xAxis } from './theme.ts';

/**
 * Change between two years per item, as a "dumbbell": a hollow dot for the first year, a filled dot for the
 * second, joined by a line. With only two years per country this is more honest than a line chart, which
 * would suggest a trend between points that were never observed.
 */
export interface DumbbellItem {
  label: string;
  from: number;
  to: number;
  row: Record<string, CellValue>;
}

export interface DumbbellInput extends SpecText {
  items: DumbbellItem[];
  fromLabel: string;
  toLabel: string;
  /** The axis is logarithmic (the values span several orders of magnitude): the label and caption must say so. */
  xLabel: string;
  tickFormat: (value: number) => string;
  columns: ChartColumn[];
  units: string[];
}

const ROW_HEIGHT = 26;
const NARROW_ROW = 40;

export function dumbbell(input: DumbbellInput): ChartSpec {
  const items = [...input.items].sort((a, b) => b.to - a.to || b.from - a.from || a.label.localeCompare(b.label));
  if (items.some((d) => d.from <= 0 || d.to <= 0)) {
    throw new Error(`chart "${input.id}": a logarithmic axis cannot show zero or negative values; leave those rows out and say so`);
  }
  const values = items.flatMap((d) => [d.from, d.to]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  // Whole decades around the data, so the axis reads 10, 100, 1,000 … and every tick is labelled.
  const domain: [number, number] = [10 ** Math.floor(Math.log10(min)), 10 ** Math.ceil(Math.log10(max))];
  const ticks = decades(domain);

  // Key the two years once, directly above the top row (a direct label instead of a legend). The labels
  // point away from each other, so they never collide however close the two dots are.
  const keyed = items[0]!;
  const keyRows = [
    { x: keyed.from, y: keyed.label, text: input.fromLabel, anchor: keyed.from <= keyed.to ? 'end' : 'start' },
    { x: keyed.to, y: keyed.label, text: input.toLabel, anchor: keyed.from <= keyed.to ? 'start' : 'end' },
  ] as const;

  // The wide and the phone drawing share their scale, their dumbbells and the year key.
  const x = (ticks: number[], grid = true) => xAxis(input.xLabel, { type: 'log', domain, ticks, grid, tickFormat: input.tickFormat });
  const dumbbells = (keyDy: number): Plot.Markish[] => [
    Plot.link(items, { x1: 'from', x2: 'to', y1: 'label', y2: 'label', stroke: 'currentColor', strokeOpacity: 0.45, strokeWidth: 2 }),
    // A ring for the first year and a smaller solid dot for the second: when the values are equal the dot
    // sits inside the ring and both stay visible.
    Plot.dot(items, { x: 'from', y: 'label', r: 6, stroke: BASE, strokeWidth: 2, fill: HALO }),
    Plot.dot(items, { x: 'to', y: 'label', r: 3.5, fill: HIGHLIGHT }),
    ...keyRows.map((k) =>
      Plot.text([k], {
        x: 'x',
        y: 'y',
        text: 'text',
        textAnchor: k.anchor,
        dx: k.anchor === 'end' ? -5 : 5,
        dy: keyDy,
        fontWeight: 'bold',
      }),
    ),
  ];

  const plot = (): Plot.PlotOptions => ({
    width: WIDTH,
    height: items.length * ROW_HEIGHT + 56,
    marginLeft: labelMargin(items.map((d) => d.label)),
    marginRight: 44,
    marginTop: 16,
    marginBottom: 40,
    x: x(ticks),
    y: { domain: items.map((d) => d.label), label: null, tickSize: 0, padding: 0.3 },
    marks: dumbbells(-12),
  });

  // Phone layout: each label above its row, the dumbbells across the full width, every other decade
  // labelled (grid lines stay at every decade), no tick label at the right edge.
  const narrowPlot = (): Plot.PlotOptions => ({
    width: NARROW_WIDTH,
    height: items.length * NARROW_ROW + 52,
    marginLeft: 8,
    marginRight: 12,
    marginTop: 24,
    marginBottom: 36,
    x: x(
      ticks.filter((_, i) => i % 2 === 0 && i < ticks.length - 1),
      false,
    ),
    y: { domain: items.map((d) => d.label), axis: null, padding: 0.5 },
    marks: [
      Plot.gridX(ticks),
      Plot.text(items, { x: domain[0], y: 'label', text: 'label', textAnchor: 'start', dx: -4, dy: -16 }),
      // The year key sits on the top row's label line.
      ...dumbbells(-16),
    ],
  });

  return assembleSpec('dumbbell', input, {
    plot,
    narrowPlot,
    table: { columns: input.columns, rows: items.map((d) => d.row) },
    units: input.units,
  });
}

/** Powers of ten from domain[0] to domain[1]. */
function decades([lo, hi]: [number, number]): number[] {
  const out: number[] = [];
  for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
}
