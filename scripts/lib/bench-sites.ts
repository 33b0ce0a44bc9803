/**
 * The benchmark's sites and builds: a copy of this project with a synthetic corpus in place of its content, a
 * bare Astro baseline, and a cold `astro build` of either in a child process with its peak memory recorded.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BriefingFile } from './bench-corpus.ts';

/** What the copy of the project takes from it: everything a build reads, except the content itself. */
const PROJECT_ENTRIES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'data'];

/**
 * Links every package of the project's node_modules into the site, but not the folder itself: Astro keeps its
 * content-layer store in node_modules/.astro and Vite its caches in node_modules/.vite, and sharing those with
 * the project (or between variants) would make builds warm, racy and wrong. Each site gets its own, empty.
 */
async function linkNodeModules(projectRoot: string, siteRoot: string): Promise<void> {
  const from = path.join(projectRoot, 'node_modules');
  const to = path.join(siteRoot, 'node_modules');
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (entry.startsWith('.') && entry !== '.bin') continue; // .astro, .vite, .vitest-cache, .package-lock.json
    await symlink(path.join(from, entry), path.join(to, entry));
  }
}

async function writeBriefings(dir: string, files: readonly BriefingFile[], transform: (mdx: string) => string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map((f) => writeFile(path.join(dir, `${f.slug}.mdx`), transform(f.mdx))));
}

/** A copy of the project with the corpus as its briefings and no notes, under `root` (replaced if present). */
export async function projectSite(projectRoot: string, root: string, files: readonly BriefingFile[], transform: (mdx: string) => string): Promise<string> {
  await rm(root, { recursive: true, force: true });
  const content = path.join(projectRoot, 'src', 'content');
  for (const entry of PROJECT_ENTRIES) {
    const from = path.join(projectRoot, entry);
    if (!existsSync(from)) continue;
    await cp(from, path.join(root, entry), { recursive: true, filter: (p) => p !== content && !p.startsWith(content + path.sep) });
  }
  await mkdir(path.join(root, 'src/content/notes'), { recursive: true });
  await writeBriefings(path.join(root, 'src/content/briefings'), files, transform);
  await linkNodeModules(projectRoot, root);
  return root;
}

/**
 * The bare Astro site the acceptance ratio is measured against: @astrojs/mdx and nothing else (Astro's
 * default Markdown processor, GFM included), a glob collection with no schema, and one route that renders
 * <Content /> with no layout. Same MDX files as the no-charts variant.
 */
