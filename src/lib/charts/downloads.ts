import type { Datasets } from '../data/load.ts';
import { stringifyCsv } from '../data/csv.ts';
import type { ChartSpec } from './types.ts';

/**
 * The downloads behind every figure: the plotted rows as CSV, and the same rows with their metadata
 * (title, units, sources, as-of date, notes) as JSON. Both are pure functions of the spec, so they are
 * byte-identical from build to build and always match the table on the page.
 */

/** CSV of exactly the plotted rows; the header row holds the column keys. */
export function chartCsv(spec: ChartSpec): string {
  const keys = spec.table.columns.map((c) => c.key);
  return stringifyCsv(
    keys,
    spec.table.rows.map((row) => keys.map((k) => row[k] ?? null)),
  );
}

/** Metadata and rows; sources are resolved from the registry so the file stands on its own. */
export function chartJson(spec: ChartSpec, datasets: Datasets) {
  return {
    id: spec.id,
    title: spec.title,
    caption: spec.caption,
    units: spec.units,
    sources: spec.sourceIds.map((id) => {
      const s = datasets.sourceById.get(id);
      if (!s) throw new Error(`chart "${spec.id}": source "${id}" is not in data/sources.csv`);
      return { id: s.id, title: s.title, publisher: s.publisher, year: s.year, url: s.url, tier: s.tier };
    }),
    asOf: spec.asOf,
    notes: spec.notes,
    licence: datasets.catalogue.licence,
    columns: spec.table.columns.map((c) => ({ key: c.key, label: c.label, unit: c.unit ?? null, type: c.type })),
    rows: spec.table.rows.map((row) => Object.fromEntries(spec.table.columns.map((c) => [c.key, row[c.key] ?? null]))),
  };
}

/** Serialised JSON, indented, with a final newline. */
export function chartJsonText(spec: ChartSpec, datasets: Datasets): string {
  return `${JSON.stringify(chartJson(spec, datasets), null, 2)}\n`;
}
