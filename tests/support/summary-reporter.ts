import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Prints one closing line, `N passed, N failed, N skipped`, after Vitest's own summary.
 * CI reads that plain line to tell that tests ran; Vitest's summary is not a format it knows.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A module that failed without a failing test (a load error, a failing beforeAll that left its
      // tests skipped) is still a failure and must not read as a clean run.
      const failedTests = [...mod.children.allTests('failed')].length;
      if (!mod.ok() && failedTests === 0) failed++;
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
