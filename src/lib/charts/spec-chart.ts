import { readFileSync } from 'node:fs';
import * as Plot from '@observablehq/plot';
import { z } from 'astro/zod';
import { asOfSchema } from '../../schemas/data-catalogue.ts';
import { datasetIds, datasetTable, type ColumnInfo, type DatasetTable } from '../data/columns.ts';
import { DataError, type DataProblem } from '../data/errors.ts';
import { sortSourceIds, type Datasets } from '../data/load.ts';
import { displayPath } from '../data/paths.ts';
import { didYouMean } from '../data/suggest.ts';
import { factText } from '../data/facts.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { rankedBars } from './ranked-bars.ts';
import { BASE, HALO, HIGHLIGHT, NARROW_WIDTH, WIDTH, chartColor, labelMargin, textWidth, xAxis, type PaletteName } from './theme.ts';
import { assembleSpec, type CellValue, type ChartColumn, type ChartSpec, type ColumnType, type LegendEntry } from './types.ts';

/**
 * Charts declared in data/charts/<id>.json: a dataset, a filter, a mark and the columns on each axis. The
 * file is validated against the dataset's columns (a typo fails the build naming the file and the nearest
 * names) and turned into the same ChartSpec the named charts produce, so the figure, table, downloads and
 * checks are the same.
 */

export const MARKS = ['bar', 'line', 'dot', 'area'] as const;
const scalar = z.union([z.string(), z.number()]);
const match = z.union([scalar, z.array(scalar).min(1)]);

export const chartSpecFileSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().min(5, 'expected a title'),
    caption: z.string().min(10, 'expected a caption: one sentence with the takeaway'),
    /** Text alternative; written from the plotted rows when left out. */
    alt: z.string().min(10).optional(),
    data: z.string().min(1, 'expected a dataset id from data/datasets.json'),
    /** Keep only rows whose column has this value (or one of these values). */
    filter: z.record(z.string(), match).optional(),
    /** Leave out rows whose column has this value (or one of these values). */
    exclude: z.record(z.string(), match).optional(),
    /** Leave out rows like "exclude", and name them where the caption or a note says {hidden}. */
    hide: z.record(z.string(), match).optional(),
    mark: z.enum(MARKS, {
      error: (i) => `expected a mark: ${MARKS.join(', ')}, got ${JSON.stringify(i.input)}.${didYouMean(String(i.input), MARKS)}`,
    }),
    x: z.string().min(1),
    y: z.string().min(1),
    color: z.string().min(1).optional(),
    /** Draw the rows with this value in the highlight colour (bars and dots). */
    highlight: z.record(z.string(), scalar).optional(),
    /** Order of bars: by value ("x", "-x" descending) or by label ("y", "-y"); default largest first. */
    sort: z.enum(['x', '-x', 'y', '-y']).optional(),
    /** Bars placed after the sorted ones, whatever their value (e.g. "Other countries"). */
    last: z.record(z.string(), match).optional(),
    /** Text after a bar's value label, by the bar's label: { "China": "(quota)" }. */
    annotate: z.record(z.string(), z.string().min(1)).optional(),
    x_label: z.string().min(1).optional(),
    y_label: z.string().min(1).optional(),
    /** The columns of the table and the downloads, in order; default: the plotted columns. */
    table: z.array(z.string()).min(1).optional(),
    sources: z.array(z.string().regex(/^S\d{2,3}$/, 'expected a source id such as "S01"')).optional(),
    notes: z.array(z.string().min(5)).default([]),
    as_of: asOfSchema.optional(),
  })
  .strict();

export type ChartSpecFile = z.output<typeof chartSpecFileSchema>;

const NUMERIC = new Set(['number', 'integer']);
const PALETTE: PaletteName[] = ['blue', 'orange', 'bluishGreen', 'vermillion', 'reddishPurple', 'skyBlue'];
const ROW_GAP = 26;

