import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { catalogueSchema, type Catalogue, type CatalogueEntry } from '../../schemas/data-catalogue.ts';
import type { DatasetDefinition } from '../../schemas/data-define.ts';
import { depositsDataset } from '../../schemas/data-deposits.ts';
import { instrumentsDataset } from '../../schemas/instruments.ts';
import { elementsDataset } from '../../schemas/data-elements.ts';
import { eventsDataset } from '../../schemas/data-events.ts';
import { factsDataset, type FactRow } from '../../schemas/data-facts.ts';
import { NO_SOURCES, type SourceLookup } from '../../schemas/data-fields.ts';
import { productionDataset } from '../../schemas/data-production.ts';
import { reservesDataset } from '../../schemas/data-reserves.ts';
import { valueChainDataset } from '../../schemas/data-value-chain.ts';
import { sourcesDataset, type Source } from '../../schemas/source.ts';
import { checkConsistency } from './consistency.ts';
import { DataError } from './errors.ts';
import { defaultDataDir, displayPath } from './paths.ts';
import { readDataset, type Located } from './read-dataset.ts';
import { declaredDefinition, fitsDeclared, inferType, type DeclaredRow } from './declared.ts';
import { didYouMean } from './suggest.ts';

/** The CSV datasets with a schema, by their name in Datasets, in the order they are read (sources first: the others check ids against it). */
const SCHEMA_DATASETS = {
  sources: sourcesDataset,
  production: productionDataset,
  reserves: reservesDataset,
  valueChain: valueChainDataset,
  events: eventsDataset,
  deposits: depositsDataset,
  instruments: instrumentsDataset,
  elements: elementsDataset,
  facts: factsDataset,
} as const;
type SchemaRows = { [K in keyof typeof SCHEMA_DATASETS]: (typeof SCHEMA_DATASETS)[K] extends DatasetDefinition<infer Row> ? Array<Located<Row>> : never };

export const DATASET_DEFINITIONS = Object.values(SCHEMA_DATASETS);
export const schemaDefinition = (id: string) => DATASET_DEFINITIONS.find((def) => def.id === id);

/** Every dataset, validated, with the source registry. Rows keep the line they came from. */
export interface Datasets extends SchemaRows {
  /** Absolute data directory these were read from. */
  dir: string;
  sourceById: ReadonlyMap<string, Located<Source>>;
  factById: ReadonlyMap<string, Located<FactRow>>;
  catalogue: Catalogue;
  /** Datasets declared by their columns in data/datasets.json, by id. */
  declared: ReadonlyMap<string, Array<Located<DeclaredRow>>>;
}

const CATALOGUE_FILE = 'datasets.json';

const cache = new Map<string, { stamp: string; datasets: Datasets }>();

/**
 * Loads and validates every dataset in `dir` (default: `<project root>/data`). Pages and charts call this
 * many times per build, so results are cached per directory and reused until a file's modification time
 * changes (the dev server then picks up edits). Throws a DataError naming file, line and column.
 */
export function loadDatasets(dir: string = defaultDataDir()): Datasets {
  const abs = path.resolve(dir);
  const stamp = stampOf(abs);
  const hit = cache.get(abs);
  if (hit && hit.stamp === stamp) return hit.datasets;
  const datasets = readAll(abs);
  cache.set(abs, { stamp, datasets });
  return datasets;
}

function stampOf(dir: string): string {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.csv') || f === CATALOGUE_FILE).sort();
  } catch {
    files = [];
  }
  return [...new Set([...DATASET_DEFINITIONS.map((d) => d.file), CATALOGUE_FILE, ...files])]
    .map((f) => {
      try {
        const s = statSync(path.join(dir, f));
        return `${f}:${s.mtimeMs}:${s.size}`;
      } catch {
        return `${f}:missing`;
      }
    })
    .join('|');
}

