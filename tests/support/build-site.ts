import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Real `astro build` runs of small sites made from this project's code plus a fixture's content.
 * A fixture folder (tests/fixtures/<case>/) holds only what differs: usually src/content/**, sometimes
 * data/**. Everything else (config, layouts, components, lib, styles, public) is the project's own, so a
 * fixture build exercises the code that ships. Builds run in a child process so a failing build's exit
 * status and console output can be asserted on.
 */

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORK_ROOT = path.join(PROJECT_ROOT, '.cache', 'test-sites');

export interface BuildResult {
  root: string;
  dist: string;
  code: number | null;
  output: string;
  ok: boolean;
  read(file: string): Promise<string>;
  exists(file: string): boolean;
}

export interface BuildOptions {
  /** Keep the project's own src/content and data (the real site) under the fixture overlay. */
  withProjectContent?: boolean;
  /** Extra environment for the build. */
  env?: Record<string, string>;
}

const SHARED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'data'];

/** Copies the project (minus its briefings and notes, unless asked) and the fixture overlay into a fresh folder. */
export async function prepareSite(fixture: string | null, options: BuildOptions = {}): Promise<string> {
  await mkdir(WORK_ROOT, { recursive: true });
  const root = await mkdtemp(path.join(WORK_ROOT, `${fixture ?? 'site'}-`));
  for (const entry of SHARED) {
    const from = path.join(PROJECT_ROOT, entry);
    if (!existsSync(from)) continue;
    await cp(from, path.join(root, entry), {
      recursive: true,
      // The reference pages in src/content/pages belong to every site; briefings and notes come from the fixture.
      filter: (src) =>
        options.withProjectContent ||
        !['briefings', 'notes'].some((kind) => src.startsWith(path.join(PROJECT_ROOT, 'src', 'content', kind) + path.sep)),
    });
  }
  await mkdir(path.join(root, 'src', 'content', 'briefings'), { recursive: true });
  await mkdir(path.join(root, 'src', 'content', 'notes'), { recursive: true });
  if (fixture) {
    const overlay = path.join(PROJECT_ROOT, 'tests', 'fixtures', fixture);
    if (!existsSync(overlay)) throw new Error(`no fixture folder ${overlay}`);
    await cp(overlay, root, { recursive: true });
  }
  await linkNodeModules(root);
  return root;
}

/**
 * Links each installed package into the site's own node_modules folder instead of linking the folder
 * itself: Astro and Vite keep caches in node_modules/.astro and node_modules/.vite (the content data
 * store among them), and parallel fixture builds sharing those would read each other's content.
 */
async function linkNodeModules(root: string): Promise<void> {
  const from = path.join(PROJECT_ROOT, 'node_modules');
  const to = path.join(root, 'node_modules');
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    await symlink(path.join(from, entry), path.join(to, entry));
  }
}

function readerBuildEnv(): NodeJS.ProcessEnv {
  const { MODE: _m, DEV: _d, PROD: _p, SSR: _s, BASE_URL: _b, ...rest } = process.env;
  return rest;
}

export function runAstro(root: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), ...args], {
      cwd: root,
      // Vitest puts its import.meta.env (NODE_ENV "test", MODE, DEV, PROD, SSR, BASE_URL) into a test worker's
      // environment; a build that inherited them would not be the build readers get.
      env: { ...readerBuildEnv(), NODE_ENV: 'production', ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export async function buildSite(fixture: string | null, options: BuildOptions = {}): Promise<BuildResult> {
  const root = await prepareSite(fixture, options);
  const { code, output } = await runAstro(root, ['build'], options.env);
  const dist = path.join(root, 'dist');
  return {
    root,
    dist,
    code,
    output,
    ok: code === 0,
    read: (file) => readFile(path.join(dist, file), 'utf8'),
    exists: (file) => existsSync(path.join(dist, file)),
  };
}

/** Every file under a folder, as sorted paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string) {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(p);
      else out.push(path.relative(dir, p));
    }
  }
  await walk(dir);
  return out.sort();
}

export async function removeSite(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}