type Row = Record<string, unknown>;

/** Reads, validates and builds the chart in `file`; every problem is a DataError naming the file. */
export function chartFromSpecFile(file: string, id: string, datasets: Datasets): ChartSpec {
  const shown = displayPath(file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataError(shown, [{ message: `expected a readable JSON chart spec: ${(error as Error).message}` }]);
  }
  return chartFromSpec(json, id, datasets, shown);
}

/** Validates a parsed spec against the datasets and builds the chart; `shown` is the file named in errors. */
export function chartFromSpec(json: unknown, id: string, datasets: Datasets, shown: string): ChartSpec {
  const fail = (problems: DataProblem[]): never => {
    throw new DataError(shown, problems);
  };
  const parsed = chartSpecFileSchema.safeParse(json);
  if (!parsed.success) {
    fail(parsed.error.issues.map((i) => ({ message: `${i.path.length ? `field "${i.path.join('.')}": ` : ''}${i.message}` })));
  }
  const spec = parsed.data!;
  const table = datasetTable(datasets, spec.data);
  if (!table) {
    return fail([
      {
        message: `field "data": unknown dataset "${spec.data}".${didYouMean(spec.data, datasetIds(datasets))} Datasets: ${datasetIds(datasets).join(', ')}.`,
      },
    ]);
  }
  const problems = checkColumns(spec, table, datasets);
  if (problems.length > 0) fail(problems);

  const kept = table.rows.filter((r) => matches(r, spec.filter, true) && !matches(r, spec.exclude, false));
  const rows = kept.filter((r) => !matches(r, spec.hide, false));
  const hidden = kept.filter((r) => matches(r, spec.hide, false));
  if (rows.length === 0) fail([{ message: `field "filter": no rows of "${spec.data}" match ${JSON.stringify(spec.filter ?? {})}` }]);
  for (const r of rows) {
    const empty = plotted(spec).find((c) => r[c] === null || r[c] === undefined || r[c] === '');
    if (empty)
      fail([
        { message: `the row on line ${String(r.line)} of "${spec.data}" has no value in column "${empty}"; filter it out or fill it in` },
      ]);
  }
  try {
    return build(spec, id, table, rows, hidden, datasets);
  } catch (error) {
    return fail([{ message: (error as Error).message }]);
  }
}

