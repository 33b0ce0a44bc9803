/**
 * npm run bench — builds a synthetic corpus and reports build time, peak memory, pages and chart renders
 * per second, index size and the weight of a sample page. A benchmark reports numbers; it asserts nothing.
 *
 *   npm run bench                    N = 200: full corpus, the same without charts, and a bare-Astro baseline
 *   npm run bench -- --n 1000        another corpus size
 *   npm run bench -- --scale         N = 100, 200, 500, 1000 (full corpus only): how time and memory grow
 *   npm run bench -- --json          JSON only
 *
 * The corpus is deterministic (seeded generator) and valid for the project's schemas: N briefings of about
 * 1,500 words with six sections, subsections, a list, a table, footnotes and two figures each.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from './lib/chromium.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const JSON_ONLY = flag('--json');
const log = (s: string) => {
  if (!JSON_ONLY) console.log(s);
};
const WORK = path.join(PROJECT_ROOT, '.cache', 'bench');

// ---- corpus ------------------------------------------------------------------------------------------

/** mulberry32: a tiny seeded generator, so every run writes the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS = ('supply chain refining mining magnet policy export licence deposit reserve forecast partner ' +
  'investment processing separation oxide metal alloy market price demand capacity project permit finance ' +
  'agreement summit dialogue region exploration resource estimate standard buyer producer government industry ' +
  'cost time risk plant element neodymium dysprosium terbium cerium lanthanum yttrium scandium concentrate').split(' ');
const TOPICS = ['strategy', 'partnerships', 'challenges', 'supply', 'kazakhstan', 'china', 'policy'];

async function chartIds(): Promise<string[]> {
  // Read the ids from the registry's source: the registry itself needs Vite to import.
  const text = await readFile(path.join(PROJECT_ROOT, 'src/lib/charts/named-charts.ts'), 'utf8');
  return [...text.matchAll(/^\s{4}id: '([a-z0-9-]+)'/gm)].map((m) => m[1]!);
}

function sentence(r: () => number, n = 8 + Math.floor(r() * 10)): string {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!);
  w[0] = w[0]!.charAt(0).toUpperCase() + w[0]!.slice(1);
  return `${w.join(' ')}.`;
}
const paragraph = (r: () => number, n = 4) => Array.from({ length: n }, () => sentence(r)).join(' ');

function briefing(i: number, charts: string[], withCharts: boolean): string {
  const r = rng(i + 1);
  const figures = [charts[i % charts.length]!, charts[(i + 1) % charts.length]!];
  const body: string[] = [];
  for (let s = 1; s <= 6; s++) {
    body.push(`## Section ${s} ${sentence(r, 3).replace('.', '')} {#section-${s}}`, '', paragraph(r), '', paragraph(r));
    body.push('', `### Detail ${s}.1`, '', paragraph(r, 5), '', `### Detail ${s}.2`, '', paragraph(r, 5));
    if (s === 2) body.push('', ...Array.from({ length: 4 }, () => `- ${sentence(r, 8)}`));
    if (s === 3) body.push('', '| Item | Value | Note |', '| --- | --- | --- |', ...Array.from({ length: 4 }, (_, k) => `| ${WORDS[k]} | ${k + 1} | ${sentence(r, 4)} |`));
    if (s === 4) body.push('', `${sentence(r)} ${sentence(r)}[^${s}]`, '', `[^${s}]: ${sentence(r)}`);
    if (withCharts && (s === 2 || s === 5)) body.push('', `<Figure chart="${figures[s === 2 ? 0 : 1]}" />`);
    body.push('');
  }
  return [
    '---',
    `title: Synthetic briefing number ${i + 1}`,
    `summary: ${sentence(r, 14)} ${sentence(r, 12)}`,
    `published: 2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    `topics: [${TOPICS[i % TOPICS.length]}, ${TOPICS[(i + 3) % TOPICS.length]}]`,
    'keyPoints:',
    `  - ${sentence(r, 12)}`,
    `  - ${sentence(r, 12)}`,
    `  - ${sentence(r, 12)}`,
    'version: "1.0"',
    '---',
    '',
    ...body,
  ].join('\n');
}

// ---- sites -------------------------------------------------------------------------------------------

async function linkNodeModules(root: string) {
  const from = path.join(PROJECT_ROOT, 'node_modules');
  await mkdir(path.join(root, 'node_modules'), { recursive: true });
  for (const e of await readdir(from)) if (e !== '.astro' && e !== '.vite') await symlink(path.join(from, e), path.join(root, 'node_modules', e));
}

async function writeCorpus(dir: string, n: number, charts: string[], withCharts: boolean) {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < n; i++) await writeFile(path.join(dir, `synthetic-${String(i + 1).padStart(4, '0')}.mdx`), briefing(i, charts, withCharts));
}

/** A copy of this site with the synthetic corpus in place of the real content. */
async function projectSite(name: string, n: number, charts: string[], withCharts: boolean): Promise<string> {
  const root = path.join(WORK, name);
  await rm(root, { recursive: true, force: true });
  for (const e of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'data']) {
    await cp(path.join(PROJECT_ROOT, e), path.join(root, e), { recursive: true, filter: (s) => !s.includes(`${path.sep}src${path.sep}content${path.sep}`) });
  }
  await mkdir(path.join(root, 'src/content/notes'), { recursive: true });
  await writeCorpus(path.join(root, 'src/content/briefings'), n, charts, withCharts);
  if (withCharts) {
    // Chart rendering measured in the build itself, where the chart modules load as they do for pages.
    await writeFile(path.join(root, 'src/pages/bench-charts.json.ts'), `import { benchmarkCharts } from '../lib/charts/bench';\nexport const GET = () => new Response(JSON.stringify(benchmarkCharts(50)));\n`);
  }
  await linkNodeModules(root);
  return root;
}

