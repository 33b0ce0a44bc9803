/**
 * npm run lighthouse — Lighthouse (mobile defaults) on the home page, a briefing and a policy note of the
 * built site, with the system Chromium. Lighthouse is not a project dependency (it is large and only
 * measures); it runs through npx from the npm registry. Prints the four category scores and LCP.
 * Usage: npm run build && npm run lighthouse [-- --all | -- /path/ ...] [--runs N]: every briefing and
 * note, or the pages named; each page N times (3), reporting the lowest scores and the median LCP
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, serveSite } from './lib/chromium.ts';

// Lighthouse measures in the full browser, as readers use it, not in the headless shell the tests use.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM_PATH)) {
  console.log(`npm run lighthouse: Chromium not found at ${CHROMIUM_PATH}; nothing measured.`);
  process.exit(0);
}
const dist = path.join(PROJECT_ROOT, 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('npm run lighthouse: no built site; run `npm run build` first.');
  process.exit(1);
}
const dirs = (dir: string) =>
  existsSync(path.join(dist, dir))
    ? readdirSync(path.join(dist, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `/${dir}/${d.name}/`)
    : [];
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args.splice(runsArg, 2)[1]) : 3;
const pages = args.includes('--all')
  ? ['/', ...dirs('briefings'), ...dirs('notes')]
  : args.length
    ? args
    : ['/', ...dirs('briefings').slice(0, 1), ...dirs('notes').slice(0, 1)];

const server = await serveSite(PROJECT_ROOT);
const out = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
// Lighthouse's simulated LCP moves by a tenth of a second from run to run on the same page, so each page
// is measured several times and judged by the median, as Lighthouse's own documentation advises.
try {
  for (const page of pages) {
    const lcps: number[] = [];
    const lowest: Record<string, number> = {};
    for (let i = 0; i < runs; i++) {
      const report = path.join(out, 'report.json');
      const run = spawnSync(
        'npx',
        [
          '--yes',
          'lighthouse@13',
          server.url + page,
          '--quiet',
          '--output=json',
          `--output-path=${report}`,
          '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
        ],
        { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
      );
      if (run.status !== 0) {
        console.error(`lighthouse failed on ${page}:\n${run.stderr}`);
        process.exitCode = 1;
        break;
      }
      const r = JSON.parse(readFileSync(report, 'utf8'));
      for (const [k, v] of Object.entries(r.categories as Record<string, { score: number }>))
        lowest[k] = Math.min(lowest[k] ?? 100, Math.round(v.score * 100));
      lcps.push(r.audits['largest-contentful-paint'].numericValue / 1000);
    }
    if (!lcps.length) continue;
    const sorted = [...lcps].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const scores = Object.entries(lowest).map(([k, v]) => `${k} ${v}`);
    console.log(
      `${page.padEnd(50)} ${scores.join(' · ')} · LCP ${median.toFixed(1)} s (median of ${lcps.length}: ${lcps.map((l) => l.toFixed(2)).join(', ')})`,
    );
  }
} finally {
  await server.stop();
}