function checkColumns(spec: ChartSpecFile, table: DatasetTable, datasets: Datasets): DataProblem[] {
  const names = [...table.columns.keys()];
  const problems: DataProblem[] = [];
  const need = (field: string, column: string) => {
    if (!table.columns.has(column)) {
      problems.push({
        message: `field "${field}": unknown column "${column}" in dataset "${spec.data}".${didYouMean(column, names)} Columns: ${names.join(', ')}.`,
      });
      return false;
    }
    return true;
  };
  need('x', spec.x);
  need('y', spec.y);
  if (spec.color) need('color', spec.color);
  for (const [field, record] of [
    ['filter', spec.filter],
    ['exclude', spec.exclude],
    ['hide', spec.hide],
    ['highlight', spec.highlight],
    ['last', spec.last],
  ] as const) {
    for (const [column, value] of Object.entries(record ?? {})) {
      if (!need(`${field}.${column}`, column)) continue;
      const present = new Set(table.rows.map((r) => String(r[column])));
      for (const v of [value].flat()) {
        if (!present.has(String(v)))
          problems.push({
            message: `field "${field}.${column}": no row has the value ${JSON.stringify(v)}.${didYouMean(String(v), present)}`,
          });
      }
    }
  }
  for (const column of spec.table ?? []) need('table', column);
  if (spec.table && problems.length === 0) {
    const missing = plotted(spec).filter((c) => !spec.table!.includes(c));
    if (missing.length > 0)
      problems.push({
        message: `field "table": expected the plotted columns in the table too; add ${missing.map((c) => `"${c}"`).join(', ')}`,
      });
  }
  for (const [field, text] of [
    ['caption', spec.caption],
    ['alt', spec.alt ?? ''],
    ...spec.notes.map((n, i) => [`notes.${i}`, n] as const),
  ] as const) {
    for (const [, key] of text.matchAll(/\{([^}]*)\}/g)) {
      if (key === 'hidden') {
        if (!spec.hide)
          problems.push({ message: `field "${field}": {hidden} names the rows left out by "hide", but the spec has no "hide"` });
      } else if (!datasets.factById.has(key!)) {
        problems.push({
          message: `field "${field}": {${key}} is not a fact id in data/facts.csv.${didYouMean(key!, datasets.factById.keys())}`,
        });
      }
    }
  }
  for (const s of spec.sources ?? []) {
    if (!datasets.sourceById.has(s))
      problems.push({ message: `field "sources": "${s}" is not in data/sources.csv.${didYouMean(s, datasets.sourceById.keys())}` });
  }
  if (problems.length > 0) return problems;

  const x = table.columns.get(spec.x)!;
  const y = table.columns.get(spec.y)!;
  const numeric = (c: ColumnInfo) => NUMERIC.has(c.type);
  if (spec.mark === 'bar' && numeric(x) === numeric(y) && !(numeric(y) && x.type === 'date')) {
    problems.push({
      message: `field "mark": a bar needs one numeric axis and one categorical axis; "${spec.x}" is ${x.type} and "${spec.y}" is ${y.type}`,
    });
  }
  if ((spec.mark === 'line' || spec.mark === 'area') && !(numeric(y) && (numeric(x) || x.type === 'date'))) {
    problems.push({
      message: `field "mark": a ${spec.mark} needs a numeric or date "x" and a numeric "y"; "${spec.x}" is ${x.type} and "${spec.y}" is ${y.type}`,
    });
  }
  if (spec.mark === 'dot' && !numeric(x) && !numeric(y)) {
    problems.push({
      message: `field "mark": a dot chart needs at least one numeric axis; "${spec.x}" is ${x.type} and "${spec.y}" is ${y.type}`,
    });
  }
  return problems;
}

const plotted = (spec: ChartSpecFile) => [spec.x, spec.y, ...(spec.color ? [spec.color] : [])];

function matches(row: Row, record: Record<string, unknown> | undefined, whenEmpty: boolean): boolean {
  const entries = Object.entries(record ?? {});
  if (entries.length === 0) return whenEmpty;
  const test = ([column, value]: [string, unknown]) => [value].flat().some((v) => String(v) === String(row[column]));
  return whenEmpty ? entries.every(test) : entries.some(test);
}

const isYear = (c: ColumnInfo) => c.type === 'integer' && /year/i.test(c.name);
const axisLabel = (c: ColumnInfo, override?: string) => override ?? (c.unit ? `${c.label} (${c.unit})` : c.label);

function columnType(c: ColumnInfo): ColumnType {
  if (isYear(c)) return 'year';
  if (NUMERIC.has(c.type)) return c.unit === '%' ? 'percent' : 'number';
  if (c.type === 'date') return 'date';
  if (c.type === 'source-ids') return 'source-ids';
  return 'text';
}

function formatValue(c: ColumnInfo, v: unknown): string {
  if (typeof v !== 'number') return String(v);
  if (isYear(c)) return String(v);
  return c.unit === '%' ? formatPercent(v) : formatNumber(v);
}

function cell(v: unknown): CellValue {
  if (Array.isArray(v)) return v.join(';');
  if (v === undefined) return null;
  return v as CellValue;
}

/** "2024-11" → a Date in the middle of nothing: the first instant of the period, in UTC. */
const toDate = (s: string) => new Date(`${s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s}T00:00:00Z`);

/** "A, B and C", as the captions and notes write a list. */
export const list = (items: string[]) => new Intl.ListFormat('en-GB').format(items);

