import * as Plot from '@observablehq/plot';
import type { ValueChainRow } from '../../schemas/data-value-chain.ts';
import { formatPercent, formatYear } from '../format.ts';
import { assembleSpec, type SpecText, type ChartSpec } from './types.ts';
import { HIGHLIGHT, NARROW_WIDTH, ON_BAR, WIDTH, labelMargin, xAxis } from './theme.ts';

/**
 * One country's share of each value-chain stage, observed and projected. Each bar sits on a faint 100%
 * track (the rest of the world). Projections are drawn paler with a dashed outline and say "projected" in
 * their label, so they read as projections without relying on colour.
 */
export interface ValueChainInput extends SpecText {
  country: string;
  rows: ReadonlyArray<ValueChainRow>;
}

const STAGE_LABEL: Record<ValueChainRow['stage'], string> = { mining: 'Mining', refining: 'Refining' };
const ROW_HEIGHT = 30;
const NARROW_ROW = 48;

export function bandLabel(row: Pick<ValueChainRow, 'stage' | 'year' | 'scenario'>): string {
  return `${STAGE_LABEL[row.stage]}, ${formatYear(row.year)}${row.scenario === 'projection' ? ' (projected)' : ''}`;
}

export function valueChainShares(input: ValueChainInput): ChartSpec {
  const rows = input.rows
    .filter((r) => r.country === input.country)
    .sort((a, b) => a.stage.localeCompare(b.stage) || a.year - b.year || a.scenario.localeCompare(b.scenario));
  if (rows.length === 0) throw new Error(`chart "${input.id}": no value-chain rows for ${input.country}`);
  const bands = rows.map((r) => ({ ...r, band: bandLabel(r), text: formatPercent(r.share_pct) }));
  const actual = bands.filter((r) => r.scenario === 'actual');
  const projected = bands.filter((r) => r.scenario === 'projection');

  // The wide and the phone drawing share their axis and their bars.
  const x = (ticks: number[]) => xAxis(`${input.country}’s share of global output (%)`, { domain: [0, 100], ticks });
  const shares = (baseline: boolean): Plot.Markish[] => [
    // The 100% track: the rest of the world, drawn faintly so the share reads as a part of a whole.
    Plot.barX(bands, { x: 100, y: 'band', fill: 'currentColor', fillOpacity: 0.07 }),
    Plot.barX(actual, { x: 'share_pct', y: 'band', fill: HIGHLIGHT }),
    Plot.barX(projected, {
      x: 'share_pct',
      y: 'band',
      fill: HIGHLIGHT,
      fillOpacity: 0.35,
      stroke: HIGHLIGHT,
      strokeWidth: 1.5,
      strokeDasharray: '4,3',
      inset: 0.75,
    }),
    Plot.text(actual, { x: 'share_pct', y: 'band', text: 'text', textAnchor: 'end', dx: -6, fill: ON_BAR, fontWeight: 'bold' }),
    Plot.text(projected, {
      x: 'share_pct',
      y: 'band',
      text: (d: (typeof projected)[number]) => `${d.text} projected`,
      textAnchor: 'end',
      dx: -6,
      fontWeight: 'bold',
    }),
    ...(baseline ? [Plot.ruleX([0])] : []),
  ];

  const plot = (): Plot.PlotOptions => ({
    width: WIDTH,
    height: bands.length * ROW_HEIGHT + 52,
    marginLeft: labelMargin(bands.map((b) => b.band)),
    marginRight: 24,
    marginTop: 8,
    marginBottom: 40,
    x: x([0, 25, 50, 75, 100]),
    y: { domain: bands.map((b) => b.band), label: null, tickSize: 0, padding: 0.22 },
    marks: shares(true),
  });

  // Phone layout: each stage and year above its bar, bars across the full width, three ticks, no baseline
  // through the labels.
  const narrowPlot = (): Plot.PlotOptions => ({
    width: NARROW_WIDTH,
    height: bands.length * NARROW_ROW + 52,
    marginLeft: 4,
    marginRight: 16,
    marginTop: 20,
    marginBottom: 36,
    x: x([0, 50, 100]),
    y: { domain: bands.map((b) => b.band), axis: null, padding: 0.45 },
    marks: [...shares(false), Plot.text(bands, { x: 0, y: 'band', text: 'band', textAnchor: 'start', dy: -20 })],
  });

  return assembleSpec('value-chain', input, {
    plot,
    narrowPlot,
    table: {
      columns: [
        { key: 'country', label: 'Country', type: 'text' },
        { key: 'stage', label: 'Stage', type: 'text' },
        { key: 'year', label: 'Year', type: 'year' },
        { key: 'scenario', label: 'Actual or projection', type: 'text' },
        { key: 'share_pct', label: 'Share of global output', unit: '%', type: 'percent' },
        { key: 'source_id', label: 'Sources', type: 'source-ids' },
        { key: 'tier', label: 'Tier', type: 'text' },
      ],
      rows: rows.map((r) => ({
        country: r.country,
        stage: r.stage,
        year: r.year,
        scenario: r.scenario,
        share_pct: r.share_pct,
        source_id: r.source_id.join(';'),
        tier: r.tier,
      })),
    },
    units: ['%'],
  });
}
