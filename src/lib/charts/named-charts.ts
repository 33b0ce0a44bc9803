import { MAP_COUNTRIES, countryInfo } from '../../schemas/data-countries.ts';
import { EVENT_KINDS } from '../../schemas/data-events.ts';
import type { ProductionRow } from '../../schemas/data-production.ts';
import { countryShapes } from '../data/atlas.ts';
import { describeDataset, sortSourceIds, type Datasets } from '../data/load.ts';
import { formatIsoDate } from '../dates.ts';
import { formatNumber, formatPercent, formatQuantity } from '../format.ts';
import { depositMap, shortName } from './deposit-map.ts';
import { dumbbell } from './dumbbell.ts';
import { rankedBars, orderItems } from './ranked-bars.ts';
import { list } from './spec-chart.ts';
import { KINDS, eventTimeline, orderEvents } from './timeline.ts';
import type { ChartId } from './chart-ids.ts';
import type { ChartSpec } from './types.ts';
import { valueChainShares } from './value-chain.ts';

/**
 * The site's named charts: which rows each one plots and the words around it. Captions, text alternatives
 * and notes are written from the rows, so the numbers in them are the plotted numbers.
 */

const EDITION = 'MCS2025';
const round1 = (x: number) => Math.round(x * 10) / 10;
const t = (v: number) => `${formatNumber(v)} t`;
const sourcesOf = (rows: ReadonlyArray<{ source_id: string[] }>) => sortSourceIds(rows.flatMap((r) => r.source_id));

function productionRows(d: Datasets, year: number): ProductionRow[] {
  return d.production.filter((r) => r.edition === EDITION && r.year === year);
}
function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`chart data missing: ${what}`);
  return value;
}
const isCountry = (name: string) => countryInfo(name)?.kind === 'country';
/** Country names that read with "the" in running text. */
const the = (name: string) => (/^United (States|Kingdom)$/.test(name) ? `the ${name}` : name);

/** The latest publication year among sources, as an as-of date for charts built from facts. */
function newestSourceYear(d: Datasets, ids: string[]): string {
  const years = ids.map((id) => d.sourceById.get(id)?.year ?? '').filter((y) => /^\d{4}$/.test(y));
  return need(years.sort().at(-1), `a dated source among ${ids.join(', ')}`);
}