function readAll(dir: string): Datasets {
  const sources = readDataset(dir, sourcesDataset, NO_SOURCES);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const lookup: SourceLookup = { tierOf: (id) => sourceById.get(id)?.tier, ids: () => sourceById.keys() };
  const rows = Object.fromEntries(
    Object.entries(SCHEMA_DATASETS).map(([name, def]) => [name, def === sourcesDataset ? sources : readDataset<object>(dir, def, lookup)]),
  ) as unknown as SchemaRows;
  const catalogue = readCatalogue(dir, sourceById);
  const declared = new Map<string, Array<Located<DeclaredRow>>>();
  for (const entry of catalogue.datasets) {
    if (entry.columns && !schemaDefinition(entry.id)) declared.set(entry.id, readDataset(dir, declaredDefinition({ ...entry, columns: entry.columns }), lookup));
  }
  const datasets: Datasets = { ...rows, dir, sourceById, factById: new Map(rows.facts.map((f) => [f.id, f])), catalogue, declared };
  checkDeclaredTypes(datasets);
  checkAsOf(datasets);
  checkConsistency(datasets);
  return datasets;
}

/** Columns that date what a row describes (not `checked`, a search date, nor years, which may be forecasts). */
const DATED_COLUMNS = ['date', 'as_of', 'status_as_of'];

/**
 * A dataset's as_of is shown beside its figures and downloads ("Data as of …"), so no row may be dated after
 * it: a timeline of events up to 2026 must not say its data is as of 2025.
 */
function checkAsOf(d: Datasets): void {
  const problems = d.catalogue.datasets.flatMap((entry) => {
    const rows = (datasetRows(d, entry.id) ?? []) as ReadonlyArray<Record<string, unknown> & { line: number }>;
    const dated = rows.flatMap((row) =>
      DATED_COLUMNS.filter((c) => typeof row[c] === 'string' && /^\d{4}/.test(row[c] as string)).map((c) => ({ row, column: c, date: row[c] as string })),
    );
    const latest = dated.sort((a, b) => b.date.localeCompare(a.date))[0];
    if (!latest || latest.date.slice(0, entry.as_of.length) <= entry.as_of) return [];
    return [
      {
        message: `dataset "${entry.id}": expected "as_of" to be ${latest.date} or later, got "${entry.as_of}": ${displayPath(path.join(d.dir, entry.file))} line ${latest.row.line} is dated ${latest.date} (${latest.column})`,
      },
    ];
  });
  if (problems.length > 0) throw new DataError(displayPath(path.join(d.dir, CATALOGUE_FILE)), problems);
}

/** A dataset with a schema that also declares its columns: the declared types must fit the validated values. */
function checkDeclaredTypes(d: Datasets): void {
  const problems = d.catalogue.datasets.flatMap((entry) => {
    const rows = schemaDefinition(entry.id) ? datasetRows(d, entry.id) : undefined;
    if (!rows || !entry.columns) return [];
    return Object.entries(entry.columns)
      .map(([name, c]) => ({ name, declared: c.type, inferred: inferType(rows.map((r) => r[name])) }))
      .filter((c) => !fitsDeclared(c.declared, c.inferred))
      .map((c) => ({ message: `dataset "${entry.id}": column "${c.name}" is declared ${c.declared}, but its schema gives ${c.inferred} values` }));
  });
  if (problems.length > 0) throw new DataError(displayPath(path.join(d.dir, CATALOGUE_FILE)), problems);
}

