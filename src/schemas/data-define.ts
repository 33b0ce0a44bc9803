import type { z } from 'astro/zod';
import { NO_SOURCES, type SourceLookup } from './data-fields.ts';

/**
 * How a CSV dataset is declared: its file, its columns, how to validate one row, and which columns make a
 * row unique. The loader (src/lib/data/load.ts) reads this and produces errors naming file, line and column.
 */
export interface DatasetDefinition<Row> {
  /** Dataset id, used in the catalogue (data/datasets.json) and in downloads. */
  id: string;
  /** File name inside the data directory. */
  file: string;
  /** Every column the file must have; no others are allowed. Order in the file does not matter. */
  columns: readonly string[];
  /** Columns whose values together identify a row; a second row with the same values is an error. */
  key: readonly string[];
  /** Row schema; built per load because it checks source ids against the registry. */
  row(sources: SourceLookup): z.ZodType<Row>;
}

/** A dataset whose columns are the keys of its row schema, in order. */
export function defineDataset<Row>(
  definition: Omit<DatasetDefinition<Row>, 'columns' | 'row'> & { row(sources: SourceLookup): z.ZodObject & z.ZodType<Row> },
): DatasetDefinition<Row> {
  return { ...definition, columns: Object.keys(definition.row(NO_SOURCES).shape) };
}
