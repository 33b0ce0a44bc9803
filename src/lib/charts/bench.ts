import { renderChart } from '../render-svg';
import { listCharts, type ChartOptions } from './index';

/**
 * Measures rendering cost per chart, for the project's benchmark script (not asserted in tests: timings
 * depend on the machine). Each chart is rendered once to warm up, then `iterations` times.
 */
export interface ChartTiming {
  id: string;
  /** Mean milliseconds per render. */
  meanMs: number;
  /** Size of the serialised SVG in bytes (UTF-8). */
  bytes: number;
}

export function benchmarkCharts(iterations = 50, options: ChartOptions = {}): ChartTiming[] {
  return listCharts(options).map((spec) => {
    const svg = renderChart(spec);
    const start = performance.now();
    for (let i = 0; i < iterations; i++) renderChart(spec);
    const meanMs = (performance.now() - start) / iterations;
    return { id: spec.id, meanMs: Math.round(meanMs * 100) / 100, bytes: Buffer.byteLength(svg, 'utf8') };
  });
}