function productionChange(d: Datasets): ChartSpec {
  const y0 = productionRows(d, 2023);
  const y1 = productionRows(d, 2024);
  const pairs = y1
    .filter((r) => isCountry(r.country))
    .map((r) => ({
      country: r.country,
      from: y0.find((p) => p.country === r.country)?.mine_production_t_reo,
      to: r.mine_production_t_reo,
      r,
    }))
    .filter((p): p is typeof p & { from: number } => p.from !== undefined);
  const plotted = pairs.filter((p) => p.from > 0 && p.to > 0);
  const left = pairs.filter((p) => !(p.from > 0 && p.to > 0)).map((p) => p.country);
  const byRise = [...plotted].sort((a, b) => b.to / b.from - a.to / a.from || a.country.localeCompare(b.country));
  const byFall = [...plotted].sort((a, b) => a.to - a.from - (b.to - b.from) || a.country.localeCompare(b.country));
  const china = need(
    plotted.find((p) => p.country === 'China'),
    'China 2023 and 2024',
  );
  const risers = byRise.slice(0, 2).filter((p) => p.to > p.from);
  const faller = byFall[0] && byFall[0].to < byFall[0].from ? byFall[0] : undefined;
  const change = (p: { country: string; from: number; to: number }) => `${the(p.country)} from ${formatNumber(p.from)} to ${t(p.to)}`;
  return dumbbell({
    id: 'production-change-2023-2024',
    title: 'Rare-earth mine production by country, 2023 and 2024',
    caption:
      'Hollow circles show 2023, filled circles 2024, both from USGS Mineral Commodity Summaries 2025. The scale is logarithmic (equal distances are equal ratios), so changes at small producers show next to China’s.',
    alt: `Dot chart comparing rare-earth mine production in 2023 and 2024 for ${plotted.length} countries on a logarithmic scale. China rose ${change(china).replace(/^China /, '')} REO${risers.length ? `; ${list(risers.map(change)).replace(/ from /, ' rose from ')}` : ''}${faller ? `; ${change(faller).replace(/ from /, ' fell from ')}` : ''}.`,
    items: plotted.map((p) => ({
      label: p.country,
      from: p.from,
      to: p.to,
      row: { country: p.country, mine_production_2023_t_reo: p.from, mine_production_2024_t_reo: p.to, note: p.r.note },
    })),
    fromLabel: '2023',
    toLabel: '2024',
    xLabel: 'Mine production (t REO, logarithmic scale)',
    tickFormat: (v) => formatNumber(v),
    columns: [
      { key: 'country', label: 'Country', type: 'text' },
      { key: 'mine_production_2023_t_reo', label: 'Mine production, 2023', unit: 't REO', type: 'number' },
      { key: 'mine_production_2024_t_reo', label: 'Mine production, 2024', unit: 't REO', type: 'number' },
      { key: 'note', label: 'Note', type: 'text' },
    ],
    units: ['t REO'],
    sourceIds: sortSourceIds(plotted.flatMap((p) => [...p.r.source_id, ...(y0.find((r) => r.country === p.country)?.source_id ?? [])])),
    asOf: describeDataset(d, 'production').as_of,
    notes: [
      'USGS figures for China are official production quotas and exclude undocumented output.',
      'Only two years are published in this edition, so the chart shows the change between them rather than a trend line.',
      ...(left.length > 0 ? [`Not shown (no production in either year, which a logarithmic scale cannot draw): ${list(left)}.`] : []),
      'Aggregates (“Other countries”, world) are not shown.',
    ],
  });
}

function reserves2024(d: Datasets): ChartSpec {
  const rows = d.reserves.filter((r) => r.edition === EDITION && r.year === 2024);
  const world = need(
    rows.find((r) => r.country === 'World'),
    'World reserves 2024',
  );
  const plotted = rows.filter((r) => isCountry(r.country) && r.bound === 'exact');
  const mt = (v: number) => formatQuantity(v, 't', { scale: 'Mt', unit: 'short' });
  const items = plotted.map((r) => ({
    label: r.country,
    value: r.reserves_t_reo,
    highlight: r.country === 'China',
    annotation: r.jorc_t_reo !== null ? `(${mt(r.jorc_t_reo)} JORC-compliant)` : undefined,
    row: { country: r.country, year: r.year, reserves_t_reo: r.reserves_t_reo, jorc_t_reo: r.jorc_t_reo, note: r.note },
  }));
  const ranked = orderItems(items);
  const china = need(
    ranked.find((i) => i.label === 'China'),
    'China reserves',
  ).value;
  const australia = plotted.find((r) => r.country === 'Australia' && r.jorc_t_reo !== null);
  return rankedBars({
    id: 'reserves-2024',
    title: 'Rare-earth reserves by country',
    caption: `USGS puts China’s reserves at ${mt(china)} of REO. It gives the world total only as more than ${mt(world.reserves_t_reo)}, so China holds at most ${formatPercent(round1((china / world.reserves_t_reo) * 100))}.${australia ? ` Of Australia’s ${mt(australia.reserves_t_reo)}, ${mt(australia.jorc_t_reo!)} are JORC-compliant (or equivalent).` : ''}`,
    alt: `Horizontal bar chart of rare-earth reserves by country, in million tonnes of REO (USGS, 2025 edition). ${list(ranked.slice(0, 4).map((i) => `${i.label} ${mt(i.value)}`))}; the world total is given only as more than ${mt(world.reserves_t_reo)}.`,
    items,
    xLabel: 'Reserves (Mt REO)',
    tickFormat: (v) => formatNumber(v / 1_000_000),
    valueLabel: mt,
    columns: [
      { key: 'country', label: 'Country', type: 'text' },
      { key: 'year', label: 'Data year', type: 'year' },
      { key: 'reserves_t_reo', label: 'Reserves', unit: 't REO', type: 'number' },
      { key: 'jorc_t_reo', label: 'Of which JORC-compliant', unit: 't REO', type: 'number' },
      { key: 'note', label: 'Note', type: 'text' },
    ],
    units: ['t REO'],
    sourceIds: sourcesOf(plotted),
    asOf: describeDataset(d, 'reserves').as_of,
    notes: [
      `The world total is a lower bound (USGS: “${world.stated_as}” t) and is not drawn.`,
      'Kazakhstan does not appear in the USGS reserves table. The ministry’s 2025 claim for Zhana Kazakhstan is a forecast of rare-earth metals, not a reserve, and is not comparable.',
      'Reserve estimates change a lot between USGS editions; this chart uses the 2025 edition only.',
    ],
  });
}

