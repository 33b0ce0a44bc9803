import * as Plot from '@observablehq/plot';
import { assembleSpec, type SpecText, type CellValue, type ChartColumn, type ChartSpec } from './types.ts';
import { BASE, HIGHLIGHT, NARROW_WIDTH, ON_BAR, WIDTH, labelMargin, textWidth, xAxis } from './theme.ts';

/** One bar: a label, its value, and the table row that records it. */
export interface RankedBarItem {
  label: string;
  value: number;
  /** Drawn in the highlight colour; the label already names it, so colour is never the only cue. */
  highlight?: boolean;
  /** Placed after the ranked bars whatever its value ("Other countries"). */
  pinLast?: boolean;
  /** Bar colour when it stands for a column's value (default: BASE, or HIGHLIGHT when highlighted). */
  fill?: string;
  /** Extra text after the value label ("of which 3.3 Mt JORC"). */
  annotation?: string;
  /** The table row for this bar (same keys as `columns`). */
  row: Record<string, CellValue>;
}

export interface RankedBarsInput extends SpecText {
  items: RankedBarItem[];
  /** Axis label with the unit, e.g. "Mine production, 2024 (t REO)". */
  xLabel: string;
  /** Upper end of the axis when it should not simply be the largest value (100 for shares of a whole). */
  xMax?: number;
  /** Formats tick values (e.g. tonnes shown as Mt). */
  tickFormat: (value: number) => string;
  /** Formats the value label at the end of each bar. */
  valueLabel: (value: number) => string;
  columns: ChartColumn[];
  units: string[];
  /** "given" keeps the items' order (a chart spec's sort); the default ranks them, largest first. */
  order?: 'ranked' | 'given';
  legend?: ChartSpec['legend'];
}

/** Bars longer than this share of the axis carry their label inside, so it never runs off the chart. */
const INSIDE_THRESHOLD = 0.72;
const ROW_HEIGHT = 26;
const NARROW_ROW = 40;

/** Ranked horizontal bars: largest first (ties by label), pinned items last, each bar labelled with its value. */
export function rankedBars(input: RankedBarsInput): ChartSpec {
  const items = input.order === 'given' ? input.items : orderItems(input.items);
  const largest = Math.max(...items.map((d) => d.value));
  if (!(largest > 0)) throw new Error(`chart "${input.id}": expected at least one positive value`);
  if (input.xMax !== undefined && input.xMax < largest)
    throw new Error(`chart "${input.id}": xMax ${input.xMax} is below the largest value ${largest}`);
  const max = input.xMax ?? largest;
  const labelled = items.map((d) => ({
    ...d,
    text: d.annotation ? `${input.valueLabel(d.value)} ${d.annotation}` : input.valueLabel(d.value),
  }));
  type Labelled = (typeof labelled)[number];
  const marginLeft = labelMargin(items.map((d) => d.label));
  // Widen the right margin just enough for the longest value label that sits beyond its bar's end.
  const marginRight = (inside: (d: Labelled) => boolean, width: number, least: number, most: number, pad: number) => {
    let right = least;
    for (let pass = 0; pass < 3; pass++) {
      const plotWidth = width - right;
      const overflow = Math.max(
        0,
        ...labelled.filter((d) => !inside(d)).map((d) => 5 + textWidth(d.text) - plotWidth * (1 - d.value / max)),
      );
      right = Math.min(most, Math.max(least, Math.ceil(overflow) + pad));
    }
    return right;
  };

  // The wide and the phone drawing share their scale, their bars and their value labels.
  const x = (ticks: number) => xAxis(input.xLabel, { domain: [0, max], tickFormat: input.tickFormat, ticks });
  const bars = () => Plot.barX(labelled, { x: 'value', y: 'label', fill: (d: Labelled) => d.fill ?? (d.highlight ? HIGHLIGHT : BASE) });
  const values = (inside: (d: Labelled) => boolean) => [
    Plot.text(
      labelled.filter((d) => !inside(d)),
      { x: 'value', y: 'label', text: 'text', textAnchor: 'start', dx: 5 },
    ),
    Plot.text(labelled.filter(inside), {
      x: 'value',
      y: 'label',
      text: 'text',
      textAnchor: 'end',
      dx: -6,
      fill: ON_BAR,
      fontWeight: 'bold',
    }),
  ];

  const wideInside = (d: Labelled) => d.value / max > INSIDE_THRESHOLD;
  const plot = (): Plot.PlotOptions => ({
    width: WIDTH,
    height: items.length * ROW_HEIGHT + 48,
    marginLeft,
    marginRight: marginRight(wideInside, WIDTH - marginLeft, 24, 240, 6),
    marginTop: 8,
    marginBottom: 40,
    x: x(5),
    y: { domain: items.map((d) => d.label), label: null, tickSize: 0, padding: 0.25 },
    marks: [bars(), ...values(wideInside), Plot.ruleX([0])],
  });

  // Phone layout: each label above its bar, bars across the full width, value labels beyond the bar's end
  // (inside it when the bar is long), three ticks, no baseline through the labels.
  const narrowInside = (d: Labelled) => d.value / max > 0.5 && (d.value / max) * (NARROW_WIDTH - 70) > textWidth(d.text) + 12;
  const narrowPlot = (): Plot.PlotOptions => ({
    width: NARROW_WIDTH,
    height: items.length * NARROW_ROW + 44,
    marginLeft: 4,
    marginRight: marginRight(narrowInside, NARROW_WIDTH - 4, 16, 150, 4),
    marginTop: 16,
    marginBottom: 36,
    x: x(3),
    y: { domain: items.map((d) => d.label), axis: null, padding: 0.5 },
    marks: [bars(), Plot.text(labelled, { x: 0, y: 'label', text: 'label', textAnchor: 'start', dy: -17 }), ...values(narrowInside)],
  });

  return assembleSpec('ranked-bars', input, {
    plot,
    narrowPlot,
    table: { columns: input.columns, rows: items.map((d) => d.row) },
    units: input.units,
    legend: input.legend,
  });
}

/** Descending by value, ties by label (stable across builds), pinned items last in their given order. */
export function orderItems<T extends { label: string; value: number; pinLast?: boolean }>(items: readonly T[]): T[] {
  const ranked = items.filter((d) => !d.pinLast).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  return [...ranked, ...items.filter((d) => d.pinLast)];
}
