import type { AstroIntegration } from 'astro';
import { loadDatasets } from '../lib/data';
import { listCharts } from '../lib/charts';
import { renderChart } from '../lib/render-svg';

/**
 * Validates every dataset and renders every chart before Astro writes a single page, so a bad data file
 * (or a chart that Plot warns about) stops the build with the file, line and column, and never leaves a
 * half-written dist/ behind. Pages load the same cached data afterwards.
 */
export function dataCheck(): AstroIntegration {
  return {
    name: 'ree:data-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const data = loadDatasets();
        const charts = listCharts();
        for (const chart of charts) renderChart(chart);
        logger.info(`${data.catalogue.datasets.length} datasets and ${charts.length} charts validated`);
      },
    },
  };
}