function readCatalogue(dir: string, sourceById: ReadonlyMap<string, unknown>): Catalogue {
  const file = path.join(dir, CATALOGUE_FILE);
  const shown = displayPath(file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataError(shown, [{ message: `expected a readable JSON catalogue of the datasets: ${(error as Error).message}` }]);
  }
  const result = catalogueSchema.safeParse(json);
  if (!result.success) {
    throw new DataError(
      shown,
      result.error.issues.map((i) => ({ message: `at ${i.path.join('.') || '(top level)'}: ${i.message}` })),
    );
  }
  const known = new Set<string>(DATASET_DEFINITIONS.map((d) => d.id));
  const listed = new Set(result.data.datasets.map((d) => d.id));
  const problems = [
    ...result.data.datasets
      .filter((d) => !known.has(d.id) && !d.columns)
      .map((d) => ({ message: `expected dataset "${d.id}" to declare its "columns" (it has no schema in src/schemas)` })),
    ...result.data.datasets
      .filter((d) => known.has(d.id) && d.key)
      .map((d) => ({ message: `expected no "key" for "${d.id}": its schema in src/schemas declares it` })),
    // A dataset with a schema may still declare its columns (labels, units, types for charts); the names
    // must then be exactly the schema's.
    ...result.data.datasets.flatMap((d) => {
      const schema = schemaDefinition(d.id);
      if (!schema || !d.columns) return [];
      const declared = Object.keys(d.columns);
      return [
        ...schema.columns.filter((c) => !declared.includes(c)).map((c) => ({ message: `dataset "${d.id}": expected column "${c}" to be declared (it is in the file)` })),
        ...declared
          .filter((c) => !schema.columns.includes(c))
          .map((c) => ({ message: `dataset "${d.id}": column "${c}" is declared but not in the file.${didYouMean(c, schema.columns)}` })),
      ];
    }),
    ...result.data.datasets.flatMap((d) =>
      (d.key ?? []).filter((k) => !d.columns || !(k in d.columns)).map((k) => ({ message: `dataset "${d.id}": key column "${k}" is not declared.${didYouMean(k, Object.keys(d.columns ?? {}))}` })),
    ),
    ...result.data.datasets.flatMap((d) =>
      (d.sources ?? [])
        .filter((s) => !sourceById.has(s))
        .map((s) => ({ message: `dataset "${d.id}": source "${s}" is not in data/sources.csv.${didYouMean(s, sourceById.keys())}` })),
    ),
    ...Object.entries(Object.groupBy(result.data.datasets, (d) => d.id))
      .filter(([, list]) => (list?.length ?? 0) > 1)
      .map(([id]) => ({ message: `expected each dataset once; "${id}" is listed twice` })),
    ...[...known].filter((id) => !listed.has(id)).map((id) => ({ message: `expected an entry for the "${id}" dataset` })),
    ...result.data.datasets
      .filter((d) => schemaDefinition(d.id)?.file !== d.file && known.has(d.id))
      .map((d) => ({ message: `expected dataset "${d.id}" to point at its file, got "${d.file}"` })),
  ];
  if (problems.length > 0) throw new DataError(shown, problems);
  return result.data;
}

/** The catalogue entry of a dataset with the source ids its rows cite (sorted), for the data page. */
export function describeDataset(datasets: Datasets, id: string): CatalogueEntry & { sourceIds: string[] } {
  const entry = datasets.catalogue.datasets.find((d) => d.id === id);
  if (!entry) throw new Error(`no dataset "${id}" in data/datasets.json`);
  const rows = (datasetRows(datasets, id) ?? []) as ReadonlyArray<{ source_id?: string[]; uses_source_id?: string[] }>;
  const ids = rows.flatMap((r) => [...(r.source_id ?? []), ...(r.uses_source_id ?? [])]);
  return { ...entry, sourceIds: sortSourceIds([...ids, ...(entry.sources ?? [])]) };
}

/** The validated rows of dataset `id` (with a schema or declared), or undefined for an unknown id. */
export function datasetRows(d: Datasets, id: string): ReadonlyArray<Record<string, unknown>> | undefined {
  const name = (Object.keys(SCHEMA_DATASETS) as Array<keyof SchemaRows>).find((k) => SCHEMA_DATASETS[k].id === id);
  return (name ? d[name] : d.declared.get(id)) as ReadonlyArray<Record<string, unknown>> | undefined;
}

/** S2 before S10: sort by the number, not the string. */
export function sortSourceIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)) || a.localeCompare(b));
}
