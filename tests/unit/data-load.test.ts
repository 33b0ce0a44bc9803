import { describe, expect, test } from 'vitest';
import { describeDataset, loadDatasets } from '../../src/lib/data/load';
import { countryShapes } from '../../src/lib/data/atlas';
import { COUNTRIES } from '../../src/schemas/data-countries';
import { workingNote } from '../../src/schemas/source';

/** The project's own data: what the briefings rely on, and the caveats the source pack insists on. */
const d = loadDatasets();

describe('the project datasets', () => {
  test('load, validate and are cached per directory', () => {
    expect(loadDatasets()).toBe(d);
    expect(d.sources.length).toBe(129);
    expect(d.elements).toHaveLength(17);
    expect(d.events).toHaveLength(37);
  });

  test('production uses one edition (MCS 2025) and every China row says the figure is a quota', () => {
    expect(new Set(d.production.map((r) => r.edition))).toEqual(new Set(['MCS2025']));
    const china = d.production.filter((r) => r.country === 'China');
    expect(china.map((r) => r.mine_production_t_reo)).toEqual([255000, 270000]);
    for (const r of china) expect(r.note).toMatch(/quota/);
    expect(d.production.find((r) => r.country === 'World' && r.year === 2024)?.mine_production_t_reo).toBe(390000);
  });

  test('Kazakhstan is not in the USGS production or reserves tables', () => {
    expect(d.production.some((r) => r.country === 'Kazakhstan')).toBe(false);
    expect(d.reserves.some((r) => r.country === 'Kazakhstan')).toBe(false);
  });

  test('world reserves are a labelled lower bound; Australia keeps its JORC caveat', () => {
    const world = d.reserves.find((r) => r.country === 'World');
    expect(world).toMatchObject({ reserves_t_reo: 90000000, bound: 'lower', stated_as: '>90,000,000' });
    const australia = d.reserves.find((r) => r.country === 'Australia');
    expect(australia).toMatchObject({ reserves_t_reo: 5700000, jorc_t_reo: 3300000 });
    expect(australia?.note).toMatch(/JORC/);
  });

  test('value chain: IEA GCMO 2024 (tier B) only, 2030 marked as a projection, no GCMO 2025 figures', () => {
    expect(d.valueChain.map((r) => [r.stage, r.year, r.scenario, r.share_pct])).toEqual([
      ['mining', 2023, 'actual', 62],
      ['refining', 2023, 'actual', 92],
      ['mining', 2030, 'projection', 54],
      ['refining', 2030, 'projection', 77],
    ]);
    for (const r of d.valueChain) expect(r.tier).toBe('B');
    // The unverified GCMO 2025 shares (about 60% and 91% for 2024) must never appear.
    expect(d.valueChain.some((r) => r.year === 2024)).toBe(false);
  });

  test('events keep month precision where the pack gives only a month', () => {
    const month = d.events.filter((e) => e.date_precision === 'month').map((e) => e.date);
    expect(month.sort()).toEqual(['2023-05', '2023-05', '2024-11', '2025-08', '2025-11']);
  });

  test('only Zhana Kazakhstan and Kuirektykol have coordinates, flagged approximate (±175 km: the two reported descriptions disagree by about 175 km)', () => {
    const located = d.deposits.filter((r) => r.lat !== null);
    expect(located.map((r) => r.id)).toEqual(['zhana-kazakhstan', 'kuirektykol']);
    for (const r of located) expect(r).toMatchObject({ location_precision: 'approximate', uncertainty_km: 175 });
    // Regions the pack only recalled are withheld.
    expect(d.deposits.find((r) => r.id === 'melovoye')?.region).toBe('');
  });

  test('the Zhana Kazakhstan 20 Mt is a forecast of metals, not a reserve', () => {
    const f = d.factById.get('F24')!;
    expect(f).toMatchObject({ value: 20000000, comparator: '>', unit: 't rare-earth metals' });
    expect(f.caveat).toMatch(/not REO/);
    expect(f.caveat).toMatch(/not a reserve/);
  });

  test('elements follow the USGS light/heavy convention', () => {
    const group = (s: string) => d.elements.find((e) => e.symbol === s)?.group;
    expect(['La', 'Ce', 'Pr', 'Nd', 'Pm', 'Sm', 'Eu', 'Gd'].map(group)).toEqual(Array(8).fill('light'));
    expect(['Y', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu'].map(group)).toEqual(Array(8).fill('heavy'));
    expect(group('Sc')).toBe('unclassified');
    expect(d.elements.map((e) => e.atomic_number)).toEqual([21, 39, ...Array.from({ length: 15 }, (_, i) => 57 + i)]);
  });

  test('sources not in the pack’s tier table are tier C, without a note saying how they were read', () => {
    for (const id of ['S02', 'S17', 'S19', 'S22', 'S40', 'S67']) expect(d.sourceById.get(id)?.tier).toBe('C');
    expect(d.sourceById.get('S01')?.tier).toBe('A');
    expect(d.sourceById.get('S09')?.tier).toBe('B');
  });

  test('every source is fit to print: publisher, year and address, no research notes, reposts cited as such', () => {
    for (const s of d.sources) {
      expect(s.publisher, s.id).not.toMatch(/unknown|\(via /i);
      expect(s.url, s.id).toMatch(/^https?:\/\//);
      for (const cell of [s.title, s.publisher, s.note]) expect(workingNote(cell), `${s.id}: ${cell}`).toBeUndefined();
    }
    expect(d.sourceById.get('S14')?.publisher).toBe('Reuters, as reported by squidsaccess.com');
    for (const removed of ['S45', 'S58', 'S62']) expect(d.sourceById.has(removed), removed).toBe(false);
  });

  test('every tier C fact carries a caveat', () => {
    for (const f of d.facts.filter((f) => f.tier === 'C')) expect(f.caveat, f.id).not.toBe('');
  });

  test('the catalogue describes every dataset, with source ids taken from its rows', () => {
    expect(d.catalogue.datasets.map((x) => x.id).sort()).toEqual(
      [
        'deposits',
        'elements',
        'events',
        'facts',
        'production',
        'reserves',
        'sources',
        'value-chain',
        'instruments',
        'alternatives-countries',
        'separation-outside-china',
        'kazakhstan-oil-export-routes',
        'middle-corridor-cargo',
      ].sort(),
    );
    expect(describeDataset(d, 'production').sourceIds).toEqual(['S01']);
    expect(describeDataset(d, 'value-chain').sourceIds).toEqual(['S09', 'S10']);
    expect(d.catalogue.licence).toBe('Compiled from public sources; see each source’s terms.');
  });

  test('every country in the fixed list that has an M49 code exists in world-atlas', () => {
    const codes = COUNTRIES.flatMap((c) => (c.m49 ? [c.m49] : []));
    expect(countryShapes(codes)).toHaveLength(codes.length);
  });
});
