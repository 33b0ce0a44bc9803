import { inject } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './build-site';

/** The real site, built once per test run by tests/support/global-setup.ts. */
export function siteDist(): string {
  const dist = inject('siteDist');
  if (!dist) throw new Error('the site was not built: tests/support/global-setup.ts did not run');
  return dist;
}

export function readSite(file: string): Promise<string> {
  return readFile(path.join(siteDist(), file), 'utf8');
}

export async function sitePages(): Promise<string[]> {
  return (await listFiles(siteDist())).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

/** The site of test pages (tests/fixtures/pages), built once per test run next to the real site. */
export function fixtureSite(): { root: string; dist: string; read(file: string): Promise<string> } {
  const dist = inject('fixtureDist');
  return { root: inject('fixtureRoot'), dist, read: (file) => readFile(path.join(dist, file), 'utf8') };
}
