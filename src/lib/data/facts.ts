import type { FactRow } from '../../schemas/data-facts.ts';
import { formatFactValue, type QuantityFormat } from '../format.ts';
import type { Datasets } from './load.ts';
import type { Located } from './read-dataset.ts';
import { didYouMean } from './suggest.ts';

/**
 * Facts quoted in prose (<Value fact="F04" />). A missing key stops the build with the nearest keys, so a
 * typo cannot silently print nothing, and a number in the text always comes from data/facts.csv.
 */
export function requireFact(datasets: Datasets, id: string, where = '<Value>'): Located<FactRow> {
  const fact = datasets.factById.get(id);
  if (fact) return fact;
  throw new Error(
    `${where}: unknown fact "${id}".${didYouMean(id, datasets.factById.keys())} Facts are listed in data/facts.csv (${datasets.factById.size} keys, e.g. F01, F04).`,
  );
}

/** The fact as printed in prose: "69.2%", "more than 90 Mt REO", "USD 260 million". */
export function factText(fact: FactRow, options: QuantityFormat = {}): string {
  return formatFactValue(fact, options);
}


/** The anchor of a fact in the facts table on the data page: "F04" → "fact-f04". */
export function factAnchor(id: string): string {
  return `fact-${id.toLowerCase()}`;
}
