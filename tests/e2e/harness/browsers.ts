/**
 * Real headless browsers with the built extension loaded: Debian's Chromium
 * through playwright-core, Debian's Firefox ESR through puppeteer-core over
 * WebDriver BiDi (the build installed as a temporary add-on). Both are driven
 * through one small interface so every end-to-end test runs in both.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer, { type Page } from 'puppeteer-core';

export const PROJECT = resolve(import.meta.dirname, '../../..');
/** The test builds (`npm run build:test`): the release builds plus the performance marks the tests wait on (src/page/trace.ts). */
export const CHROME_BUILD = join(PROJECT, '.output/chrome-mv3-test');
export const FIREFOX_BUILD = join(PROJECT, '.output/firefox-mv3-test');
/** The release builds (`npm run build`), as the stores get them. */
export const CHROME_RELEASE = join(PROJECT, '.output/chrome-mv3');
export const FIREFOX_RELEASE = join(PROJECT, '.output/firefox-mv3');

/**
 * Give an unpacked build in `dir` the host access a reader grants on the welcome page, in its manifest: its
 * optional host access made a granted one (a browser's permission prompt cannot be answered from a test;
 * permissions.e2e.test.ts checks the real request). Nothing else in the build changes.
 */
export function grantHostAccess(dir: string): void {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (JSON.stringify(manifest.optional_host_permissions) !== '["<all_urls>"]') throw new Error(`${file}: no optional <all_urls> to grant`);
  writeFileSync(file, JSON.stringify({ ...manifest, optional_host_permissions: undefined, host_permissions: ['<all_urls>'] }));
}

/** A copy of a release build, in a temporary folder, holding host access as if granted (grantHostAccess). */
export function releaseWithAccess(release: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'crosscheck-release-')), 'build');
  cpSync(release, dir, { recursive: true });
  grantHostAccess(dir);
  return dir;
}

/** One marked sentence, as the page's DOM contract gives it (one host per sentence). */
export interface MarkInfo {
  /** The claims it states, space-separated. */
  claims: string;
  agree: string;
  conflict: string;
  differs: string;
  kind: string;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  press(key: string): Promise<void>;
  /** A real (trusted) click on the first element matching the selector. */
  click(selector: string): Promise<void>;
  /** A PNG of the viewport, or of the region `clip` (CSS pixels). */
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  bringToFront(): Promise<void>;
  /** Emulate the reader's colour scheme (prefers-color-scheme); Firefox: check it is the one it was launched with (firefoxColorScheme). */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
  errors: string[];
}

export interface TestBrowser {
  name: 'chromium' | 'firefox';
  newPage(): Promise<TestPage>;
  /** The URL of one of the extension's own pages, e.g. extensionUrl('popup.html?tab=3'). */
  extensionUrl(path: string): string;
  /** One of the extension's own pages in a new tab (Firefox's WebDriver BiDi cannot navigate to them: the extension opens it). */
  openExtensionPage(path: string): Promise<TestPage>;
  close(): Promise<void>;
}

/** The extension API in an extension page: Firefox has `browser`, Chromium `chrome` (both promise-based in MV3). */
export const EXT_API = '(globalThis.browser ?? globalThis.chrome)';

/** In an extension page: the id of the tab showing `url`. */
export async function tabIdOf(ext: TestPage, url: string): Promise<number> {
  return ext.evaluate<number>(`${EXT_API}.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id ?? -1)`);
}

/** An extension page to call the extension's APIs from (storage, tabs, action), as the popup and options pages do. */
export function extensionPage(browser: TestBrowser, path = 'popup.html'): Promise<TestPage> {
  return browser.openExtensionPage(path);
}

/** Fixed moz-extension UUID for the Firefox build, so tests can open its pages. */
const FIREFOX_ID = 'crosscheck@crosscheck.invalid';
const FIREFOX_UUID = '6d1f9c7e-3c1a-4b5e-9a51-0c0ffee0c0de';

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--window-size=1280,900',
];

/** Chromium with the extension at `extension` (the Chrome build by default), once its gate is registered. */
export async function launchChromium(extension = CHROME_BUILD): Promise<TestBrowser> {
  const { browser } = await launchChromiumSession({ extension });
  // The background registers the gate just after it starts; a page loaded before that gets nothing.
  await gateRegistered(browser);
  return browser;
}

