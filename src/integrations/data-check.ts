import type { AstroIntegration } from 'astro';
import { loadDatasets } from '../lib/data/load.ts';
import { formatStale, staleStatuses } from '../lib/as-of.ts';

/**
 * Validates every dataset (schemas, source ids, and the facts-versus-chart-data consistency check) before
 * Astro writes a single page, so a bad data file stops the build with the file, line and column and never
 * leaves a half-written dist/ behind. In a build the pages then import these same module instances rather
 * than a bundled copy (src/integrations/native-modules.ts), so they find the datasets already read and
 * validated. The dev server never runs this hook; it keeps its own copies and reloads them when a file changes.
 *
 * Charts are not rendered here. This file is loaded with the Astro config, and importing Plot, the atlas
 * and the chart code with it cost every build about 0.3 s before content sync began; importing them in
 * the hook instead would only move that time, since the pages that draw charts load them again anyway.
 * Every chart spec is still built and checked in every build, by the /charts/<id>.csv and .json routes,
 * and every chart is rendered, with Plot warnings as errors, by tests/unit/charts-render.test.ts and by
 * the pages that show it.
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
