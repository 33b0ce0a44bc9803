/**
 * The ids of every named chart, in catalogue order, with nothing else. Kept apart from the chart builders
 * so that code which only checks ids (the MDX references plugin, loaded with the Astro config) does not
 * pull in Plot, the atlas and the chart code: that import alone cost a build about 0.3 s at start-up.
 * `named-charts.ts` is typed against this list, so a chart cannot be added to one and not the other.
 */
export const CHART_IDS = [
  'production-2024',
  'production-change-2023-2024',
  'reserves-2024',
  'china-value-chain',
  'us-import-sources',
  'partnership-timeline',
  'china-export-controls',
  'kazakhstan-deposits-map',
] as const;

export type ChartId = (typeof CHART_IDS)[number];

/** Ids of every named chart, in catalogue order. */
export function chartIds(): string[] {
  return [...CHART_IDS];
}
