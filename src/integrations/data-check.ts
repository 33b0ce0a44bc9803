import type { AstroIntegration } from 'astro';
import { loadDatasets } from '../lib/data/load.ts';
import { formatStale, staleStatuses } from '../lib/as-of.ts';

/**
 * Validates every dataset (schemas, source ids, and the facts-versus-chart-data consistency check) before
 * Astro writes a single page, so a bad data file stops the build with the file, line and column and never
 * leaves a half-written dist/ behind. Charts are rendered, with Plot warnings as errors, by the pages that
 * show them and by tests/unit/charts-render.test.ts.
 */
export function dataCheck(): AstroIntegration {
  return {
    name: 'ree:data-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const data = loadDatasets();
        logger.info(`${data.catalogue.datasets.length} datasets validated`);
        // Only these warnings depend on today's date; the built files never do (npm run freshness fails on them).
        for (const s of staleStatuses(data, new Date())) logger.warn(`stale status: ${formatStale(s)}`);
      },
    },
  };
}
