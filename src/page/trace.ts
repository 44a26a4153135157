/**
 * Performance marks for Crosscheck's own tests and measurements
 * (`crosscheck:gate`, `crosscheck:first-scan`): when the gate and the first
 * scan ended, and what they found. A page can read the performance timeline,
 * and these entries would tell it that Crosscheck is installed, whether the
 * page passed the topic gate and whether its site is paused. So they exist
 * only in test builds (`wxt build --mode test`, what `npm test` builds into
 * `.output/*-test`): `import.meta.env.MODE` is replaced by a constant at build
 * time, and a release build has no trace code at all (tests/build/manifest.test.ts
 * checks its files), so nothing at run time can turn it on.
 */
export const TRACING: boolean = import.meta.env.MODE === 'test';

export function trace(name: 'crosscheck:gate' | 'crosscheck:first-scan', start: number, detail: Record<string, unknown>): void {
  if (TRACING) performance.measure(name, { start, detail });
}