function chinaValueChain(d: Datasets): ChartSpec {
  const rows = d.valueChain.filter((r) => r.country === 'China');
  const get = (stage: 'mining' | 'refining', scenario: 'actual' | 'projection') =>
    need(
      rows.find((r) => r.stage === stage && r.scenario === scenario),
      `China ${stage} ${scenario}`,
    );
  const [m0, r0, m1, r1] = [get('mining', 'actual'), get('refining', 'actual'), get('mining', 'projection'), get('refining', 'projection')];
  const pct = (r: { share_pct: number }) => formatPercent(r.share_pct);
  return valueChainShares({
    id: 'china-value-chain',
    title: `China’s share of rare-earth mining and refining, ${m0.year} and ${m1.year} (projected)`,
    caption: `China had ${pct(m0)} of global rare-earth mining and ${pct(r0)} of refining in ${r0.year}; the IEA projects ${pct(m1)} and ${pct(r1)} in ${r1.year}. Refining stays more concentrated than mining.`,
    alt: `Bar chart of China’s share of global rare-earth output by stage. Mining: ${pct(m0)} in ${m0.year}, ${pct(m1)} projected for ${m1.year}. Refining: ${pct(r0)} in ${r0.year}, ${pct(r1)} projected for ${r1.year}.`,
    country: 'China',
    rows,
    sourceIds: sourcesOf(rows),
    asOf: describeDataset(d, 'value-chain').as_of,
    notes: [
      'IEA Global Critical Minerals Outlook 2024, as reported by SEAISI and Wayenind (tier B).',
      `${m1.year} values are IEA projections (refining: base case), drawn paler with a dashed outline.`,
    ],
  });
}

function timelineNotes(events: Datasets['events']): string[] {
  const weak = events.filter((e) => e.tier === 'C').map((e) => e.label);
  return [
    ...(events.some((e) => e.date_precision === 'month')
      ? ['Hollow markers: the sources give only the month; the marker sits mid-month.']
      : []),
    ...(events.some((e) => e.kind === 'export-control')
      ? ['China’s export-control dates come from law-firm and industry summaries, not MOFCOM originals.']
      : []),
    ...(weak.length > 0 ? [`Secondary sources only (tier C): ${list(weak)}.`] : []),
    ...(events.some((e) => e.kind === 'legislation' && /not (verified|checked)/.test(e.caveat))
      ? ['Some US bill numbers are reported but not verified; see the caveats in the table.']
      : []),
  ];
}