function build(spec: ChartSpecFile, id: string, table: DatasetTable, rows: Row[], hidden: Row[], datasets: Datasets): ChartSpec {
  const x = table.columns.get(spec.x)!;
  const y = table.columns.get(spec.y)!;
  const color = spec.color ? table.columns.get(spec.color)! : undefined;
  const entry = datasets.catalogue.datasets.find((e) => e.id === spec.data)!;

  // The table: the spec's columns, or the category first, then the colour, then the values.
  const categorical = [x, y].filter((c) => !NUMERIC.has(c.type) || isYear(c));
  const ordered = spec.table
    ? spec.table.map((c) => table.columns.get(c)!)
    : [...new Map([...categorical, ...(color ? [color] : []), x, y].map((c) => [c.name, c])).values()];
  const columns: ChartColumn[] = ordered.map((c) => ({
    key: c.name,
    label: c.label,
    ...(c.unit ? { unit: c.unit } : {}),
    type: columnType(c),
  }));
  const tableRow = (r: Row) => Object.fromEntries(columns.map((c) => [c.key, cell(r[c.key])]));

  const rowSources = rows.flatMap((r) => (Array.isArray(r.source_id) ? (r.source_id as string[]) : []));
  const valueColumn = NUMERIC.has(y.type) && !isYear(y) ? y : x;
  // {F03} is a fact from data/facts.csv as printed in prose; {hidden} lists the labels of the hidden rows.
  const category = NUMERIC.has(y.type) ? x : y;
  const fill = (t: string) =>
    t.replace(/\{([^}]*)\}/g, (_, key: string) =>
      key === 'hidden' ? list(hidden.map((r) => String(r[category.name]))) : factText(datasets.factById.get(key)!),
    );
  const notes = spec.notes.filter((n) => !(n.includes('{hidden}') && hidden.length === 0)).map(fill);
  const factSources = [spec.caption, ...spec.notes].flatMap((t) =>
    [...t.matchAll(/\{(F[^}]*)\}/g)].flatMap(([, key]) => datasets.factById.get(key!)!.source_id),
  );
  const sourceIds = sortSourceIds([...(spec.sources ?? []), ...(entry.sources ?? []), ...rowSources, ...factSources]);
  const text = {
    id,
    title: spec.title,
    caption: fill(spec.caption),
    sourceIds,
    asOf: spec.as_of ?? entry.as_of,
    notes,
  };
  const units = valueColumn.unit ? [valueColumn.unit] : [];
  const highlighted = (r: Row) => Object.entries(spec.highlight ?? {}).some(([c, v]) => String(r[c]) === String(v));
  const keys = color ? [...new Set(rows.map((r) => String(r[color.name])))] : [];
  if (keys.length > PALETTE.length)
    throw new Error(`field "color": "${color!.name}" has ${keys.length} values; at most ${PALETTE.length} colours can be told apart`);
  const colourOf = (r: Row) => (color ? chartColor(PALETTE[keys.indexOf(String(r[color.name]))]!) : highlighted(r) ? HIGHLIGHT : BASE);
  const legend: LegendEntry[] | undefined = color ? keys.map((k, i) => ({ label: k, color: chartColor(PALETTE[i]!) })) : undefined;

  if (spec.mark === 'bar' && !NUMERIC.has(y.type) && NUMERIC.has(x.type)) {
    const sorted = sortRows(rows, spec.sort ?? '-x', x.name, y.name, (r) => matches(r, spec.last, false));
    const labels = sorted.map((r) => String(r[y.name]));
    const dup = labels.find((l, i) => labels.indexOf(l) !== i);
    if (dup) throw new Error(`two rows have ${y.name} "${dup}"; filter the data to one row per bar`);
    for (const key of Object.keys(spec.annotate ?? {})) {
      if (!labels.includes(key)) throw new Error(`field "annotate": no bar is labelled "${key}".${didYouMean(key, labels)}`);
    }
    return rankedBars({
      ...text,
      alt: spec.alt
        ? fill(spec.alt)
        : `Horizontal bar chart: ${spec.title}. ${sorted.length} bars${sorted.length > 4 ? ', the first four' : ''}: ${list(sorted.slice(0, 4).map((r) => `${String(r[y.name])} ${formatValue(x, r[x.name])}${x.unit && x.unit !== '%' ? ` ${x.unit}` : ''}`))}.`,
      items: sorted.map((r) => ({
        label: String(r[y.name]),
        value: r[x.name] as number,
        highlight: highlighted(r),
        fill: color ? colourOf(r) : undefined,
        annotation: spec.annotate?.[String(r[y.name])],
        row: tableRow(r),
      })),
      xLabel: axisLabel(x, spec.x_label),
      tickFormat: (v) => formatNumber(v),
      valueLabel: (v) => formatValue(x, v),
      columns,
      units,
      order: 'given',
      legend,
    });
  }

  const sorted =
    spec.mark === 'bar' ? sortRows(rows, spec.sort ?? 'x', x.name, y.name) : [...rows].sort((a, b) => compare(a[x.name], b[x.name]));
  const pos = (c: ColumnInfo) => (r: Row) =>
    c.type === 'date' ? toDate(String(r[c.name])) : NUMERIC.has(c.type) ? (r[c.name] as number) : String(r[c.name]);
  const data = sorted.map((r) => ({
    x: pos(x)(r),
    y: pos(y)(r),
    fill: colourOf(r),
    key: color ? String(r[color.name]) : '',
    label: color ? String(r[color.name]) : '',
    r,
  }));
  const tickFormat = (c: ColumnInfo) =>
    c.type === 'date' ? undefined : isYear(c) ? (v: number) => String(v) : NUMERIC.has(c.type) ? (v: number) => formatNumber(v) : undefined;
  const yCategories = !NUMERIC.has(y.type) ? [...new Set(sorted.map((r) => String(r[y.name])))] : undefined;
  const xCategories = !NUMERIC.has(x.type) && x.type !== 'date' ? [...new Set(sorted.map((r) => String(r[x.name])))] : undefined;
  const directLabels = color && (spec.mark === 'line' || spec.mark === 'area');
  const lastLabels = directLabels ? keys.map((k) => data.filter((d) => d.key === k).at(-1)!) : [];
  const marginLeft = yCategories ? labelMargin(yCategories) : 56;
  const marginRight = directLabels ? Math.min(200, Math.max(...keys.map((k) => textWidth(k))) + 16) : 24;
  const kind = spec.mark === 'bar' ? 'columns' : spec.mark;
  const z = color ? 'key' : undefined;
  const height = yCategories ? yCategories.length * ROW_GAP + 56 : 320;

  // The phone drawing is the same chart at NARROW_WIDTH with half the ticks, so its 12 px text stays at least
  // 11 CSS px on a 320 px screen and no value sits off to the side of a scrolling box.
  const years = data.map((d) => d.x as number);
  const plot = (narrow = false, tickCount = narrow ? 3 : 6): Plot.PlotOptions => ({
    width: narrow ? NARROW_WIDTH : WIDTH,
    height,
    marginLeft,
    marginRight: narrow ? Math.min(marginRight, 100) : marginRight,
    marginTop: 16,
    marginBottom: 40,
    x: xAxis(axisLabel(x, spec.x_label), {
      ...(xCategories
        ? { domain: xCategories, padding: 0.2, tickSize: 0, grid: false }
        : { grid: !!yCategories, ticks: isYear(x) ? yearTicks(years, tickCount) : tickCount }),
      type: x.type === 'date' ? 'utc' : undefined,
      tickFormat: tickFormat(x),
    }),
    y: {
      ...(yCategories
        ? { domain: yCategories, tickSize: 0, padding: 0.3 }
        : { grid: true, ticks: 5, zero: spec.mark === 'dot' ? undefined : true }),
      label: yCategories ? null : axisLabel(y, spec.y_label),
      labelAnchor: 'top',
      labelArrow: 'none',
      tickFormat: tickFormat(y),
    },
    marks: [
      ...(spec.mark === 'bar' ? [Plot.barY(data, { x: 'x', y: 'y', fill: 'fill' }), Plot.ruleY([0])] : []),
      ...(spec.mark === 'area'
        ? [Plot.areaY(data, { x: 'x', y: 'y', z, fill: color ? 'fill' : BASE, fillOpacity: 0.25 }), Plot.ruleY([0])]
        : []),
      ...(spec.mark === 'line' || spec.mark === 'area'
        ? [Plot.line(data, { x: 'x', y: 'y', z, stroke: color ? 'fill' : BASE, strokeWidth: 2 })]
        : []),
      ...(spec.mark === 'line' ? [Plot.dot(data, { x: 'x', y: 'y', fill: 'fill', r: 2.5 })] : []),
      ...(spec.mark === 'dot' ? [Plot.dot(data, { x: 'x', y: 'y', fill: 'fill', r: 4.5 })] : []),
      ...(spec.mark === 'bar'
        ? [
            Plot.text(data, {
              x: 'x',
              y: 'y',
              text: (d: (typeof data)[number]) => formatValue(y, d.r[y.name]),
              dy: -7,
              lineAnchor: 'bottom',
            }),
          ]
        : []),
      ...(directLabels
        ? [
            Plot.text(lastLabels, {
              x: 'x',
              y: 'y',
              text: 'label',
              textAnchor: 'start',
              dx: 6,
              fill: 'fill',
              stroke: HALO,
              strokeWidth: 3,
              paintOrder: 'stroke',
            }),
          ]
        : []),
    ],
  });

  const alt = spec.alt
    ? fill(spec.alt)
    : `${spec.mark === 'bar' ? 'Column' : spec.mark === 'line' ? 'Line' : spec.mark === 'area' ? 'Area' : 'Dot'} chart: ${spec.title}. ${axisLabel(y, spec.y_label)} against ${axisLabel(x, spec.x_label).toLowerCase()}${color ? `, one ${spec.mark === 'bar' ? 'colour' : 'series'} per ${color.label.toLowerCase()} (${list(keys)})` : ''}; ${sorted.length} values from ${formatValue(x, sorted[0]![x.name])} to ${formatValue(x, sorted.at(-1)![x.name])}.`;
  return assembleSpec(
    kind,
    { ...text, alt },
    {
      plot: () => plot(),
      narrowPlot: () => plot(true),
      table: { columns, rows: sorted.map(tableRow) },
      units,
      legend: directLabels ? undefined : legend,
    },
  );
}

/** Whole years only: every year when there are few, otherwise about `count` evenly spaced. */
function yearTicks(years: number[], count: number): number[] {
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  const step = Math.max(1, Math.ceil((hi - lo) / count));
  const out: number[] = [];
  for (let y = lo; y <= hi; y += step) out.push(y);
  return out;
}

function compare(a: unknown, b: unknown): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/** Rows in the spec's order, ties by the other axis (stable across builds), rows marked `last` at the end. */
function sortRows(
  rows: Row[],
  sort: NonNullable<ChartSpecFile['sort']>,
  x: string,
  y: string,
  last: (r: Row) => boolean = () => false,
): Row[] {
  const [by, other] = sort.endsWith('x') ? [x, y] : [y, x];
  const sign = sort.startsWith('-') ? -1 : 1;
  const sorted = [...rows].sort((a, b) => sign * compare(a[by], b[by]) || compare(a[other], b[other]));
  return [...sorted.filter((r) => !last(r)), ...sorted.filter(last)];
}
