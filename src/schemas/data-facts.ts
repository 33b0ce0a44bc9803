import { z } from 'astro/zod';
import { defineDataset } from './data-define.ts';
import { checkStatus, statusFields } from './data-status.ts';
import { checkRowTier, decimal, oneOf, optionalText, sourceIds, text, tier, yearOrSpan, type SourceLookup } from './data-fields.ts';

/** "" exact; ">" more than; ">=" at least; "<" less than; "<=" at most; "~" about. */
export const COMPARATORS = ['', '>', '>=', '<', '<=', '~'] as const;
export type Comparator = (typeof COMPARATORS)[number];

const factRow = (sources: SourceLookup) =>
  z
    .object({
      /** Key used in prose: <Value fact="F04" />. Pack ids, with a letter suffix where one pack fact holds several figures. */
      id: z.string().regex(/^F\d{2}[a-z]?$/, 'expected a fact id such as "F04" or "F14a"'),
      label: text('a label saying what the figure is'),
      value: decimal,
      comparator: oneOf(COMPARATORS),
      /** Unit as printed after the number: "t REO", "%", "million USD", "deposits". */
      unit: text('a unit'),
      year: yearOrSpan,
      source_id: sourceIds(sources),
      /** How a derived figure was computed from its source ("270,000 / 390,000"). */
      derivation: optionalText,
      tier,
      caveat: optionalText,
      ...statusFields,
    })
    .superRefine((row, ctx) => {
      checkRowTier(row, sources, ctx);
      checkStatus(row, ctx);
    });

export type FactRow = z.output<ReturnType<typeof factRow>>;

/** data/facts.csv: single figures quoted in prose, each keyed, sourced and tiered. */
export const factsDataset = defineDataset<FactRow>({
  id: 'facts',
  file: 'facts.csv',
  key: ['id'],
  row: factRow,
});
