import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
    siteRoot: string;
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
}
