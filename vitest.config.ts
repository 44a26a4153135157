import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Tests of the built extension: its files (tests/build) and real browsers running it (tests/e2e). */
const BUILT = ['tests/build/**/*.test.{ts,tsx}', 'tests/e2e/**/*.test.{ts,tsx}'];
/**
 * The browser tests that compare timings with and without the extension side by side (how soon Crosscheck
 * is done, whether the tab keeps answering and animating, the heap it adds): a second file running beside
 * one of them would load the two sides differently, so each runs with the machine to itself.
 */
const TIMED = ['tests/e2e/hostile.e2e.test.ts'];

// Node by default; a test file that needs a DOM opts in with a first-line
// `// @vitest-environment happy-dom` comment.
// Three projects, one after the other: the unit tests (everything that needs neither a build nor a browser)
// run two files at a time; then the other tests of the built extension, two files at a time too (they
// mostly wait on the browsers, so two of them share 2 cores well); then the timed ones, one file at a time.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    setupFiles: ['tests/setup/i18n.ts'],
    // In CI, also a JSON report (test-results/vitest.json) that .ci/run reads for its counts.
    ...(process.env.CI ? { reporters: ['default', 'json'], outputFile: { json: 'test-results/vitest.json' } } : {}),
    projects: [
      {
        extends: true,
        // WXT's plugin (its fake browser, the #i18n alias) set up in each project, which does not inherit it.
        plugins: [WxtVitest()],
        test: { name: 'unit', include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'], exclude: BUILT, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      { extends: true, plugins: [WxtVitest()], test: { name: 'built', include: BUILT, exclude: TIMED, maxWorkers: 2, sequence: { groupOrder: 1 } } },
      { extends: true, plugins: [WxtVitest()], test: { name: 'timed', include: TIMED, fileParallelism: false, sequence: { groupOrder: 2 } } },
    ],
  },
});
