/**
 * Chart rendering cost, measured outside Astro: `node scripts/lib/bench-charts.ts [--iterations 30]`, run from
 * the project root (the data loader reads ./data), prints JSON with the chart ids in catalogue order and, per
 * chart, the first (cold) render and the mean of warm renders of drawChart(getChart(id)) (renderChart without
 * its per-build cache, so every call draws).
 *
 * The site's modules import each other with explicit `.ts` extensions, so plain Node (type stripping) runs
 * the chart code exactly as written, with no Vite and no build step.
 *
 * It runs as its own process (bench.ts spawns it) so the loaded modules never touch the
 * benchmark's own process, and every run starts from the same cold state.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { round } from './bench-sites.ts';

export interface ChartTiming {
  id: string;
  /** The first render in this process: module warm-up, JIT and Plot's first scales included. */
  firstMs: number;
  /** Mean of `iterations` renders after the first: what each further figure costs in a long build. */
  meanMs: number;
  /** Size of the SVG string in bytes (UTF-8). */
  bytes: number;
}

export interface ChartBench {
  /** chartIds() from src/lib/charts, in catalogue order: the ids the corpus cycles through. */
  chartIds: string[];
  iterations: number;
  /** Loading the chart modules and datasets (the first getChart reads and validates every data file). */
  importMs: number;
  charts: ChartTiming[];
  /** Mean over charts of meanMs: the corpus shows every chart equally often, so this is the per-figure mean. */
  meanMs: number;
  rendersPerSecond: number;
}

export async function measureCharts(projectRoot: string, iterations: number): Promise<ChartBench> {
  const load = performance.now();
  const charts = (await import(pathToFileURL(path.join(projectRoot, 'src/lib/charts/index.ts')).href)) as typeof import('../../src/lib/charts/index.ts');
  const { drawChart } = (await import(pathToFileURL(path.join(projectRoot, 'src/lib/render-svg.ts')).href)) as typeof import('../../src/lib/render-svg.ts');
  const ids = charts.chartIds();
  // Build every spec before timing: specs are cached per dataset load in the site too, so the build pays
  // this once, not per figure.
  const specs = ids.map((id) => charts.getChart(id));
  const importMs = performance.now() - load;

  const timings: ChartTiming[] = specs.map((spec) => {
    const first = performance.now();
    const svg = drawChart(spec);
    const firstMs = performance.now() - first;
    const start = performance.now();
    for (let i = 0; i < iterations; i++) drawChart(spec);
    const meanMs = (performance.now() - start) / iterations;
    return { id: spec.id, firstMs: round(firstMs), meanMs: round(meanMs), bytes: Buffer.byteLength(svg, 'utf8') };
  });
  const meanMs = timings.reduce((sum, t) => sum + t.meanMs, 0) / timings.length;
  return {
    chartIds: ids,
    iterations,
    importMs: round(importMs, 0),
    charts: timings,
    meanMs: round(meanMs),
    rendersPerSecond: round(1000 / meanMs, 0),
  };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { iterations: { type: 'string', default: '30' } } });
  const iterations = Number(values.iterations);
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error(`--iterations: expected a positive integer; got ${values.iterations}`);
  console.log(JSON.stringify(await measureCharts(process.cwd(), iterations)));
}
