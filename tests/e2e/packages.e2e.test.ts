// End-to-end: the store packages. `npm run zip` runs once, in a copy of the project's sources (node_modules
// linked, not copied), so it cannot rebuild .output under the other browser tests running at the same time.
// Then: the Chrome and Firefox packages, unpacked with a ZIP reader in plain Node (./unzip.ts), are installed
// in their browsers and mark a report page exactly as the matcher says; the sources package holds what AMO
// needs (package.json, src/, entrypoints/, assets/ ...) and no node_modules, build output or tests; and the
// Firefox package rebuilt from the sources package alone (README: `npm ci && npm run build:firefox`, here with
// the same node_modules) is the Firefox package, file for file.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClaimBase } from '../../src/claims/load-node';
import { Matcher } from '../../src/match/matcher';
import { matchHtml } from '../../src/page/parse-html';
import { gateRegistered, grantHostAccess, launchChromium, launchFirefox, PROJECT, type TestBrowser } from './harness/browsers';
import { reportPage, startServer, type TestServer } from './harness/server';
import { markCount } from './harness/page-checks';
import { readZip, unzip } from './harness/unzip';

const REPORT = '002_7cd15216d6601b6c';
const { name: pkgName, version } = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { name: string; version: string };
/** What `npm run zip` needs of the project: the sources package's list (wxt.config.ts includeSources) and the configs. */
const SOURCES = ['README.md', 'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'assets', 'entrypoints', 'public', 'scripts', 'src'];

let work: string;
let copy: string;
const zips = { chrome: '', firefox: '', sources: '' };
const timings: string[] = [];

/**
 * The environment of a shell, not of Vitest: Vitest sets NODE_ENV=test, under which the build compiles JSX in
 * development mode (preact/jsx-dev-runtime, with the absolute path of every source file in the output).
 */
const SHELL_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(NODE_ENV|VITEST.*|TEST)$/.test(k)));

function run(cmd: string, args: string[], cwd: string): void {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: SHELL_ENV, timeout: 240_000 });
  timings.push(`${cmd} ${args.join(' ')} in ${relative(work, cwd) || '.'}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)).map((g) => `${f}/${g}`) : [f]));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'crosscheck-packages-'));
  copy = join(work, 'project');
  for (const f of SOURCES) cpSync(join(PROJECT, f), join(copy, f), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  run('npm', ['run', '-s', 'zip'], copy);
  for (const k of ['chrome', 'firefox'] as const) zips[k] = join(copy, '.output', `${pkgName}-${version}-${k}-mv3.zip`);
  zips.sources = join(copy, '.output', `${pkgName}-${version}-sources.zip`);
}, 300_000);

afterAll(() => {
  console.log(`packages: ${timings.join('; ')}`);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the store packages', () => {
  it('npm run zip writes the three packages', () => {
    for (const z of Object.values(zips)) expect(existsSync(z), z).toBe(true);
    console.log(`packages: ${Object.values(zips).map((z) => `${relative(copy, z)} ${(statSync(z).size / 1024).toFixed(1)} KiB, ${readZip(z).length} entries`).join('; ')}`);
  });

  it('the packages hold no path of the machine they were built on', () => {
    for (const k of ['chrome', 'firefox'] as const) {
      const leaks = readZip(zips[k]).filter((e) => e.data.includes(copy) || e.data.includes(PROJECT)).map((e) => e.name);
      expect(leaks, k).toEqual([]);
    }
  });

  it('the sources package holds what is needed to rebuild, and no node_modules, build output or tests', () => {
    const names = readZip(zips.sources).map((e) => e.name);
    for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) expect(names).toContain(f);
    for (const d of ['src/', 'entrypoints/', 'assets/', 'public/', 'scripts/']) expect(names.some((n) => n.startsWith(d)), d).toBe(true);
    expect(names).toContain('assets/reports/sources.yaml');
    expect(names).toContain('entrypoints/gate.ts');
    const unwanted = names.filter((n) => /^(node_modules|\.output|\.generated|\.wxt|tests|test-results)\//.test(n) || /(^|\/)node_modules\//.test(n) || n.startsWith('.'));
    expect(unwanted).toEqual([]);
  });

  it('the Firefox package rebuilt from the sources package alone is the Firefox package, file for file', () => {
    const src = join(work, 'from-sources');
    unzip(zips.sources, src);
    symlinkSync(join(PROJECT, 'node_modules'), join(src, 'node_modules'), 'dir');
    run('npm', ['run', '-s', 'build:firefox'], src);
    const rebuilt = join(src, '.output/firefox-mv3');
    const pkg = new Map(readZip(zips.firefox).map((e) => [e.name, e.data]));
    const files = filesUnder(rebuilt).sort();
    expect(files).toEqual([...pkg.keys()].sort());
    const differ = files.filter((f) => !readFileSync(join(rebuilt, f)).equals(pkg.get(f)!));
    expect(differ).toEqual([]);
  }, 300_000);
});

describe.each([
  ['chromium', 'chrome', launchChromium],
  ['firefox', 'firefox', launchFirefox],
] as const)('the %s package installed', (name, key, launch) => {
  let browser: TestBrowser;
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = join(work, `unpacked-${key}`);
    const names = unzip(zips[key], dir);
    expect(names).toContain('manifest.json');
    // The package asks for host access only when the reader chooses where to run (permissions.e2e.test.ts
    // checks that flow): the unpacked copy holds it as a reader who granted it would. Its code is the package's.
    grantHostAccess(dir);
    server = await startServer({ '/report': reportPage(REPORT) });
    browser = await launch(dir);
    await gateRegistered(browser);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is the version in package.json, and marks a report page as the matcher says', async () => {
    expect((JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string }).version).toBe(version);
    const expected = matchHtml(reportPage(REPORT), new Matcher(loadClaimBase())).marked.length;
    const p = await browser.newPage();
    const t0 = Date.now();
    await p.goto(server.url('/report'));
    // A release build leaves no trace saying it is done (src/page/trace.ts): wait for the count, then for quiet.
    const count = () => markCount(p);
    while ((await count()) < expected && Date.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 500));
    const marks = await count();
    console.log(`${name}: the installed package made ${marks} marks on report ${REPORT} (the matcher: ${expected}) in ${Date.now() - t0} ms`);
    expect(expected).toBeGreaterThan(20);
    expect(marks).toBe(expected);
    expect(p.errors).toEqual([]);
  }, 60_000);
});