/** A bare Astro site: MDX, a glob collection without a schema, one route with no layout. */
async function baselineSite(n: number, charts: string[]): Promise<string> {
  const root = path.join(WORK, 'baseline');
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'src/pages/briefings'), { recursive: true });
  await writeFile(path.join(root, 'package.json'), '{ "name": "baseline", "private": true, "type": "module" }\n');
  // Same Markdown features as the site (heading attributes parse `{#id}`), none of its plugins.
  await writeFile(
    path.join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nimport { satteri } from '@astrojs/markdown-satteri';\nexport default defineConfig({ markdown: { processor: satteri({ features: { headingAttributes: true, gfm: true } }) }, integrations: [mdx()] });\n",
  );
  await writeFile(path.join(root, 'src/content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { briefings: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/briefings' }) }) };\n");
  await writeFile(path.join(root, 'src/pages/briefings/[slug].astro'), "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('briefings')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<Content />\n");
  await writeCorpus(path.join(root, 'src/content/briefings'), n, charts, false);
  await linkNodeModules(root);
  return root;
}

// ---- measuring ---------------------------------------------------------------------------------------

interface BuildStats {
  seconds: number;
  peakMiB: number;
}

/** Builds in a child process; a preload script records the process's peak resident memory at exit. */
async function build(root: string): Promise<BuildStats> {
  const rssFile = path.join(root, 'peak-rss.txt');
  const preload = path.join(root, 'peak-rss.mjs');
  await writeFile(preload, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  const start = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['--import', preload, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', resolve);
  });
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0) throw new Error(`build failed in ${root} (exit ${code})`);
  const kib = Number(await readFile(rssFile, 'utf8'));
  return { seconds: round(seconds, 2), peakMiB: round(kib / 1024, 0) };
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

async function dirBytes(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? await dirBytes(p) : (await stat(p)).size;
  }
  return total;
}

/** Gzipped weight of a page as a reader's browser loads it before interaction: HTML, stylesheets, scripts. */
async function pageWeight(dist: string, page: string) {
  const html = await readFile(path.join(dist, page), 'utf8');
  let css = 0;
  let js = 0;
  for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) css += gz(await readFile(path.join(dist, m[1]!)));
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (m[1]!.includes('application/ld+json')) continue;
    const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
    js += gz(src ? await readFile(path.join(dist, src)) : m[2]!);
  }
  const htmlGz = gz(html);
  return { htmlGz, cssGz: css, jsGz: js, totalGz: htmlGz + css + js };
}

