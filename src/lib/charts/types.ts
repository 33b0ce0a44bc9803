import type { PlotOptions } from '@observablehq/plot';

/** The kinds of chart the builders make; one builder module per kind. */
export type ChartKind = 'ranked-bars' | 'dumbbell' | 'value-chain' | 'timeline' | 'map' | 'columns' | 'line' | 'area' | 'dot';

/** A colour key shown above a chart whose colours stand for a column's values. */
export interface LegendEntry {
  label: string;
  color: string;
}

export type CellValue = string | number | boolean | null;

/** How a table column is shown; CSV and JSON downloads always carry the raw value. */
export type ColumnType = 'text' | 'number' | 'year' | 'percent' | 'date' | 'source-ids';

export interface ChartColumn {
  /** Key in each row; also the CSV header. */
  key: string;
  /** Header shown in the table. */
  label: string;
  /** Unit of the values, shown in the header ("t REO", "%"). */
  unit?: string;
  type: ColumnType;
}

/** Exactly the rows a chart plots, with typed, labelled columns. The CSV download is this table. */
export interface ChartTable {
  columns: ChartColumn[];
  rows: Array<Record<string, CellValue>>;
}

/**
 * Everything needed to draw a chart and to publish it as a complete figure. Built by pure functions from
 * validated rows; render-svg.ts turns `plot` into SVG, Figure.astro adds caption, sources and table.
 */
export interface ChartSpec {
  /** Stable slug: the figure anchor (#fig-<id>) and the download names (/charts/<id>.csv). */
  id: string;
  kind: ChartKind;
  /** Short title shown as "Figure N. Title". */
  title: string;
  /** One or two sentences under the title saying what to see. */
  caption: string;
  /** Text alternative: what the chart shows, with the key numbers (for screen readers). */
  alt: string;
  /**
   * Observable Plot options, without a document (render-svg.ts supplies it). A function, called only when
   * the chart is drawn: the table and the downloads never need the drawing geometry, and for the map it is
   * the costly part (label placement), so a build that only publishes the data skips it.
   */
  plot: () => PlotOptions;
  /**
   * The same chart drawn for a phone (NARROW_WIDTH wide, so 12 px text stays at least 11 CSS px in a
   * 290 px column): labels above the bars, fewer ticks. Figure shows it instead of `plot` in a narrow column.
   */
  narrowPlot?: () => PlotOptions;
  table: ChartTable;
  /** Units of the plotted values. */
  units: string[];
  /** Source ids (registry order), every one in data/sources.csv. */
  sourceIds: string[];
  /** Newest publication the figures come from: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  /** Caveats a reader must see next to the chart. */
  notes: string[];
  /** Colour key, when colour encodes a column and the marks carry no direct labels. */
  legend?: LegendEntry[];
}

/** What every builder passes through to its spec unchanged: the texts, sources, as-of date and notes. */
export type SpecText = Pick<ChartSpec, 'id' | 'title' | 'caption' | 'alt' | 'sourceIds' | 'asOf' | 'notes'>;

/**
 * Assembles a spec from a builder's input and what the builder computed (plot, table, units). The plot
 * options are built on the first call and kept, so drawing a spec again (the figure and its image, other
 * id prefixes, the tests) does not redo the layout (the map's label placement).
 */
export function assembleSpec(
  kind: ChartKind,
  { id, title, caption, alt, sourceIds, asOf, notes }: SpecText,
  built: Pick<ChartSpec, 'plot' | 'table' | 'units' | 'legend' | 'narrowPlot'>,
): ChartSpec {
  let options: PlotOptions | undefined;
  return { id, kind, title, caption, alt, sourceIds, asOf, notes, ...built, plot: () => (options ??= built.plot()) };
}
