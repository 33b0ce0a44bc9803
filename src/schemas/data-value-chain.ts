import { z } from 'astro/zod';
import { defineDataset } from './data-define.ts';
import { checkRowTier, country, decimal, oneOf, optionalText, sourceIds, tier, year, type SourceLookup } from './data-fields.ts';

export const VALUE_CHAIN_STAGES = ['mining', 'refining'] as const;

const valueChainRow = (sources: SourceLookup) =>
  z
    .object({
      country,
      /** Step of the value chain. */
      stage: oneOf(VALUE_CHAIN_STAGES),
      year,
      /** "actual" for an observed year, "projection" for a forecast (IEA 2030). */
      scenario: oneOf(['actual', 'projection'] as const),
      /** The country's share of global output at this stage, in percent. */
      share_pct: decimal.refine((n) => n >= 0 && n <= 100, 'expected a percentage from 0 to 100'),
      source_id: sourceIds(sources),
      tier,
      note: optionalText,
    })
    .superRefine((row, ctx) => checkRowTier(row, sources, ctx));

export type ValueChainRow = z.output<ReturnType<typeof valueChainRow>>;

/** data/value-chain.csv: a country's share of mining and refining (IEA GCMO 2024 as reported). */
export const valueChainDataset = defineDataset<ValueChainRow>({
  id: 'value-chain',
  file: 'value-chain.csv',
  key: ['country', 'stage', 'year', 'scenario'],
  row: valueChainRow,
});
