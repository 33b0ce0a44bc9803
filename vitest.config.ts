/// <reference types="vitest/config" />
// getViteConfig gives tests the same module resolution as the site (astro:content, astro/container).
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Two cores: real `astro build` runs and Chromium compete with test workers.
    maxWorkers: 2,
    // Test files share a worker and its loaded modules (none keeps state between files): half the CPU of
    // a fresh module graph per file.
    isolate: false,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Build, gate and browser tests share one real build of the site (global setup).
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
