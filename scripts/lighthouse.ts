/**
 * npm run lighthouse — Lighthouse (mobile defaults) on the home page, a briefing and a policy note of the
 * built site, with the system Chromium. Lighthouse is not a project dependency (it is large and only
 * measures); it runs through npx from the npm registry. Prints the four category scores and LCP.
 * Usage: npm run build && npm run lighthouse
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, hasChromium, PROJECT_ROOT, serveSite } from './lib/chromium.ts';

if (!hasChromium()) {
  console.log(`npm run lighthouse: Chromium not found at ${CHROMIUM_PATH}; nothing measured.`);
  process.exit(0);
}
const dist = path.join(PROJECT_ROOT, 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('npm run lighthouse: no built site; run `npm run build` first.');
  process.exit(1);
}
const first = (dir: string) => readdirSync(path.join(dist, dir), { withFileTypes: true }).find((d) => d.isDirectory())?.name;
const pages = ['/', `/briefings/${first('briefings')}/`, ...(first('notes') ? [`/notes/${first('notes')}/`] : [])];

const server = await serveSite(PROJECT_ROOT);
const out = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
try {
  for (const page of pages) {
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
      continue;
    }
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const scores = Object.entries(r.categories as Record<string, { score: number }>).map(([k, v]) => `${k} ${Math.round(v.score * 100)}`);
    console.log(`${page.padEnd(50)} ${scores.join(' · ')} · LCP ${r.audits['largest-contentful-paint'].displayValue}`);
  }
} finally {
  await server.stop();
}
