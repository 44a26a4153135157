// scripts/browsers.mjs, which `npm test` and .ci/run run before the browser tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, 'browsers.mjs');
const run = (env: Record<string, string>) => spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('the browsers step of npm test', () => {
  it('finds both browsers and says where, in one line', () => {
    const r = run({ CHROMIUM_PATH: '/bin/sh', FIREFOX_PATH: '/bin/sh' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('Browsers for the tests: Chromium /bin/sh, Firefox ESR /bin/sh');
  });

  it('one missing: one line naming it and the command that installs it, exit 1, no stack trace', () => {
    const r = run({ CHROMIUM_PATH: '/nonexistent/chromium', FIREFOX_PATH: '/bin/sh' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Chromium (/nonexistent/chromium)');
    expect(lines[0]).not.toContain('Firefox');
    expect(lines[0]).toContain('sudo apt-get install -y chromium');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
