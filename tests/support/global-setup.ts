import type { TestProject } from 'vitest/node';
import { buildSite, removeSite } from './build-site';
import { serveSite } from '../../scripts/lib/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
    siteRoot: string;
    /** The test pages of tests/fixtures/pages (charts, section links, print, markup in data) built as one site. */
    fixtureDist: string;
    fixtureRoot: string;
    /** The built site served by one `astro preview` (Astro allows one preview server per project). */
    siteUrl: string;
  }
}

/**
 * Builds the real site and the site of test pages once for the whole run; build, gate and browser tests
 * read these two dist/ folders. Bad input is tested on the data loader and the Markdown plugins directly.
 */
export default async function setup(project: TestProject) {
  const [result, fixture] = await Promise.all([
    buildSite(null, { withProjectContent: true }),
    buildSite('pages', { env: { SITE_URL: 'https://rare-earths.test' } }),
  ]);
  for (const [name, r] of [
    ['the site', result],
    ['the test pages', fixture],
  ] as const) {
    if (!r.ok) throw new Error(`building ${name} for tests failed (exit ${r.code}):\n${r.output}`);
  }
  project.provide('siteDist', result.dist);
  project.provide('siteRoot', result.root);
  project.provide('fixtureDist', fixture.dist);
  project.provide('fixtureRoot', fixture.root);
  const server = await serveSite(result.root);
  project.provide('siteUrl', server.url);
  return async () => {
    await server.stop();
    // One copy of each site per run would otherwise pile up under .cache/test-sites.
    await Promise.all([removeSite(result.root), removeSite(fixture.root)]);
  };
}
