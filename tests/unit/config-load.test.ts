import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Imports astro.config.mjs in a fresh plain-Node process and prints every module URL it loaded, as JSON. */
const PROBE = `
import { registerHooks } from 'node:module';
const loaded = [];
registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
await import('./astro.config.mjs');
console.log(JSON.stringify(loaded));
`;

/**
 * Astro first tries to load astro.config.mjs with Node's own import(), and only when that throws does it
 * start a Vite server to load it, which cost every build about 0.3 s. The config imports the site's
 * Markdown plugins and integrations, so everything they import must stay loadable by plain Node (relative
 * imports with their `.ts` extension), and stay light: the chart code, Plot and the atlas load only in
 * the pages that need them.
 */
describe.skipIf(!process.features.typescript)('the Astro config', () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], { cwd: root, encoding: 'utf8' });

  test('loads with plain Node, without Vite', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('does not load the chart code, Plot, linkedom or the atlas', () => {
    const loaded: string[] = JSON.parse(run.stdout);
    expect(loaded.some((u) => u.endsWith('/src/lib/markdown/references.ts'))).toBe(true); // the probe saw the config's imports
    const heavy = loaded.filter((u) => /@observablehq\/plot|linkedom|world-atlas|topojson|\/src\/lib\/charts\/(?!chart-ids)|render-svg/.test(u));
    expect(heavy).toEqual([]);
  });

  test("does not load astro/config's SVG optimiser or font providers (the config is a plain object)", () => {
    const loaded: string[] = JSON.parse(run.stdout);
    expect(loaded.filter((u) => /\/node_modules\/(svgo|csso|unifont)\//.test(u))).toEqual([]);
  });
});