function partnershipTimeline(d: Datasets): ChartSpec {
  const events = orderEvents(d.events);
  const counts = EVENT_KINDS.map((k) => ({ k, n: events.filter((e) => e.kind === k).length }))
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n || EVENT_KINDS.indexOf(a.k) - EVENT_KINDS.indexOf(b.k));
  const first = events[0]!;
  const last = events.at(-1)!;
  const milestones = ['eu-kazakhstan-mou', 'c5-1-summit-new-york', 'kazakhstan-us-mou']
    .map((id) => events.find((e) => e.id === id))
    .filter((e) => e !== undefined)
    .map((e) => `${e.label} (${formatIsoDate(e.date)})`);
  return eventTimeline({
    id: 'partnership-timeline',
    title: `Partnerships, policy and export controls, ${first.date.slice(0, 4)}–${last.date.slice(0, 4)}`,
    caption:
      'Each row is one event, in date order; the left column names its kind. Most of the activity falls in 2022–2025, as Kazakhstan, the EU and the US built ties and China tightened export controls.',
    alt: `Timeline of ${events.length} events from ${formatIsoDate(first.date)} to ${formatIsoDate(last.date)} (${counts.map((c) => `${KINDS[c.k].label.toLowerCase()}: ${c.n}`).join(', ')}).${milestones.length ? ` Milestones include ${list(milestones)}.` : ''}`,
    events,
    sourceIds: sourcesOf(events),
    asOf: describeDataset(d, 'events').as_of,
    notes: timelineNotes(events),
  });
}

function chinaExportControls(d: Datasets): ChartSpec {
  const events = orderEvents(d.events.filter((e) => e.kind === 'export-control'));
  if (events.length === 0) throw new Error('chart data missing: export-control events');
  const first = events[0]!;
  const last = events.at(-1)!;
  return eventTimeline({
    id: 'china-export-controls',
    title: `China’s export controls on rare earths and related items, ${formatIsoDate(first.date, { short: true })} – ${formatIsoDate(last.date, { short: true })}`,
    caption:
      'As of November 2025: the December 2023 technology ban, the April 2025 controls on seven medium and heavy rare earths and Article 1 of Announcement No. 46 (no dual-use exports to US military users) were in force; the October 2025 package was suspended until 10 November 2026 and Article 2 of Announcement No. 46 until 27 November 2026. What followed those dates is not established.',
    alt: `Timeline of ${events.length} Chinese export-control measures: ${list(events.map((e) => `${e.label} (${formatIsoDate(e.date)})`))}.`,
    events,
    sourceIds: sourcesOf(events),
    asOf: last.date,
    notes: timelineNotes(events),
  });
}

/** The facts behind the US import-sources chart, with the label each bar carries. */
const IMPORT_FACTS: ReadonlyArray<{ fact: string; label: string; pinLast?: boolean; highlight?: boolean }> = [
  { fact: 'F13', label: 'China (incl. Hong Kong)', highlight: true },
  { fact: 'F14a', label: 'Malaysia' },
  { fact: 'F14b', label: 'Japan' },
  { fact: 'F14c', label: 'Estonia' },
  { fact: 'F14d', label: 'Other', pinLast: true },
];

function usImportSources(d: Datasets): ChartSpec {
  const facts = IMPORT_FACTS.map((f) => ({ ...f, row: need(d.factById.get(f.fact), `fact ${f.fact}`) }));
  const reliance = d.factById.get('F15');
  const china = facts[0]!.row;
  const items = facts.map((f) => ({
    label: f.label,
    value: f.row.value,
    highlight: f.highlight,
    pinLast: f.pinLast,
    row: { source: f.label, share_pct: f.row.value, period: f.row.year, fact_id: f.row.id },
  }));
  const ranked = orderItems(items);
  return rankedBars({
    id: 'us-import-sources',
    title: 'Where US imports of rare-earth compounds and metals came from, 2020–23',
    caption: `China supplied ${formatPercent(china.value)} of US imports of rare-earth compounds and metals in 2020–23. Imports from Malaysia, Japan and Estonia are often made from Australian or Chinese feedstock.`,
    alt: `Bar chart of the shares of US imports of rare-earth compounds and metals by source, 2020–23 average: ${list(ranked.map((i) => `${i.label} ${formatPercent(i.value)}`))}.`,
    items,
    xLabel: 'Share of US imports, 2020–23 average (%)',
    xMax: 100,
    tickFormat: (v) => formatNumber(v),
    valueLabel: (v) => formatPercent(v),
    columns: [
      { key: 'source', label: 'Source country', type: 'text' },
      { key: 'share_pct', label: 'Share of US imports', unit: '%', type: 'percent' },
      { key: 'period', label: 'Period', type: 'text' },
      { key: 'fact_id', label: 'Fact', type: 'text' },
    ],
    units: ['%'],
    sourceIds: sourcesOf(facts.map((f) => f.row)),
    asOf: newestSourceYear(
      d,
      facts.flatMap((f) => f.row.source_id),
    ),
    notes: [
      'Shares by value of imports, as published by USGS (Mineral Commodity Summaries 2025).',
      ...(reliance ? [`US net import reliance was ${formatPercent(reliance.value)} of apparent consumption in ${reliance.year}.`] : []),
    ],
  });
}