export async function baselineSite(projectRoot: string, root: string, files: readonly BriefingFile[], transform: (mdx: string) => string): Promise<string> {
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'src/pages/briefings'), { recursive: true });
  await writeFile(path.join(root, 'package.json'), '{ "name": "bench-baseline", "private": true, "type": "module" }\n');
  await writeFile(
    path.join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n\nexport default defineConfig({ integrations: [mdx()] });\n",
  );
  await writeFile(
    path.join(root, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\n" +
      "export const collections = { briefings: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/briefings' }) }) };\n",
  );
  await writeFile(
    path.join(root, 'src/pages/briefings/[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\n\n" +
      'export async function getStaticPaths() {\n' +
      "  return (await getCollection('briefings')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n" +
      'const { Content } = await render(Astro.props.entry);\n---\n<Content />\n',
  );
  await writeBriefings(path.join(root, 'src/content/briefings'), files, transform);
  await linkNodeModules(projectRoot, root);
  return root;
}

// ---- building -------------------------------------------------------------------------------------------

export interface BuildResult {
  /** Wall time of `astro build`, from spawn to exit (Node start-up and the Pagefind step included). */
  seconds: number;
  /** Peak resident memory of the Astro process (its worker threads included), from getrusage at exit. */
  peakMiB: number;
  /** Peak resident memory of each child process seen while polling /proc (Pagefind's binary), by name. */
  childPeakMiB: Record<string, number>;
  /** Seconds from spawn at which Astro's log reached each phase, when it printed one we recognise. */
  phases: Record<string, number>;
  /** Seconds the Pagefind step took, from the pages being written to the index being written, as it logs them. */
  searchIndexSeconds: number | null;
  /** Where the build's output went, for reading after a failure. */
  logFile: string;
}

/**
 * Markers in Astro's log, in build order; the time a line arrives marks the end of the phase before it.
 * Only for profiling: a missing marker leaves the phase out, it never fails the benchmark.
 */
const PHASE_MARKERS: Array<[string, RegExp]> = [
  ['contentSynced', /\[content\] Synced content/],
  ['bundleStart', /\[build\] Building static entrypoints/],
  ['routesStart', /generating static routes/],
  ['routesDone', /^\d\d:\d\d:\d\d ✓ Completed in/],
  ['indexed', /indexed \d+ pages into pagefind/],
  ['done', /\[build\] Complete!/],
];

/** src/integrations/pagefind.ts logs "indexed <n> pages into pagefind/ in <s> s". */
const SEARCH_INDEX_DURATION = /indexed \d+ pages into pagefind\/ in (\d+(?:\.\d+)?) s/;

/**
 * A one-line preload that records the process's own peak RSS (ru_maxrss, KiB on Linux) when it exits, normally
 * or through process.exit. Written once per benchmark run and passed with `--import`.
 */
export async function writePeakMemoryPreload(dir: string): Promise<string> {
  const file = path.join(dir, 'peak-rss-preload.mjs');
  await writeFile(
    file,
    "import { writeFileSync } from 'node:fs';\n" +
      "process.on('exit', () => writeFileSync(process.env.BENCH_PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
  );
  return file;
}

/**
 * Peak memory of a process's descendants (Pagefind runs as its own binary, spawned by the Astro process),
 * read from /proc/<pid>/status VmHWM every `ms`. Linux only; elsewhere it records nothing.
 */
function watchDescendants(rootPid: number, ms: number): () => Record<string, number> {
  const peaks: Record<string, number> = {};
  const poll = () => {
    if (!existsSync('/proc')) return;
    const parentOf = new Map<number, number>();
    const nameOf = new Map<number, string>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after the last ')'.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        parentOf.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]));
        nameOf.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
      } catch {
        // the process exited while we looked
      }
    }
    for (const [pid] of parentOf) {
      let p = parentOf.get(pid);
      while (p !== undefined && p > 1 && p !== rootPid) p = parentOf.get(p);
      if (p !== rootPid) continue;
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        const name = nameOf.get(pid)!;
        if (hwm) peaks[name] = Math.max(peaks[name] ?? 0, Math.round(Number(hwm[1]) / 1024));
      } catch {
        // exited
      }
    }
  };
  const timer = setInterval(poll, ms);
  return () => {
    clearInterval(timer);
    return peaks;
  };
}

/** Removes what a previous build left, so every build is cold: output, Astro's and Vite's caches. */
async function clean(root: string): Promise<void> {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) await rm(path.join(root, dir), { recursive: true, force: true });
}

/** Builds `root` cold with `node --import <preload> node_modules/astro/bin/astro.mjs build`. */
export async function buildSite(root: string, preload: string): Promise<BuildResult> {
  await clean(root);
  const rssFile = path.join(root, 'peak-rss.txt');
  const logFile = path.join(root, 'build.log');
  await rm(rssFile, { force: true });
  const log = createWriteStream(logFile);
  const phases: Record<string, number> = {};
  let searchIndexSeconds: number | null = null;

  const start = performance.now();
  const child = spawn(process.execPath, ['--import', preload, 'node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', BENCH_PEAK_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopWatching = watchDescendants(child.pid!, 250);
  let pending = '';
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    const at = (performance.now() - start) / 1000;
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      for (const [phase, marker] of PHASE_MARKERS) if (!(phase in phases) && marker.test(line)) phases[phase] = round(at, 2);
      const indexed = SEARCH_INDEX_DURATION.exec(line);
      if (indexed) searchIndexSeconds = Number(indexed[1]);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - start) / 1000;
  const childPeakMiB = stopWatching();
  await new Promise((resolve) => log.end(resolve));

  if (code !== 0) {
    const tail = (await readFile(logFile, 'utf8')).split('\n').slice(-30).join('\n');
    throw new Error(`astro build failed in ${root} (exit ${code}); last lines of ${logFile}:\n${tail}`);
  }
  const kib = Number(await readFile(rssFile, 'utf8'));
  return { seconds: round(seconds, 2), peakMiB: Math.round(kib / 1024), childPeakMiB, phases, searchIndexSeconds, logFile };
}

/** Rounds to a number of decimal places, for printing measured times and sizes. */
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