/**
 * Firefox with the extension at `extension` (the Firefox build by default) as a temporary add-on, plus
 * `prefs` (e.g. firefoxColorScheme('dark')), once its gate is registered.
 */
export async function launchFirefox(extension = FIREFOX_BUILD, prefs: Record<string, unknown> = {}): Promise<TestBrowser> {
  const { browser } = await launchFirefoxSession({ extension, prefs });
  await gateRegistered(browser);
  return browser;
}

/**
 * Crosscheck is done with the page: the annotator's first full scan has ended, or the topic gate
 * found nothing to load it for (both record a performance measure on the page's timeline).
 */
async function scanned(page: TestPage): Promise<boolean> {
  return page.evaluate<boolean>(
    `performance.getEntriesByName('crosscheck:first-scan').length > 0 || performance.getEntriesByName('crosscheck:gate').some((e) => e.detail && e.detail.passed === false)`,
  );
}

/**
 * Read `read` every `everyMs` until `ok` holds of what it gives or `timeoutMs` has passed, and give the
 * last reading: the one polling loop of the browser tests (a test asserts on the reading, so a timeout
 * fails with what was there).
 */
/**
 * Remove a browser's profile folder once it has closed. Its child processes can still be writing there for a
 * moment after the main one exits (ENOTEMPTY): try again for up to 10 s. A folder still there after that is
 * reported and left to the OS's temp cleanup: a leftover temp profile is not a failure of the test that used it.
 */
export async function removeProfile(dir: string): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      return;
    } catch (e) {
      if (Date.now() - start > 10_000) {
        console.warn(`could not remove the browser profile ${dir}: ${(e as Error).message}`);
        return;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000, everyMs = 200): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() - start > timeoutMs) return v;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Wait until the page's marks stop changing (the scan is chunked), then read them. `atLeast`: a page
 * whose marks are known keeps being read until it has that many, or the timeout passes (a slow start in
 * a loaded browser is no result; a page that never gets them still fails on what was there).
 */
export async function settledMarks(page: TestPage, { quietMs = 600, timeoutMs = 20_000, atLeast = 0 } = {}): Promise<MarkInfo[]> {
  const read = `[...document.querySelectorAll('crosscheck-mark')].map((e) => ({ claims: e.getAttribute('data-crosscheck-claims'),
    agree: e.getAttribute('data-crosscheck-agree'), conflict: e.getAttribute('data-crosscheck-conflict'),
    differs: e.getAttribute('data-crosscheck-differs'), kind: e.getAttribute('data-crosscheck-kind') }))`;
  const start = Date.now();
  let last = '';
  let since = Date.now();
  for (;;) {
    const marks = await page.evaluate<MarkInfo[]>(read);
    const key = JSON.stringify(marks);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (Date.now() - since >= quietMs && marks.length >= atLeast && (await scanned(page))) return marks;
    if (Date.now() - start > timeoutMs) return marks;
    await new Promise((r) => setTimeout(r, 150));
  }
}

// ---------------------------------------------------------------------------
// For the hardening tests (corpus, hostile pages, privacy, packages): the same browsers, with or without
// the extension, with raw access to them (Playwright context, page and CDP; the puppeteer browser and
// page), and pages that also collect the console messages of every world in the page (the page's and the
// content scripts'). `errors` is as in TestPage: both engines report there the uncaught errors of content
// scripts too (checked by hostile.e2e.test.ts).

/** A page of a ChromiumSession or FirefoxSession. */
export interface RawPage<P> {
  page: TestPage;
  raw: P;
  /** Console messages from every world of the page, as `level: text` (Chromium: `level [world]: text`). */
  console: string[];
}

export interface ChromiumSession {
  browser: TestBrowser;
  context: import('playwright-core').BrowserContext;
  /** The extension's id, or null when launched without it. */
  extensionId: string | null;
  newRawPage(): Promise<RawPage<import('playwright-core').Page> & { cdp: import('playwright-core').CDPSession }>;
  close(): Promise<void>;
}

