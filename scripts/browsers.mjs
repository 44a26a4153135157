#!/usr/bin/env node
// The browsers the test suite runs the extension in: Chromium (CHROMIUM_PATH, else /usr/bin/chromium) and
// Firefox ESR (FIREFOX_PATH, else /usr/bin/firefox-esr). `npm test` runs this first, and so does .ci/run:
// - both there: one line, and on to the tests;
// - missing, on Debian or Ubuntu as root or with passwordless sudo: says what it installs, then installs
//   them with apt-get, its progress shown;
// - missing otherwise (or the install failed): one line naming what is missing and the exact command that
//   installs it, exit code 1, before any test runs.
// Plain Node (no dependencies), so it runs on whatever Node runs npm.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';

const BROWSERS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const where = (b) => process.env[b.env] || b.path;
const missingNow = () => BROWSERS.filter((b) => !executable(where(b)));

function osRelease() {
  try {
    return Object.fromEntries(
      readFileSync('/etc/os-release', 'utf8')
        .split('\n')
        .map((l) => /^([A-Z_]+)=("?)(.*)\2$/.exec(l))
        .filter(Boolean)
        .map((m) => [m[1], m[3]]),
    );
  } catch {
    return {};
  }
}

const ok = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

function fail(missing, reason) {
  const names = missing.map((b) => `${b.name} (${where(b)})`).join(' and ');
  const cmd = `sudo apt-get install -y ${missing.map((b) => b.pkg).join(' ')}`;
  console.error(`crosscheck: the browser tests need ${names}, not found${reason ? ` (${reason})` : ''}. Install: ${cmd} (Debian or Ubuntu), or set ${missing.map((b) => b.env).join(' / ')} to the browser.`);
  process.exit(1);
}

const missing = missingNow();
if (!missing.length) {
  console.log(`Browsers for the tests: ${BROWSERS.map((b) => `${b.name} ${where(b)}`).join(', ')}`);
  process.exit(0);
}

// Only the default paths can be installed; a path given by the reader is theirs to fix.
const custom = missing.filter((b) => process.env[b.env]);
if (custom.length) fail(missing, `${custom.map((b) => b.env).join(', ')} set`);

const os = osRelease();
const debianLike = /\b(debian|ubuntu)\b/.test(`${os.ID ?? ''} ${os.ID_LIKE ?? ''}`);
if (!debianLike || !executable('/usr/bin/apt-get')) fail(missing, 'not a Debian or Ubuntu system: install them with its package manager');
const root = process.getuid?.() === 0;
const sudo = !root && ok('sudo', ['-n', 'true']);
if (!root && !sudo) fail(missing, 'installing needs root or passwordless sudo');

const pkgs = missing.map((b) => b.pkg);
console.log(`crosscheck: installing ${pkgs.join(' and ')} for the browser tests (apt-get, ${os.PRETTY_NAME ?? 'Debian'})...`);
const apt = (args) => {
  const [cmd, rest] = root ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]];
  return spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
};
if (!apt(['update', '-q']) || !apt(['install', '-y', '-q', '--no-install-recommends', ...pkgs])) fail(missing, 'apt-get failed, see above');
const still = missingNow();
if (still.length) fail(still, 'installed, but not at that path');
console.log(`Browsers for the tests: ${BROWSERS.map((b) => `${b.name} ${where(b)}`).join(', ')}`);
