import { loadDatasets, type Datasets } from '../data/load.ts';
import { didYouMean } from '../data/suggest.ts';
import { statSync } from 'node:fs';
import path from 'node:path';
import { CHART_IDS, chartIds, chartSpecDir, type ChartId } from './chart-ids.ts';
import { NAMED_CHARTS } from './named-charts.ts';
import { chartFromSpecFile } from './spec-chart.ts';
import type { ChartSpec } from './types.ts';

export { chartIds } from './chart-ids.ts';

/**
 * The chart registry: every chart the site can show, by stable id: a named chart (a builder) or a chart
 * spec (data/charts/<id>.json). Specs are built from the validated datasets and cached per dataset load
 * (and, for spec files, per modification time), so a page with many figures builds each chart once.
 */

export interface ChartOptions {
  /** Data directory (default `<project root>/data`); tests point this at fixtures. */
  dataDir?: string;
}

const cache = new WeakMap<Datasets, Map<string, ChartSpec>>();
const specStamps = new WeakMap<ChartSpec, number>();

const isChartId = (id: string): id is ChartId => (CHART_IDS as readonly string[]).includes(id);

/** The chart with this id. An unknown id throws with the closest known ids, so a typo in MDX is easy to fix. */
export function getChart(id: string, { dataDir }: ChartOptions = {}): ChartSpec {
  const datasets = loadDatasets(dataDir);
  const ids = chartIds(datasets.dir);
  if (!ids.includes(id)) {
    throw new Error(`Unknown chart "${id}".${didYouMean(id, ids)} Known charts: ${ids.join(', ')}.`);
  }
  let specs = cache.get(datasets);
  if (!specs) cache.set(datasets, (specs = new Map()));
  const file = path.join(chartSpecDir(datasets.dir), `${id}.json`);
  const stamp = isChartId(id) ? 0 : statSync(file).mtimeMs;
  let spec = specs.get(id);
  if (!spec || specStamps.get(spec) !== stamp) {
    spec = isChartId(id) ? NAMED_CHARTS[id](datasets) : chartFromSpecFile(file, id, datasets);
    checkSpec(spec, datasets, id);
    specs.set(id, spec);
    specStamps.set(spec, stamp);
  }
  return spec;
}

/** Every named chart's spec, in catalogue order. */
export function listCharts(options: ChartOptions = {}): ChartSpec[] {
  return chartIds(loadDatasets(options.dataDir).dir).map((id) => getChart(id, options));
}

/** Guards the promises a spec makes to the figure and the downloads. */
function checkSpec(spec: ChartSpec, datasets: Datasets, id: string): void {
  const problems: string[] = [];
  if (spec.id !== id) problems.push(`its id is "${spec.id}", expected "${id}"`);
  for (const s of spec.sourceIds) if (!datasets.sourceById.has(s)) problems.push(`source "${s}" is not in data/sources.csv`);
  if (spec.sourceIds.length === 0) problems.push('it names no source');
  if (spec.table.rows.length === 0) problems.push('its table has no rows');
  const keys = spec.table.columns.map((c) => c.key);
  for (const row of spec.table.rows) {
    const extra = Object.keys(row).filter((k) => !keys.includes(k));
    const missing = keys.filter((k) => !(k in row));
    if (extra.length || missing.length) {
      problems.push(
        `a table row does not match its columns (extra: ${extra.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'})`,
      );
      break;
    }
  }
  if (problems.length > 0) throw new Error(`chart "${id}": ${problems.join('; ')}`);
}
