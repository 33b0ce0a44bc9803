/**
 * npm run bench — how fast the site builds and how heavy its pages are, on a synthetic corpus.
 *
 *   npm run bench                     N = 200: (a) full corpus, (b) the same without charts, (c) a bare Astro
 *                                     baseline built from (b)'s MDX; prints the (b)/(c) ratio (target ≤ 1.3)
 *   npm run bench -- --n 1000         another corpus size
 *   npm run bench -- --no-charts      only (b) and (c): the acceptance check, without the chart build
 *   npm run bench -- --scale          N = 100, 200, 500, 1000, full corpus only: how time and memory grow
 *   npm run bench -- --runs 7         build each site 7 times (interleaved) and report the median time;
 *                                     the default is 5 (the ratio of two single builds moves by up to ±0.08
 *                                     on this shared machine; the median of 3 still moved by ±0.03), and 1
 *                                     with --scale
 *   npm run bench -- --json           JSON only (no table, no progress lines)
 *   npm run bench -- --keep           keep the site copies in .cache/bench/ (with each build's build.log)
 *
 * Every timed build is cold (no dist, no content-layer or Vite cache; one untimed build of each site first
 * warms only the operating system's file cache) and runs in its own process, so timings
 * include Node start-up, content sync, bundling, rendering and the Pagefind step, as `npm run build` does.
 * A benchmark reports numbers; it asserts nothing and exits 0 whatever the ratio (budgets that can be
 * checked exactly, in bytes, are tests: tests/build/budgets.test.ts).
 */
import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { topicIds } from '../src/schemas/topics.ts';
import type { ChartBench } from './lib/bench-charts.ts';
import { corpus, withoutFigures, type BriefingFile } from './lib/bench-corpus.ts';
import { countFiles, folderBytes, pageWeight, type PageWeight } from './lib/bench-measure.ts';
import { baselineSite, buildSite, projectSite, round, writePeakMemoryPreload, type BuildResult } from './lib/bench-sites.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(PROJECT_ROOT, '.cache', 'bench');
const SAMPLE_PAGE = 'briefings/bench-0001/index.html'; // the first generated briefing
const SCALE_SIZES = [100, 200, 500, 1000];
const RATIO_TARGET = 1.3;
// "Under 10 KB" read the strict way, as 10,000 bytes (it is also under 10 KiB, 10,240 bytes).
const PAGE_TARGET_BYTES = 10_000;
const MEMORY_TARGET_MIB = 2 * 1024;
const MEMORY_NOTE =
  'Peak memory is the resident set of the Astro process (worker threads included), from getrusage at exit. ' +
  'Pagefind indexes in a separate binary spawned by it; its peak is polled from /proc and reported apart.';

