import type { ColumnDeclarationType } from '../../schemas/data-catalogue.ts';
import { DATASET_DEFINITIONS, type Datasets } from './load.ts';

/**
 * Any dataset as rows and typed columns, whether its columns are declared in data/datasets.json or come
 * from a schema in src/schemas (whose types are read off the validated values). Chart specs use this.
 */

export interface ColumnInfo {
  name: string;
  type: ColumnDeclarationType;
  label: string;
  unit?: string;
}

export interface DatasetTable {
  id: string;
  rows: ReadonlyArray<Record<string, unknown>>;
  columns: ReadonlyMap<string, ColumnInfo>;
}

const BUILT_IN_ROWS: Record<string, (d: Datasets) => ReadonlyArray<object>> = {
  sources: (d) => d.sources,
  production: (d) => d.production,
  reserves: (d) => d.reserves,
  'value-chain': (d) => d.valueChain,
  events: (d) => d.events,
  deposits: (d) => d.deposits,
  instruments: (d) => d.instruments,
  elements: (d) => d.elements,
  facts: (d) => d.facts,
};

/** "mine_production_t_reo" → "Mine production t reo": a readable default; declarations and specs can do better. */
export function columnWords(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function inferType(values: unknown[]): ColumnDeclarationType {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return present.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  if (present.length > 0 && present.every((v) => Array.isArray(v))) return 'source-ids';
  if (present.length > 0 && present.every((v) => typeof v === 'string' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(v))) return 'date';
  return 'string';
}

/** Rows and columns of dataset `id`, or undefined when there is no such dataset. */
export function datasetTable(d: Datasets, id: string): DatasetTable | undefined {
  const entry = d.catalogue.datasets.find((e) => e.id === id);
  if (entry?.columns) {
    const columns = new Map(
      Object.entries(entry.columns).map(([name, c]) => [name, { name, type: c.type, label: c.label ?? columnWords(name), unit: c.unit }] as const),
    );
    return { id, rows: (d.declared.get(id) ?? []) as ReadonlyArray<Record<string, unknown>>, columns };
  }
  const definition = DATASET_DEFINITIONS.find((def) => def.id === id);
  const rowsOf = BUILT_IN_ROWS[id];
  if (!definition || !rowsOf) return undefined;
  const rows = rowsOf(d) as ReadonlyArray<Record<string, unknown>>;
  const columns = new Map(
    definition.columns.map((name) => [name, { name, type: inferType(rows.map((r) => r[name])), label: columnWords(name) }] as const),
  );
  return { id, rows, columns };
}

/** Every dataset id a chart can plot. */
export function datasetIds(d: Datasets): string[] {
  return d.catalogue.datasets.map((e) => e.id);
}
