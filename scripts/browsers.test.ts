// scripts/browsers.mjs, which `npm test` and .ci/run run before the browser tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, autoInstallable, failureLine, installAdvice, parseOsRelease, systemOf } from './browsers.mjs';

const SCRIPT = join(import.meta.dirname, 'browsers.mjs');
const run = (env: Record<string, string>) => spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env: { ...process.env, ...env } });
const [CHROMIUM, FIREFOX] = BROWSERS as [(typeof BROWSERS)[0], (typeof BROWSERS)[0]];
const BOTH = [CHROMIUM, FIREFOX];

describe('the browsers step of npm test', () => {
  it('finds both browsers and says where, in one line', () => {
    const r = run({ CHROMIUM_PATH: '/bin/sh', FIREFOX_PATH: '/bin/sh' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('Browsers for the tests: Chromium /bin/sh, Firefox ESR /bin/sh');
  });

  it('one missing: one line naming it and the command for this system, exit 1, no stack trace', () => {
    const r = run({ CHROMIUM_PATH: '/nonexistent/chromium', FIREFOX_PATH: '/bin/sh' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Chromium (/nonexistent/chromium)');
    expect(lines[0]).toContain('CHROMIUM_PATH set');
    expect(lines[0]).not.toContain('Firefox');
    // This machine's own advice, whatever it runs on.
    const here = systemOf(process.platform, parseOsRelease(spawnSync('cat', ['/etc/os-release'], { encoding: 'utf8' }).stdout ?? ''));
    expect(lines[0]).toContain(installAdvice(here, [CHROMIUM]));
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('the system, from /etc/os-release and the platform', () => {
  const os = (text: string) => parseOsRelease(text);
  it('reads quoted and unquoted values', () => {
    expect(os('ID=debian\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID_LIKE=\'rhel fedora\'\n')).toEqual({
      ID: 'debian',
      PRETTY_NAME: 'Debian GNU/Linux 12 (bookworm)',
      ID_LIKE: 'rhel fedora',
    });
  });
  it.each([
    ['ID=debian', 'debian'],
    ['ID=raspbian\nID_LIKE=debian', 'debian'],
    ['ID=ubuntu\nID_LIKE=debian', 'ubuntu'],
    ['ID=linuxmint\nID_LIKE="ubuntu debian"', 'ubuntu'],
    ['ID=fedora', 'fedora'],
    ['ID="rhel"\nID_LIKE="fedora"', 'fedora'],
    ['ID="rocky"\nID_LIKE="rhel centos fedora"', 'fedora'],
    ['ID=arch', 'arch'],
    ['ID=manjaro\nID_LIKE=arch', 'arch'],
    ['ID=alpine', 'other'],
    ['', 'other'],
  ])('linux with %j: %s', (text, system) => {
    expect(systemOf('linux', os(text))).toBe(system);
  });
  it('macOS and Windows by the platform, whatever an os-release says', () => {
    expect(systemOf('darwin', {})).toBe('macos');
    expect(systemOf('darwin', { ID: 'debian' })).toBe('macos');
    expect(systemOf('win32', {})).toBe('other');
  });
});

describe('the advice for each system', () => {
  it('Debian: apt-get, both packages', () => {
    expect(installAdvice('debian', BOTH)).toBe('Install: sudo apt-get install -y chromium firefox-esr, or set CHROMIUM_PATH / FIREFOX_PATH to the browser.');
  });
  it('Ubuntu: Chromium is a snap there, Firefox ESR comes from the mozillateam PPA', () => {
    const both = installAdvice('ubuntu', BOTH);
    expect(both).toContain('snap');
    expect(both).toContain('CHROMIUM_PATH=/snap/bin/chromium');
    expect(both).toContain('sudo add-apt-repository ppa:mozillateam/ppa && sudo apt-get install firefox-esr');
    expect(installAdvice('ubuntu', [FIREFOX])).not.toContain('snap');
    expect(installAdvice('ubuntu', [CHROMIUM])).not.toContain('ppa');
  });
  it('Fedora and RHEL: dnf, and the paths their packages install', () => {
    expect(installAdvice('fedora', BOTH)).toBe('Install: sudo dnf install chromium firefox, then set CHROMIUM_PATH=/usr/bin/chromium-browser FIREFOX_PATH=/usr/bin/firefox.');
    expect(installAdvice('fedora', [FIREFOX])).toBe('Install: sudo dnf install firefox, then set FIREFOX_PATH=/usr/bin/firefox.');
  });
  it('Arch: pacman; Chromium lands on the default path, Firefox needs FIREFOX_PATH', () => {
    expect(installAdvice('arch', [CHROMIUM])).toBe('Install: sudo pacman -S chromium.');
    expect(installAdvice('arch', BOTH)).toContain('sudo pacman -S chromium firefox, then set FIREFOX_PATH=/usr/bin/firefox');
  });
  it('macOS: install both and set the paths; no package manager named', () => {
    const a = installAdvice('macos', BOTH);
    expect(a).toContain('Install Chromium and Firefox ESR');
    expect(a).toContain('CHROMIUM_PATH=');
    expect(a).toContain('FIREFOX_PATH=');
    expect(a).not.toMatch(/apt|dnf|pacman|sudo/);
  });
  it('elsewhere: no command guessed', () => {
    expect(installAdvice('other', [FIREFOX])).toBe("Install Firefox ESR with this system's package manager and set FIREFOX_PATH to the browser.");
  });
  it('no advice but Debian names apt-get', () => {
    for (const s of ['fedora', 'arch', 'macos', 'other'] as const) expect(installAdvice(s, BOTH)).not.toContain('apt-get');
  });
  it('the failure line names each browser and its path, then the advice, on one line', () => {
    const line = failureLine('fedora', BOTH, (b) => b.path, null);
    expect(line).toBe(`crosscheck: the browser tests need Chromium (/usr/bin/chromium) and Firefox ESR (/usr/bin/firefox-esr), not found. ${installAdvice('fedora', BOTH)}`);
    expect(line).not.toContain('\n');
  });
});

describe('what is installed without asking', () => {
  it('Debian: everything missing', () => {
    expect(autoInstallable('debian', BOTH)).toEqual(BOTH);
  });
  it("Ubuntu: Chromium only, and only where apt's chromium is a package of its own, not the snap", () => {
    expect(autoInstallable('ubuntu', BOTH, () => true)).toEqual([CHROMIUM]);
    expect(autoInstallable('ubuntu', BOTH, () => false)).toEqual([]);
    expect(autoInstallable('ubuntu', [FIREFOX], () => true)).toEqual([]);
  });
  it('nothing elsewhere', () => {
    for (const s of ['fedora', 'arch', 'macos', 'other'] as const) expect(autoInstallable(s, BOTH, () => true)).toEqual([]);
  });
});