const { values: options } = parseArgs({
  options: {
    n: { type: 'string', default: '200' },
    scale: { type: 'boolean', default: false },
    'no-charts': { type: 'boolean', default: false },
    runs: { type: 'string' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const positiveInteger = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a positive integer; got "${value}"`);
  return n;
};
const N = positiveInteger('n', options.n);
const RUNS = options.runs === undefined ? (options.scale ? 1 : 5) : positiveInteger('runs', options.runs);

/** Progress goes to stderr, and not at all under --json, so stdout is exactly the table or the JSON. */
const progress = (line: string) => {
  if (!options.json) process.stderr.write(`${line}\n`);
};

// ---- measuring ------------------------------------------------------------------------------------------

/** Chart rendering in plain Node (scripts/lib/bench-charts.ts, its own process): ids and per-render cost. */
async function measureCharts(): Promise<ChartBench> {
  const script = path.join(PROJECT_ROOT, 'scripts/lib/bench-charts.ts');
  const child = spawn(process.execPath, [script, '--iterations', '30'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`scripts/lib/bench-charts.ts failed (exit ${code}): a chart could not be built or rendered`);
  return JSON.parse(out) as ChartBench;
}

type Variant = 'full' | 'noCharts' | 'baseline';

interface VariantResult {
  /** Median wall time over the runs. */
  seconds: number;
  secondsPerRun: number[];
  /** Highest peak over the runs. */
  peakMiB: number;
  pagefindPeakMiB: number | null;
  htmlPages: number;
  pagesPerSecond: number;
  pagefindIndexBytes: number;
  samplePage: PageWeight;
  /** Seconds from spawn at which Astro's log reached each phase, in the median run, for profiling. */
  phases: Record<string, number>;
  /** The Pagefind step's own duration in the median run, like `phases` (null for the baseline, which has none). */
  searchIndexSeconds: number | null;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** Seconds between two phase markers of a variant's median run, or null when Astro did not log one of them. */
const phaseSpan = (r: { phases: Record<string, number> }, from: string, to: string) =>
  r.phases[from] !== undefined && r.phases[to] !== undefined ? round(r.phases[to]! - r.phases[from]!) : null;

/** Writes the site for one variant; returns its root. */
async function prepare(variant: Variant, n: number, files: readonly BriefingFile[]): Promise<string> {
  const root = path.join(WORK, `${variant}-${n}`);
  if (variant === 'baseline') return baselineSite(PROJECT_ROOT, root, files, withoutFigures);
  return projectSite(PROJECT_ROOT, root, files, variant === 'full' ? (mdx) => mdx : withoutFigures);
}

/**
 * Builds each site `runs` times, interleaving the variants (a b c a b c …) so that a slow moment on a shared
 * machine lands on every variant rather than on one, then measures the last build's output.
 */
let warmedUp = false;

async function buildVariants(roots: Map<Variant, string>, preload: string): Promise<Map<Variant, VariantResult>> {
  const builds = new Map<Variant, BuildResult[]>([...roots.keys()].map((v) => [v, []]));
  // One untimed build of each site first. The first build after a while reads Node, Astro, Vite and the
  // site's own files from a cold disk cache (0.3–0.5 s more on this machine); without this, a single run is
  // biased against whichever variant is built first. Only the operating system's file cache is warmed:
  // every timed build still starts with no dist/ and no Astro or Vite cache. In --scale mode only the
  // first size is warmed up (Node, Astro and Vite are then in the cache; each size's corpus is new anyway).
  for (const root of roots.values()) {
    if (warmedUp && options.scale) break;
    progress(`  warming up: building ${path.relative(PROJECT_ROOT, root)} once, untimed…`);
    await buildSite(root, preload);
  }
  warmedUp = true;
  for (let run = 1; run <= RUNS; run++) {
    for (const [variant, root] of roots) {
      progress(`  building ${path.relative(PROJECT_ROOT, root)}${RUNS > 1 ? ` (run ${run} of ${RUNS})` : ''}…`);
      const result = await buildSite(root, preload);
      progress(`    ${result.seconds} s, peak ${result.peakMiB} MiB`);
      builds.get(variant)!.push(result);
    }
  }
  const results = new Map<Variant, VariantResult>();
  for (const [variant, root] of roots) {
    const runs = builds.get(variant)!;
    const dist = path.join(root, 'dist');
    const seconds = round(median(runs.map((r) => r.seconds)));
    // The breakdown comes from the run closest to the median, so its phases add up to the time printed.
    const typical = runs.reduce((best, r) => (Math.abs(r.seconds - seconds) < Math.abs(best.seconds - seconds) ? r : best));
    const htmlPages = await countFiles(dist, '.html');
    const pagefindPeaks = runs.flatMap((r) => Object.entries(r.childPeakMiB).filter(([name]) => /pagefind/i.test(name)).map(([, mib]) => mib));
    results.set(variant, {
      seconds,
      secondsPerRun: runs.map((r) => r.seconds),
      peakMiB: Math.max(...runs.map((r) => r.peakMiB)),
      pagefindPeakMiB: pagefindPeaks.length ? Math.max(...pagefindPeaks) : null,
      htmlPages,
      pagesPerSecond: round(htmlPages / seconds, 1),
      pagefindIndexBytes: await folderBytes(path.join(dist, 'pagefind')),
      samplePage: await pageWeight(dist, SAMPLE_PAGE),
      phases: typical.phases,
      searchIndexSeconds: typical.searchIndexSeconds,
    });
  }
  return results;
}

// ---- printing -------------------------------------------------------------------------------------------

/** A plain text table: first column left-aligned, the others right-aligned. */
function table(rows: Array<Array<string | number | null>>): string {
  const cells = rows.map((r) => r.map((c) => (c === null ? '–' : typeof c === 'number' ? c.toLocaleString('en-GB') : c)));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')).join('\n');
}
const kib = (bytes: number) => round(bytes / 1024, 1);

// ---- runs -----------------------------------------------------------------------------------------------

await mkdir(WORK, { recursive: true });
const preload = await writePeakMemoryPreload(WORK);
const created: string[] = [];
let failed = false;

try {
  progress('measuring chart rendering in plain Node…');
  const charts = await measureCharts();
  const machine = { node: process.version, cpus: os.cpus().length, memoryGiB: round(os.totalmem() / 2 ** 30, 1), loadAverage1m: round(os.loadavg()[0]!) };

  if (options.scale) {
    const variant: Variant = options['no-charts'] ? 'noCharts' : 'full';
    const rows: Array<{ n: number; meanWords: number } & VariantResult> = [];
    for (const n of SCALE_SIZES) {
      const files = corpus(n, { chartIds: charts.chartIds, topics: topicIds });
      progress(`N = ${n}: writing the ${variant === 'full' ? 'full' : 'no-charts'} corpus…`);
      const root = await prepare(variant, n, files);
      created.push(root);
      const result = (await buildVariants(new Map([[variant, root]]), preload)).get(variant)!;
      rows.push({ n, meanWords: Math.round(files.reduce((s, f) => s + f.words, 0) / n), ...result });
      if (!options.keep) {
        await rm(root, { recursive: true, force: true }); // 1,000 pages of output add up; free them as we go
        created.pop();
      }
    }
    const first = rows[0]!;
    const growth = rows.map((r, i) => ({
      n: r.n,
      timeVsFirst: round(r.seconds / first.seconds),
      memoryVsFirst: round(r.peakMiB / first.peakMiB),
      // What each added briefing costs between this size and the one before: the slope, start-up aside.
      marginalMsPerBriefing: i === 0 ? null : round(((r.seconds - rows[i - 1]!.seconds) * 1000) / (r.n - rows[i - 1]!.n), 1),
    }));
    const largest = rows.at(-1)!;
    const report = {
      mode: 'scale',
      variant,
      machine,
      runs: RUNS,
      scale: rows,
      growth,
      memoryTarget: { n: largest.n, peakMiB: largest.peakMiB, limitMiB: MEMORY_TARGET_MIB, met: largest.peakMiB < MEMORY_TARGET_MIB },
      memoryNote: MEMORY_NOTE,
    };
    if (options.json) console.log(JSON.stringify(report, null, 2));
    else {
      console.log(`\nScale: ${variant === 'full' ? 'full corpus (two figures a page)' : 'corpus without charts'}; ${machine.cpus} CPUs, Node ${machine.node}, load ${machine.loadAverage1m} at start\n`);
      console.log(
        table([
          ['N', 'build s', '× N=100', 'ms/briefing added', 'peak MiB (Astro)', '× N=100', 'Pagefind MiB', 'HTML pages', 'pages/s', 'index KiB'],
          ...rows.map((r, i) => [r.n, r.seconds, growth[i]!.timeVsFirst, growth[i]!.marginalMsPerBriefing, r.peakMiB, growth[i]!.memoryVsFirst, r.pagefindPeakMiB, r.htmlPages, r.pagesPerSecond, kib(r.pagefindIndexBytes)]),
        ]),
      );
      console.log(`\nN = ${largest.n}: peak ${largest.peakMiB} MiB, ${report.memoryTarget.met ? 'under' : 'OVER'} the ${MEMORY_TARGET_MIB} MiB target.`);
      console.log(MEMORY_NOTE);
      console.log(`\n${JSON.stringify(report)}`);
    }
  } else {
    const files = corpus(N, { chartIds: charts.chartIds, topics: topicIds });
    const meanWords = Math.round(files.reduce((s, f) => s + f.words, 0) / N);
    const variants: Variant[] = options['no-charts'] ? ['noCharts', 'baseline'] : ['full', 'noCharts', 'baseline'];
    progress(`writing ${variants.length} sites of N = ${N} briefings (mean ${meanWords} words) to ${path.relative(PROJECT_ROOT, WORK)}/…`);
    const roots = new Map<Variant, string>();
    for (const v of variants) {
      roots.set(v, await prepare(v, N, files));
      created.push(roots.get(v)!);
    }
    const results = await buildVariants(roots, preload);
    const full = results.get('full');
    const noCharts = results.get('noCharts')!;
    const baseline = results.get('baseline')!;
    const figures = 2 * N;
    // Three decimals, and compared unrounded: rounding to two first would call 1.302 "1.3" and so "met".
    const ratio = round(noCharts.seconds / baseline.seconds, 3);
    const report = {
      mode: 'compare',
      machine,
      runs: RUNS,
      corpus: { n: N, meanWords, figuresPerPage: full ? 2 : 0, chartIds: charts.chartIds, samplePage: SAMPLE_PAGE },
      charts: {
        measuredIn: 'plain Node: renderChart(getChart(id)) from src/lib/render-svg.ts and src/lib/charts, warm, mean over charts',
        meanMsPerRender: charts.meanMs,
        rendersPerSecond: charts.rendersPerSecond,
        moduleAndDataLoadMs: charts.importMs,
        perChart: charts.charts,
        // The same cost seen from the build: whole-build difference per figure (Figure markup, tables and
        // downloads links included, and timing noise); only meaningful when the full corpus was built.
        buildCostPerFigureMs: full ? round(((full.seconds - noCharts.seconds) * 1000) / figures, 1) : null,
      },
      builds: Object.fromEntries(results),
      acceptance: {
        noChartsToBaseline: ratio,
        ratioTarget: RATIO_TARGET,
        ratioMet: ratio <= RATIO_TARGET,
        noChartsSamplePageGz: noCharts.samplePage.totalGz,
        pageTargetGz: PAGE_TARGET_BYTES,
        pageMet: noCharts.samplePage.totalGz < PAGE_TARGET_BYTES,
      },
      memoryNote: MEMORY_NOTE,
    };
    if (options.json) console.log(JSON.stringify(report, null, 2));
    else {
      const columns: Array<[string, VariantResult]> = [
        ...(full ? [['full', full] as [string, VariantResult]] : []),
        ['no charts', noCharts],
        ['bare baseline', baseline],
      ];
      const row = (label: string, get: (r: VariantResult) => string | number | null) => [label, ...columns.map(([, r]) => get(r))];
      console.log(`\nN = ${N} briefings, mean ${meanWords} words${full ? `, ${figures} figures` : ''}; ${machine.cpus} CPUs, Node ${machine.node}, load ${machine.loadAverage1m} at start${RUNS > 1 ? `; median of ${RUNS} runs` : ''}\n`);
      console.log(
        table([
          ['', ...columns.map(([name]) => name)],
          row('build time (s)', (r) => r.seconds),
          // From Astro's log, median run: where the time went. "after the pages" is the sitemap, the citation
          // files and the Pagefind index (the baseline has none of them).
          row('  start-up and content sync (s)', (r) => r.phases.contentSynced ?? null),
          row('  bundling (s)', (r) => phaseSpan(r, 'contentSynced', 'routesStart')),
          row('  rendering pages (s)', (r) => phaseSpan(r, 'routesStart', 'routesDone')),
          row('  after the pages (s)', (r) => phaseSpan(r, 'routesDone', 'done')),
          // Pagefind starts when the pages are written and runs beside the sitemap and citation files.
          row('    of which the search index (s)', (r) => r.searchIndexSeconds),
          row('peak memory, Astro process (MiB)', (r) => r.peakMiB),
          row('peak memory, Pagefind (MiB)', (r) => r.pagefindPeakMiB),
          row('HTML pages', (r) => r.htmlPages),
          row('pages per second', (r) => r.pagesPerSecond),
          row('Pagefind index (KiB)', (r) => (r.pagefindIndexBytes ? kib(r.pagefindIndexBytes) : null)),
          row(`sample page HTML (bytes gz)`, (r) => r.samplePage.htmlGz),
          row('  CSS (bytes gz)', (r) => r.samplePage.cssGz),
          row('  JS on load (bytes gz)', (r) => r.samplePage.jsGz),
          row('    of which inline, in the HTML', (r) => r.samplePage.inlineJsGz),
          row('  total: HTML + CSS + external JS', (r) => r.samplePage.totalGz),
        ]),
      );
      console.log(`\nChart rendering (plain Node, warm, ${charts.iterations} renders each): mean ${charts.meanMs} ms per render, ${charts.rendersPerSecond} renders/s.`);
      console.log(table([['  chart', 'first ms', 'mean ms', 'SVG bytes'], ...charts.charts.map((c) => [`  ${c.id}`, c.firstMs, c.meanMs, c.bytes])]));
      if (full) console.log(`In the build: (full − no charts) / ${figures} figures = ${report.charts.buildCostPerFigureMs} ms per figure.`);
      console.log(`\nno charts / bare baseline: ${ratio} (target ≤ ${RATIO_TARGET}: ${ratio <= RATIO_TARGET ? 'met' : 'NOT met'})`);
      console.log(`sample page without charts: ${noCharts.samplePage.totalGz.toLocaleString('en-GB')} bytes gzipped (target < ${PAGE_TARGET_BYTES.toLocaleString('en-GB')}: ${report.acceptance.pageMet ? 'met' : 'NOT met'})`);
      console.log(MEMORY_NOTE);
      console.log(`\n${JSON.stringify(report)}`);
    }
  }
} catch (error) {
  failed = true;
  throw error;
} finally {
  // Keep a failed build's site, so its build.log can be read; otherwise clean up unless asked not to.
  if (!options.keep && !failed) for (const root of created) await rm(root, { recursive: true, force: true });
  if (!options.keep && !failed) await rm(preload, { force: true });
  if (failed && created.length) progress(`kept ${created.map((r) => path.relative(PROJECT_ROOT, r)).join(', ')} for inspection`);
}
