import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Tests of the built extension: its files (tests/build) and real browsers running it (tests/e2e). */
const BUILT = ['tests/build/**/*.test.{ts,tsx}', 'tests/e2e/**/*.test.{ts,tsx}'];

// Node by default; a test file that needs a DOM opts in with a first-line
// `// @vitest-environment happy-dom` comment.
// Two projects, one after the other: the unit tests (everything that needs neither a build nor a browser)
// run two files at a time; then the tests of the built extension run one file at a time, on a machine
// they have to themselves, since several of them compare timings with and without the extension side by
// side.
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
      { extends: true, plugins: [WxtVitest()], test: { name: 'built', include: BUILT, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
