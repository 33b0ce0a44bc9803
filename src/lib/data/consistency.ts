import type { Datasets } from './load.ts';
import { DataError, type DataProblem } from './errors.ts';
import { displayPath } from './paths.ts';
import path from 'node:path';

/**
 * Figures that appear both in facts.csv (quoted in prose) and in a chart dataset must agree, and derived
 * facts must match their derivation; otherwise the text and the charts could disagree. Each check names the
 * fact row that disagrees.
 */
const round1 = (x: number) => Math.round(x * 10) / 10;

function production(d: Datasets, country: string, year: number) {
  return d.production.find((r) => r.country === country && r.year === year && r.edition === 'MCS2025')?.mine_production_t_reo;
}
function reserves(d: Datasets, country: string) {
  return d.reserves.find((r) => r.country === country && r.year === 2024 && r.edition === 'MCS2025');
}
function share(d: Datasets, stage: string, year: number) {
  return d.valueChain.find((r) => r.country === 'China' && r.stage === stage && r.year === year)?.share_pct;
}
function ratio(a: number | undefined, b: number | undefined) {
  return a === undefined || b === undefined ? undefined : round1((a / b) * 100);
}

const CHECKS: Array<{ fact: string; what: string; expected: (d: Datasets) => number | undefined }> = [
  { fact: 'F01', what: 'World 2024 in production.csv', expected: (d) => production(d, 'World', 2024) },
  { fact: 'F02', what: 'World 2023 in production.csv', expected: (d) => production(d, 'World', 2023) },
  { fact: 'F03', what: 'China 2024 in production.csv', expected: (d) => production(d, 'China', 2024) },
  { fact: 'F10', what: 'United States 2024 in production.csv', expected: (d) => production(d, 'United States', 2024) },
  { fact: 'F04', what: 'China / World 2024 in production.csv, in %', expected: (d) => ratio(production(d, 'China', 2024), production(d, 'World', 2024)) },
  { fact: 'F05', what: 'China / World 2023 in production.csv, in %', expected: (d) => ratio(production(d, 'China', 2023), production(d, 'World', 2023)) },
  { fact: 'F06', what: 'China / World 2024 in reserves.csv, in %', expected: (d) => ratio(reserves(d, 'China')?.reserves_t_reo, reserves(d, 'World')?.reserves_t_reo) },
  { fact: 'F07', what: 'World 2024 in reserves.csv', expected: (d) => reserves(d, 'World')?.reserves_t_reo },
  { fact: 'F09', what: 'Australia jorc_t_reo in reserves.csv', expected: (d) => reserves(d, 'Australia')?.jorc_t_reo ?? undefined },
  { fact: 'F17', what: 'China mining 2023 in value-chain.csv', expected: (d) => share(d, 'mining', 2023) },
  { fact: 'F18', what: 'China refining 2023 in value-chain.csv', expected: (d) => share(d, 'refining', 2023) },
  { fact: 'F20', what: 'China refining 2030 in value-chain.csv', expected: (d) => share(d, 'refining', 2030) },
  { fact: 'F21', what: 'China mining 2030 in value-chain.csv', expected: (d) => share(d, 'mining', 2030) },
];

export function checkConsistency(d: Datasets): void {
  const problems: DataProblem[] = CHECKS.flatMap((check) => {
    // A fact that is absent is fine here (fixtures carry few facts); <Value> fails on use instead.
    const fact = d.factById.get(check.fact);
    const expected = fact && check.expected(d);
    if (!fact || expected === undefined || fact.value === expected) return [];
    return [{ line: fact.line, column: 'value', message: `expected ${expected} to agree with ${check.what} (fact ${check.fact}), got ${fact.value}` }];
  });
  if (problems.length > 0) throw new DataError(displayPath(path.join(d.dir, 'facts.csv')), problems);
}
