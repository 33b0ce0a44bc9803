import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../data/paths.ts';

/**
 * The ids of every chart, with nothing else: the chart specs in data/charts/<id>.json and the named
 * charts (builders in named-charts.ts). Kept apart from the chart code so
 * that code which only checks ids (the MDX references plugin, loaded with the Astro config) does not pull
 * in Plot and the atlas.
 */
export const CHART_IDS = [
  'production-change-2023-2024',
  'reserves-2024',
  'china-value-chain',
  'us-import-sources',
  'partnership-timeline',
  'china-export-controls',
  'kazakhstan-deposits-map',
] as const;

export type ChartId = (typeof CHART_IDS)[number];

const SPEC_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/** The folder of chart specs inside a data directory. */
export function chartSpecDir(dataDir: string = defaultDataDir()): string {
  return path.join(dataDir, 'charts');
}

/** Ids of the chart specs in `<dataDir>/charts`, sorted; a file name that is not a slug fails. */
export function specChartIds(dataDir: string = defaultDataDir()): string[] {
  let files: string[];
  try {
    files = readdirSync(chartSpecDir(dataDir));
  } catch {
    return [];
  }
  const ids: string[] = [];
  for (const f of files.sort()) {
    if (!f.endsWith('.json')) continue;
    const m = SPEC_FILE.exec(f);
    if (!m) throw new Error(`${path.join(chartSpecDir(dataDir), f)}: expected a chart spec file named <lowercase-slug>.json`);
    if ((CHART_IDS as readonly string[]).includes(m[1]!))
      throw new Error(`${path.join(chartSpecDir(dataDir), f)}: a named chart already has the id "${m[1]}"`);
    ids.push(m[1]!);
  }
  return ids;
}

/** Ids of every chart, in the data page's order: chart specs (by file name), then the named charts. */
export function chartIds(dataDir?: string): string[] {
  return [...specChartIds(dataDir), ...CHART_IDS];
}
