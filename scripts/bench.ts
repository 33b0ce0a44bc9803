/**
 * npm run bench: builds N synthetic briefings (default 200; `--n 1000`) with the site's own code, and the same
 * MDX without its figures as a bare Astro site (MDX alone, one route, no layout), each `--runs` times (default 3,
 * interleaved, median reported). Prints build time, the Astro process's peak memory, pages per second and the
 * gzipped weight of a sample page. Every build is cold and in its own process. Reports; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHART_IDS } from '../src/lib/charts/chart-ids.ts';
import { topicIds } from '../src/schemas/topics.ts';
import { briefing } from './lib/bench-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.cache', 'bench');
const { values } = parseArgs({ options: { n: { type: 'string', default: '200' }, runs: { type: 'string', default: '3' } } });
const n = Number(values.n);
const runs = Number(values.runs);

/** Writes a site: `files` over a fresh folder, every package of node_modules linked one by one (own caches). */
async function site(name: string, files: Record<string, string>, copyProject: boolean): Promise<string> {
  const root = path.join(WORK, name);
  await rm(root, { recursive: true, force: true });
  // The synthetic briefings replace the project's briefings and notes; its reference pages (src/content/pages) stay.
  const content = ['briefings', 'notes'].map((kind) => path.join(ROOT, 'src', 'content', kind));
  for (const entry of copyProject ? ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'data'] : []) {
    await cp(path.join(ROOT, entry), path.join(root, entry), {
      recursive: true,
      filter: (p) => !content.some((dir) => p === dir || p.startsWith(dir + path.sep)),
    });
  }
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  await mkdir(path.join(root, 'node_modules'), { recursive: true });
  for (const entry of await readdir(path.join(ROOT, 'node_modules'))) {
    if (!entry.startsWith('.')) await symlink(path.join(ROOT, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  return root;
}

const mdx = Array.from({ length: n }, (_, i) => briefing(i, CHART_IDS, topicIds));
const slug = (i: number) => `bench-${String(i + 1).padStart(4, '0')}`;
const full = await site('full', Object.fromEntries(mdx.map((text, i) => [`src/content/briefings/${slug(i)}.mdx`, text])), true);
await mkdir(path.join(full, 'src/content/notes'), { recursive: true });
const bare = await site(
  'bare',
  {
    'package.json': '{ "name": "bench-bare", "private": true, "type": "module" }\n',
    'astro.config.mjs':
      "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n",
    'src/content.config.ts':
      "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      "export const collections = { briefings: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/briefings' }) }) };\n",
    'src/pages/briefings/[slug].astro':
      "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n" +
      "  return (await getCollection('briefings')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n" +
      'const { Content } = await render(Astro.props.entry);\n---\n<Content />\n',
    'peak.mjs':
      "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.PEAK_FILE, String(process.resourceUsage().maxRSS)));\n",
    ...Object.fromEntries(mdx.map((text, i) => [`src/content/briefings/${slug(i)}.mdx`, text.replace(/^<Figure [^>]*\/>\n\n/gm, '')])),
  },
  false,
);

/** One cold build in its own process: seconds from spawn to exit and peak resident memory in MiB. */
async function build(root: string): Promise<{ seconds: number; peakMiB: number }> {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    await rm(path.join(root, dir), { recursive: true, force: true });
  const peakFile = path.join(root, 'peak.txt');
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', path.join(bare, 'peak.mjs'), 'node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PEAK_FILE: peakFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the build in ${root} failed (exit ${code})`);
  return { seconds: (performance.now() - start) / 1000, peakMiB: Number(readFileSync(peakFile, 'utf8')) / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const htmlPages = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (count, e) => count + (e.isDirectory() ? htmlPages(path.join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );

/** The gzipped bytes of the first briefing's HTML (this site's inlines its stylesheet) and any stylesheet it links. */
function sampleWeight(dist: string): { html: number; css: number } {
  const html = readFileSync(path.join(dist, 'briefings', slug(0), 'index.html'));
  const css = [...html.toString().matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map(
    (m) => gzipSync(readFileSync(path.join(dist, m[1]!)), { level: 9 }).length,
  );
  return { html: gzipSync(html, { level: 9 }).length, css: css.reduce((a, b) => a + b, 0) };
}

console.error(`bench: ${n} briefings, ${runs} run(s) of each build, in ${path.relative(ROOT, WORK)}/`);
await build(full); // untimed: warms the operating system's file cache for both sites alike
await build(bare);
const times: Record<'full' | 'bare', Array<{ seconds: number; peakMiB: number }>> = { full: [], bare: [] };
for (let run = 1; run <= runs; run++) {
  times.full.push(await build(full));
  times.bare.push(await build(bare));
  console.error(`bench: run ${run}: ${times.full.at(-1)!.seconds.toFixed(2)} s, bare ${times.bare.at(-1)!.seconds.toFixed(2)} s`);
}

const rows = (['full', 'bare'] as const).map((name) => {
  const root = name === 'full' ? full : bare;
  const seconds = median(times[name].map((t) => t.seconds));
  const pages = htmlPages(path.join(root, 'dist'));
  return {
    name,
    seconds,
    peakMiB: Math.max(...times[name].map((t) => t.peakMiB)),
    pages,
    perSecond: pages / seconds,
    weight: sampleWeight(path.join(root, 'dist')),
  };
});
console.log(`\n| N = ${n}, median of ${runs} | this site | bare Astro, same MDX without figures |\n| --- | --- | --- |`);
const line = (label: string, cell: (r: (typeof rows)[number]) => string) => console.log(`| ${label} | ${rows.map(cell).join(' | ')} |`);
line('build time', (r) => `${r.seconds.toFixed(2)} s`);
line('peak memory, Astro process', (r) => `${Math.round(r.peakMiB)} MiB`);
line('HTML pages per second', (r) => `${r.perSecond.toFixed(1)} (${r.pages} pages)`);
line('sample page, gzipped: HTML + linked CSS', (r) => `${r.weight.html} + ${r.weight.css} = ${r.weight.html + r.weight.css} B`);
console.log(`\nThis site / bare: ${(rows[0]!.seconds / rows[1]!.seconds).toFixed(2)}`);
