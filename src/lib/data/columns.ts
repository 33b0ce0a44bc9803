import type { ColumnDeclarationType } from '../../schemas/data-catalogue.ts';
import { inferType } from './declared.ts';
import { datasetRows, schemaDefinition, type Datasets } from './load.ts';

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

/** "mine_production_t_reo" → "Mine production t reo": a readable default; declarations and specs can do better. */
export function columnWords(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Rows and columns of dataset `id`, or undefined when there is no such dataset. */
export function datasetTable(d: Datasets, id: string): DatasetTable | undefined {
  const entry = d.catalogue.datasets.find((e) => e.id === id);
  const definition = schemaDefinition(id);
  const rows = datasetRows(d, id);
  const names = definition?.columns ?? (entry?.columns && Object.keys(entry.columns));
  if (!rows || !names) return undefined;
  // Declared labels and units where the catalogue has them; a schema's types are read off the validated values.
  const columns = new Map(
    names.map((name) => {
      const declared = entry?.columns?.[name];
      const type = definition ? inferType(rows.map((r) => r[name])) : declared!.type;
      return [name, { name, type, label: declared?.label ?? columnWords(name), ...(declared?.unit ? { unit: declared.unit } : {}) }] as const;
    }),
  );
  return { id, rows, columns };
}

/** Every dataset id a chart can plot. */
export function datasetIds(d: Datasets): string[] {
  return d.catalogue.datasets.map((e) => e.id);
}
