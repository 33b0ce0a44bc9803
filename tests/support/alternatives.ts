import { datasetRows, loadDatasets } from '../../src/lib/data/load';
import { parse } from './html';
import { readSite } from './site';

/**
 * The companies and countries the comparison in “Kazakhstan against the alternatives” names, and the section
 * each should land on: names from its two datasets and from the first column of its comparison table,
 * sections from its built headings. The table's first column also names countries ("separates in Estonia"). Shared by the index check (build) and the search test (browser).
 */
export const ALTERNATIVES_PAGE = '/briefings/kazakhstan-against-the-alternatives/';

/**
 * What the alternatives are compared with, not alternatives: a search for China or Kazakhstan rightly opens
 * the briefings about them; the comparison's own sections on each are reached from its table of contents.
 */
const SUBJECTS = new Set(['China', 'Kazakhstan']);

/** "Burma (Myanmar)" stands for "Burma" and "Myanmar"; "Neo, Silmet" for both names. */
const names = (label: string): string[] =>
  label
    .split(/\s*[(),]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);

function column(id: string, key: string): string[] {
  return (datasetRows(loadDatasets(), id) ?? []).map((row) => {
    const value = row[key];
    if (typeof value !== 'string') throw new Error(`${id}: expected a text column "${key}"`);
    return value;
  });
}

export interface NamedSection {
  name: string;
  /** The first h3 whose heading contains the name (case-insensitive), if any. */
  section: { id: string; heading: string } | undefined;
}

export async function comparedNames(): Promise<NamedSection[]> {
  const doc = parse(await readSite(`${ALTERNATIVES_PAGE.slice(1)}index.html`));
  const sections = [...doc.querySelectorAll('article h3[id]')].map((h) => ({ id: h.id, heading: h.textContent!.trim() }));
  const firstCells = [...doc.querySelectorAll('h2#comparison ~ table td:first-child')];
  const tableNames = firstCells.map((td) => td.querySelector('strong')?.textContent ?? '').filter(Boolean);
  // "mines in Australia, separates in Malaysia": the countries each row names after "in".
  const tableCountries = firstCells.flatMap((td) =>
    [...(td.textContent ?? '').matchAll(/\bin (?:the )?([A-Z][\p{L}]*(?: [A-Z][\p{L}]*)*)/gu)].map((m) => m[1]!),
  );
  const all = [
    ...column('alternatives-countries', 'country'),
    ...column('separation-outside-china', 'company'),
    ...column('separation-outside-china', 'country'),
    ...tableNames,
    ...tableCountries,
  ];
  return [...new Set(all.flatMap(names))]
    .filter((n) => !SUBJECTS.has(n))
    .sort()
    .map((name) => ({ name, section: sections.find((s) => s.heading.toLowerCase().includes(name.toLowerCase())) }));
}