/** Chromium (Debian's, headless, fresh profile), with the extension at `extension`, or none when it is null, plus `args`; raw access for the hardening tests. */
export async function launchChromiumSession({ extension = CHROME_BUILD as string | null, args = [] as string[], headless = true } = {}): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const extArgs = extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    viewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_FLAGS, ...extArgs, ...args],
  });
  let extensionId: string | null = null;
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  const newRawPage = async () => {
    const raw = await context.newPage();
    const errors: string[] = [];
    const consoleLog: string[] = [];
    raw.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(raw);
    const worlds = new Map<number, string>();
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      const aux = (c.auxData ?? {}) as { isDefault?: boolean; type?: string };
      worlds.set(c.id, aux.isDefault ? 'main' : c.name || aux.type || 'isolated');
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) =>
      consoleLog.push(`${type} [${worlds.get(executionContextId) ?? '?'}]: ${args.map((a) => (a.value !== undefined ? String(a.value) : a.description ?? '')).join(' ')}`),
    );
    await cdp.send('Runtime.enable');
    const page: TestPage = {
      errors,
      goto: async (url) => void (await raw.goto(url, { waitUntil: 'load' })),
      evaluate: (fn) => raw.evaluate(fn),
      press: (key) => raw.keyboard.press(key),
      click: (selector) => raw.click(selector),
      screenshot: async (path, clip) => void (await raw.screenshot({ path, clip })),
      bringToFront: () => raw.bringToFront(),
      colorScheme: (colorScheme) => raw.emulateMedia({ colorScheme }),
      close: () => raw.close(),
    };
    return { page, raw, cdp, console: consoleLog };
  };
  const browser: TestBrowser = {
    name: 'chromium',
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    async openExtensionPage(path) {
      const { page } = await newRawPage();
      await page.goto(browser.extensionUrl(path));
      return page;
    },
    newPage: async () => (await newRawPage()).page,
    async close() {
      await context.close();
      await removeProfile(profile);
    },
  };
  return { browser, context, extensionId, newRawPage, close: () => browser.close() };
}

/** Chromium exactly as launchChromium starts it, but without any extension: the reference for with/without comparisons. */
export async function launchPlainChromium(): Promise<TestBrowser> {
  return (await launchChromiumSession({ extension: null })).browser;
}

export interface FirefoxSession {
  browser: TestBrowser;
  raw: import('puppeteer-core').Browser;
  newRawPage(): Promise<RawPage<Page>>;
  close(): Promise<void>;
}

