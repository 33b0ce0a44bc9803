import { z } from 'astro/zod';
import { defineDataset } from './data-define.ts';
import {
  addProblem,
  checkRowTier,
  country,
  nonNegativeWholeNumber,
  oneOf,
  optionalText,
  sourceIds,
  tier,
  year,
  type SourceLookup,
} from './data-fields.ts';
import { edition } from './data-production.ts';

const optionalWhole = z
  .string()
  .regex(/^\d*$/, 'expected a whole number or an empty cell')
  .transform((s) => (s === '' ? null : Number(s)));

const reservesRow = (sources: SourceLookup) =>
  z
    .object({
      country,
      /** Data year (the edition year minus one for the latest figures). */
      year,
      edition,
      /** Reserves in tonnes of rare-earth oxide. */
      reserves_t_reo: nonNegativeWholeNumber,
      /** "exact" for a stated figure, "lower" when the source gives only a lower bound (world: ">90 Mt"). */
      bound: oneOf(['exact', 'lower'] as const),
      /** The figure as the source states it, required for bounds (">90,000,000"). */
      stated_as: optionalText,
      /** The JORC-compliant (or equivalent) part of the reserves, where the source gives one (Australia). */
      jorc_t_reo: optionalWhole,
      source_id: sourceIds(sources),
      tier,
      note: optionalText,
    })
    .superRefine((row, ctx) => {
      checkRowTier(row, sources, ctx);
      if (row.bound === 'lower' && row.stated_as === '') {
        addProblem(ctx, 'stated_as', 'expected the bound as the source states it (e.g. ">90,000,000") for a lower bound');
      }
      if (row.jorc_t_reo !== null && row.jorc_t_reo > row.reserves_t_reo) {
        addProblem(ctx, 'jorc_t_reo', `expected at most the total reserves (${row.reserves_t_reo})`);
      }
    });

export type ReservesRow = z.output<ReturnType<typeof reservesRow>>;

/** data/reserves.csv: rare-earth reserves by country (USGS), with the world total as a lower bound. */
export const reservesDataset = defineDataset<ReservesRow>({
  id: 'reserves',
  file: 'reserves.csv',
  key: ['country', 'year', 'edition'],
  row: reservesRow,
});