async function countPages(dist: string): Promise<number> {
  let n = 0;
  for (const e of await readdir(dist, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n++;
  return n;
}

// ---- runs --------------------------------------------------------------------------------------------

async function runFull(n: number, charts: string[]) {
  const root = await projectSite(`full-${n}`, n, charts, true);
  const stats = await build(root);
  const dist = path.join(root, 'dist');
  const pages = await countPages(dist);
  const timings = JSON.parse(await readFile(path.join(dist, 'bench-charts.json'), 'utf8')) as Array<{ id: string; meanMs: number; bytes: number }>;
  const meanMs = round(timings.reduce((s, t) => s + t.meanMs, 0) / timings.length, 2);
  return {
    n,
    ...stats,
    pages,
    pagesPerSecond: round(pages / stats.seconds, 1),
    figures: n * 2,
    chartMeanMs: meanMs,
    chartRendersPerSecond: round(1000 / meanMs, 0),
    chartTimings: timings,
    indexBytes: await dirBytes(path.join(dist, 'pagefind')),
    samplePage: await pageWeight(dist, 'briefings/synthetic-0001/index.html'),
    root,
  };
}

const charts = await chartIds();
await mkdir(WORK, { recursive: true });
const keep = flag('--keep');
const results: Record<string, unknown> = {};

if (flag('--scale')) {
  const rows = [];
  for (const n of [100, 200, 500, 1000]) {
    log(`building the full corpus at N = ${n}…`);
    const r = await runFull(n, charts);
    rows.push({ n, seconds: r.seconds, peakMiB: r.peakMiB, pagesPerSecond: r.pagesPerSecond });
    if (!keep) await rm(r.root, { recursive: true, force: true });
  }
  results.scale = rows;
  log('\nN      build s   peak MiB   pages/s');
  for (const r of rows) log(`${String(r.n).padEnd(7)}${String(r.seconds).padEnd(10)}${String(r.peakMiB).padEnd(11)}${r.pagesPerSecond}`);
} else {
  const n = option('--n', 200);
  log(`building the full corpus (N = ${n}, two figures a page)…`);
  const full = await runFull(n, charts);
  log('building the same corpus without charts…');
  const noChartsRoot = await projectSite(`nocharts-${n}`, n, charts, false);
  const noCharts = await build(noChartsRoot);
  const noChartsPage = await pageWeight(path.join(noChartsRoot, 'dist'), 'briefings/synthetic-0001/index.html');
  log('building the bare-Astro baseline (same MDX, no layout, no schema)…');
  const baseRoot = await baselineSite(n, charts);
  const base = await build(baseRoot);
  const { root: _root, chartTimings, ...fullSummary } = full;
  Object.assign(results, {
    full: fullSummary,
    chartTimings,
    noCharts: { ...noCharts, samplePage: noChartsPage },
    baseline: base,
    ratioNoChartsToBaseline: round(noCharts.seconds / base.seconds, 2),
    chartCostPerFigureMs: round(((full.seconds - noCharts.seconds) * 1000) / full.figures, 1),
  });
  log(`
                              full        no charts   bare baseline
build time (s)                ${String(full.seconds).padEnd(12)}${String(noCharts.seconds).padEnd(12)}${base.seconds}
peak memory, Astro (MiB)      ${String(full.peakMiB).padEnd(12)}${String(noCharts.peakMiB).padEnd(12)}${base.peakMiB}
pages per second              ${full.pagesPerSecond}
chart render, mean (ms)       ${full.chartMeanMs}   (${full.chartRendersPerSecond} renders/s; build cost per figure ${results.chartCostPerFigureMs} ms)
Pagefind index (KiB)          ${round(full.indexBytes / 1024, 0)}
sample page, gzipped (bytes)  HTML ${full.samplePage.htmlGz}, CSS ${full.samplePage.cssGz}, JS ${full.samplePage.jsGz}, total ${full.samplePage.totalGz}
  without charts              HTML ${noChartsPage.htmlGz}, CSS ${noChartsPage.cssGz}, JS ${noChartsPage.jsGz}, total ${noChartsPage.totalGz}
no-charts build / baseline    ${results.ratioNoChartsToBaseline}  (budget: at most 1.3)

Peak memory is the Astro process's; Pagefind indexes in a separate process of its own.`);
  if (!keep) for (const r of [full.root, noChartsRoot, baseRoot]) await rm(r, { recursive: true, force: true });
}

if (JSON_ONLY) console.log(JSON.stringify(results, null, 2));
else console.log(`\n${JSON.stringify(results)}`);