/** Firefox ESR (headless, no network of its own), with the extension at `extension` as a temporary add-on or none, plus `prefs`. */
export async function launchFirefoxSession({ extension = FIREFOX_BUILD as string | null, prefs = {} as Record<string, unknown> } = {}): Promise<FirefoxSession> {
  const raw = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // No network of its own: no updates, telemetry or remote settings.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.region.network.url': '',
      'services.settings.server': 'http://127.0.0.1:9/',
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      ...prefs,
    },
  });
  if (extension) await raw.installExtension(extension);
  const wrap = (p: Page): RawPage<Page> => {
    const errors: string[] = [];
    const consoleLog: string[] = [];
    p.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
    p.on('console', (m) => consoleLog.push(`${m.type()}: ${m.text()}`));
    const page: TestPage = {
      errors,
      goto: async (url) => void (await p.goto(url, { waitUntil: 'load' })),
      evaluate: (fn) => p.evaluate(fn) as never,
      press: (key) => p.keyboard.press(key as never),
      click: (selector) => p.click(selector),
      screenshot: async (path, clip) => void (await p.screenshot({ path: path as `${string}.png`, clip })),
      bringToFront: () => p.bringToFront(),
      // WebDriver BiDi cannot emulate media features: the scheme is the one Firefox was launched with
      // (firefoxColorScheme), and asking for another fails here rather than testing the wrong one.
      colorScheme: async (scheme) => {
        const dark = await p.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
        if (dark !== (scheme === 'dark')) throw new Error(`Firefox runs in the ${dark ? 'dark' : 'light'} scheme: launch it with firefoxColorScheme('${scheme}')`);
      },
      close: () => p.close(),
    };
    return { page, raw: p, console: consoleLog };
  };
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_UUID}/${path}`;
  const browser: TestBrowser = {
    name: 'firefox',
    extensionUrl,
    async openExtensionPage(path) {
      // WebDriver BiDi may not navigate to extension pages, and reports their URL as about:blank; but it can
      // script them. The welcome page the extension opened on install opens the page asked for.
      const href = (p: Page) => p.evaluate(() => location.href).catch(() => '');
      const find = async (test: (url: string) => boolean, timeoutMs = 20_000): Promise<Page> => {
        const start = Date.now();
        for (;;) {
          for (const p of await raw.pages()) if (test(await href(p))) return p;
          if (Date.now() - start > timeoutMs) throw new Error('extension page did not open');
          await new Promise((r) => setTimeout(r, 200));
        }
      };
      const url = extensionUrl(path);
      const opener = await find((u) => u.startsWith(extensionUrl('')));
      await opener.evaluate((u: string) => void (globalThis as unknown as { browser: { tabs: { create(o: object): Promise<unknown> } } }).browser.tabs.create({ url: u }), url);
      const p = await find((u) => u === url);
      await p.waitForFunction(() => document.readyState === 'complete');
      return wrap(p).page;
    },
    newPage: async () => wrap(await raw.newPage()).page,
    close: () => raw.close(),
  };
  return { browser, raw, newRawPage: async () => wrap(await raw.newPage()), close: () => raw.close() };
}

/** Firefox's preference for the scheme its pages see (prefers-color-scheme), extension pages included: for launchFirefox. */
export function firefoxColorScheme(scheme: 'light' | 'dark'): Record<string, unknown> {
  return { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 };
}

/** Firefox exactly as launchFirefox starts it, but without the extension. */
export async function launchPlainFirefox(): Promise<TestBrowser> {
  return (await launchFirefoxSession({ extension: null })).browser;
}

/** Whether Crosscheck is done with the page (see settledMarks): its first scan ended, or the gate found nothing. */
export function crosscheckDone(page: TestPage): Promise<boolean> {
  return scanned(page);
}

/** When Crosscheck was done, in ms since navigation start: the end of 'crosscheck:first-scan', else of a failed 'crosscheck:gate'; null if neither. */
export function crosscheckDoneAt(page: TestPage): Promise<{ ms: number; by: 'first-scan' | 'gate' } | null> {
  return page.evaluate(`(() => {
    const scan = performance.getEntriesByName('crosscheck:first-scan')[0];
    if (scan) return { ms: scan.startTime + scan.duration, by: 'first-scan' };
    const gate = performance.getEntriesByName('crosscheck:gate').find((e) => e.detail && e.detail.passed === false);
    return gate ? { ms: gate.startTime + gate.duration, by: 'gate' } : null;
  })()`);
}

/**
 * Wait until the extension's background has registered the topic gate (it does so asynchronously at start;
 * a page loaded before that gets no Crosscheck at all). Opens and closes an extension page to ask.
 */
export async function gateRegistered(browser: TestBrowser, timeoutMs = 20_000): Promise<void> {
  const ext = await browser.openExtensionPage('popup.html');
  const start = Date.now();
  try {
    while ((await ext.evaluate<number>(`${EXT_API}.scripting.getRegisteredContentScripts().then((s) => s.length)`)) < 1) {
      if (Date.now() - start > timeoutMs) throw new Error('the topic gate was not registered');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await ext.close();
  }
}

/** Either engine's session, as the with/without comparisons use it (corpus, hostile pages). */
export interface EngineSession {
  browser: TestBrowser;
  newRawPage(): Promise<RawPage<unknown> & { cdp?: import('playwright-core').CDPSession }>;
  close(): Promise<void>;
}

/** Both engines, each launched with the extension or without it: for `describe.each`. */
export const ENGINE_SESSIONS = [
  ['chromium', (extension: boolean) => launchChromiumSession(extension ? {} : { extension: null }) as Promise<EngineSession>],
  ['firefox', (extension: boolean) => launchFirefoxSession(extension ? {} : { extension: null }) as Promise<EngineSession>],
] as const;
