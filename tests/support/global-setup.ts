import type { TestProject } from 'vitest/node';
import { buildSite, removeSite } from './build-site';
import { serveSite } from '../../scripts/lib/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
    siteRoot: string;
    /** The built site served by one `astro preview` (Astro allows one preview server per project). */
    siteUrl: string;
  }
}

/**
 * Builds the real site once for the whole run; build, gate and browser tests read the same dist/.
 * Fixture sites are built by the tests that need them.
 */
export default async function setup(project: TestProject) {
  const result = await buildSite(null, { withProjectContent: true });
  if (!result.ok) {
    throw new Error(`building the site for tests failed (exit ${result.code}):\n${result.output}`);
  }
  project.provide('siteDist', result.dist);
  project.provide('siteRoot', result.root);
  const server = await serveSite(result.root);
  project.provide('siteUrl', server.url);
  return async () => {
    await server.stop();
    // One copy of the site per run would otherwise pile up under .cache/test-sites.
    await removeSite(result.root);
  };
}
