#!/usr/bin/env node
// The browsers the test suite runs the extension in: Chromium (CHROMIUM_PATH, else /usr/bin/chromium) and
// Firefox ESR (FIREFOX_PATH, else /usr/bin/firefox-esr). `npm test` runs this first, and so does .ci/run:
// - both there: one line, and on to the tests;
// - missing, on Debian as root or with passwordless sudo: says what it installs, then installs them with
//   apt-get, its progress shown; on Ubuntu (and its derivatives) only Chromium, and only where apt has it
//   as a real package rather than the snap's transitional one; Firefox ESR is not in Ubuntu's own archive;
// - missing otherwise (or the install failed): one line naming what is missing and the exact command for
//   this system (from /etc/os-release and the platform), exit code 1, before any test runs.
// Plain Node (no dependencies), so it runs on whatever Node runs npm. The choice of advice and of what
// may be installed are pure functions, exported for scripts/browsers.test.ts.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BROWSERS = [
  { key: 'chromium', name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', pkg: 'chromium' },
  { key: 'firefox', name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];

/** The fields of an os-release file (`KEY=value`, the value optionally in single or double quotes). */
export function parseOsRelease(text) {
  return Object.fromEntries(
    text
      .split('\n')
      .map((l) => /^([A-Z_]+)=(["']?)(.*)\2\s*$/.exec(l))
      .filter(Boolean)
      .map((m) => [m[1], m[3]]),
  );
}

/**
 * The kind of system, for the advice: 'macos', 'ubuntu' (Ubuntu and what names it in ID_LIKE: Mint,
 * Pop!_OS), 'debian', 'fedora' (Fedora, RHEL, CentOS, Rocky, Alma), 'arch', or 'other'. Ubuntu before
 * Debian: its derivatives name both.
 */
export function systemOf(platform, os) {
  if (platform === 'darwin') return 'macos';
  if (platform !== 'linux') return 'other';
  const ids = `${os.ID ?? ''} ${os.ID_LIKE ?? ''}`.toLowerCase().split(/\s+/);
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  if (ids.some((id) => ['fedora', 'rhel', 'centos'].includes(id))) return 'fedora';
  if (ids.includes('arch')) return 'arch';
  return 'other';
}

const envs = (missing) => missing.map((b) => b.env).join(' / ');

/** What to tell the reader to do about the missing browsers on this kind of system: one sentence or a few, no line breaks. */
export function installAdvice(system, missing) {
  const has = (key) => missing.some((b) => b.key === key);
  switch (system) {
    case 'debian':
      return `Install: sudo apt-get install -y ${missing.map((b) => b.pkg).join(' ')}, or set ${envs(missing)} to the browser.`;
    case 'ubuntu': {
      const steps = [];
      if (has('chromium')) steps.push("Chromium: Ubuntu's apt installs it as a snap (sudo snap install chromium, then CHROMIUM_PATH=/snap/bin/chromium; the snap's confinement may get in the way), or set CHROMIUM_PATH to another Chromium or Chrome");
      if (has('firefox')) steps.push('Firefox ESR is not in Ubuntu\'s own repositories: sudo add-apt-repository ppa:mozillateam/ppa && sudo apt-get install firefox-esr');
      return `${steps.join('. ')}.`;
    }
    case 'fedora':
      return `Install: sudo dnf install ${[has('chromium') && 'chromium', has('firefox') && 'firefox'].filter(Boolean).join(' ')}, then set ${[has('chromium') && 'CHROMIUM_PATH=/usr/bin/chromium-browser', has('firefox') && 'FIREFOX_PATH=/usr/bin/firefox'].filter(Boolean).join(' ')}.`;
    case 'arch':
      return `Install: sudo pacman -S ${[has('chromium') && 'chromium', has('firefox') && 'firefox'].filter(Boolean).join(' ')}${has('firefox') ? ', then set FIREFOX_PATH=/usr/bin/firefox (Firefox ESR is only in the AUR)' : ''}.`;
    case 'macos':
      return `Install ${missing.map((b) => b.name).join(' and ')} (from chromium.org and mozilla.org) and set ${[has('chromium') && 'CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium', has('firefox') && 'FIREFOX_PATH=/Applications/Firefox.app/Contents/MacOS/firefox'].filter(Boolean).join(' ')} (or wherever they are).`;
    default:
      return `Install ${missing.map((b) => b.name).join(' and ')} with this system's package manager and set ${envs(missing)} to the browser.`;
  }
}

/**
 * The missing browsers this step may install itself with apt-get: all of them on Debian; on Ubuntu only
 * Chromium, and only where apt's chromium is a real package (`chromiumIsDeb`), not the snap; none elsewhere.
 */
export function autoInstallable(system, missing, chromiumIsDeb = () => false) {
  if (system === 'debian') return missing;
  if (system === 'ubuntu') return missing.filter((b) => b.key === 'chromium' && chromiumIsDeb());
  return [];
}

/** The one line printed when browsers are missing. */
export function failureLine(system, missing, where, reason) {
  const names = missing.map((b) => `${b.name} (${where(b)})`).join(' and ');
  return `crosscheck: the browser tests need ${names}, not found${reason ? ` (${reason})` : ''}. ${installAdvice(system, missing)}`;
}

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function osRelease() {
  try {
    return parseOsRelease(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return {};
  }
}

/** Does apt know `chromium` as a package of its own (Debian's, Mint's), rather than not at all or as Ubuntu's snap transition? */
function aptChromiumIsDeb() {
  const r = spawnSync('apt-cache', ['show', '--no-all-versions', 'chromium'], { encoding: 'utf8' });
  return r.status === 0 && /^Package: chromium$/m.test(r.stdout) && !/snap/i.test(r.stdout);
}

function main() {
  const where = (b) => process.env[b.env] || b.path;
  const missingNow = () => BROWSERS.filter((b) => !executable(where(b)));
  const os = osRelease();
  const system = systemOf(process.platform, os);
  const fail = (missing, reason) => {
    console.error(failureLine(system, missing, where, reason));
    process.exit(1);
  };

  const missing = missingNow();
  if (!missing.length) {
    console.log(`Browsers for the tests: ${BROWSERS.map((b) => `${b.name} ${where(b)}`).join(', ')}`);
    process.exit(0);
  }

  // Only the default paths can be installed; a path given by the reader is theirs to fix.
  const custom = missing.filter((b) => process.env[b.env]);
  if (custom.length) fail(missing, `${custom.map((b) => b.env).join(', ')} set`);

  const aptThere = executable('/usr/bin/apt-get');
  const installable = aptThere ? autoInstallable(system, missing, aptChromiumIsDeb) : [];
  if (!installable.length) fail(missing, system === 'debian' ? 'apt-get not found' : null);
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!root && !sudo) fail(missing, 'installing needs root or passwordless sudo');

  const pkgs = installable.map((b) => b.pkg);
  console.log(`crosscheck: installing ${pkgs.join(' and ')} for the browser tests (apt-get, ${os.PRETTY_NAME ?? 'Debian'})...`);
  const apt = (args) => {
    const [cmd, rest] = root ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]];
    return spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  if (!apt(['update', '-q']) || !apt(['install', '-y', '-q', '--no-install-recommends', ...pkgs])) fail(installable, 'apt-get failed, see above');
  const still = missingNow();
  if (still.length) fail(still, still.some((b) => installable.includes(b)) ? 'installed, but not at that path' : null);
  console.log(`Browsers for the tests: ${BROWSERS.map((b) => `${b.name} ${where(b)}`).join(', ')}`);
}

// Run, not imported (the test imports it). The real path: Node gives the main module's URL with symlinks resolved (macOS's /tmp).
const invoked = (() => {
  try {
    return realpathSync(process.argv[1] ?? '');
  } catch {
    return '';
  }
})();
if (invoked === fileURLToPath(import.meta.url)) main();