function kazakhstanMap(d: Datasets): ChartSpec {
  const names = MAP_COUNTRIES.filter((n) => countryInfo(n)?.m49);
  const shapes = countryShapes(names.map((n) => countryInfo(n)!.m49!));
  const countries = names.map((name, i) => ({ name, feature: shapes[i]!, focus: name === 'Kazakhstan' }));
  const mapped = d.deposits.filter((r) => r.location_precision === 'approximate');
  const unmapped = d.deposits.filter((r) => r.location_precision === 'none');
  const ree = unmapped
    .filter((r) => !/tungsten/i.test(r.commodity))
    .map((r) => `${shortName(r.name)}${r.tier === 'C' ? ' (unverified)' : ''}`);
  const context = unmapped.filter((r) => /tungsten/i.test(r.commodity)).map((r) => r.name.split(' (')[0]!);
  const radius = Math.max(...mapped.map((r) => r.uncertainty_km ?? 0));
  const first = mapped[0];
  return depositMap({
    id: 'kazakhstan-deposits-map',
    title: 'Kazakhstan’s rare-earth prospects with an approximate location',
    caption: `Only ${list(mapped.map((r) => shortName(r.name)))} can be placed, and only roughly: the dashed circle shows the ±${radius} km uncertainty of a location derived from text descriptions. The other ${ree.length} listed rare-earth deposits have no published coordinates and are not mapped.`,
    alt: `Map of Kazakhstan and its neighbours${first ? `. A dashed circle of ${radius} km radius around ${formatNumber(first.lat!, { fractionDigits: 1 })}° N, ${formatNumber(first.lon!, { fractionDigits: 1 })}° E${first.region ? ` in the ${first.region}` : ''} marks the approximate location of ${list(mapped.map((r) => shortName(r.name)))}` : ''}. No other deposit is drawn.`,
    countries,
    deposits: d.deposits,
    sourceIds: sourcesOf(mapped),
    asOf: describeDataset(d, 'deposits').as_of,
    notes: [
      `Locations are rough estimates (±${radius} km) derived from distances given in news reports, not surveyed positions.`,
      'The ministry’s figures for Zhana Kazakhstan are a forecast of rare-earth metals, not a reserve in the JORC or NI 43-101 sense.',
      `Not mapped (no coordinates in the sources): ${list(ree)}.`,
      ...(context.length > 0 ? [`Also not mapped: ${list(context)} (tungsten, not rare earths; listed as context).`] : []),
    ],
  });
}

/** Chart id → builder, in the order the data page lists them. */
export const NAMED_CHARTS: Readonly<Record<ChartId, (d: Datasets) => ChartSpec>> = {
  'production-change-2023-2024': productionChange,
  'reserves-2024': reserves2024,
  'china-value-chain': chinaValueChain,
  'us-import-sources': usImportSources,
  'partnership-timeline': partnershipTimeline,
  'china-export-controls': chinaExportControls,
  'kazakhstan-deposits-map': kazakhstanMap,
};
