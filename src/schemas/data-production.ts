import { z } from 'astro/zod';
import { defineDataset } from './data-define.ts';
import { checkRowTier, country, nonNegativeWholeNumber, optionalText, sourceIds, tier, year, type SourceLookup } from './data-fields.ts';

/** USGS Mineral Commodity Summaries edition, e.g. "MCS2025". Figures are revised between editions. */
export const edition = z.string().regex(/^MCS\d{4}$/, 'expected a USGS edition such as "MCS2025"');

const productionRow = (sources: SourceLookup) =>
  z
    .object({
      /** Country (fixed list) or an aggregate: "World", "Other countries". */
      country,
      /** Data year. */
      year,
      /** The edition the figure comes from; charts use one edition at a time. */
      edition,
      /** Mine production in tonnes of rare-earth oxide. */
      mine_production_t_reo: nonNegativeWholeNumber,
      source_id: sourceIds(sources),
      tier,
      /** Caveat for this row (for China: the figure is a quota). */
      note: optionalText,
    })
    .superRefine((row, ctx) => {
      checkRowTier(row, sources, ctx);
      if (row.year >= Number(row.edition.slice(3))) {
        ctx.addIssue({ code: 'custom', path: ['year'], message: `expected a data year before the edition year (${row.edition})` });
      }
    });

export type ProductionRow = z.output<ReturnType<typeof productionRow>>;

/** data/production.csv: mine production by country and year, one row per country, year and edition. */
export const productionDataset = defineDataset<ProductionRow>({
  id: 'production',
  file: 'production.csv',
  key: ['country', 'year', 'edition'],
  row: productionRow,
});
