/**
 * Real headless browsers with the built extension loaded: Debian's Chromium
 * through playwright-core, Debian's Firefox ESR through puppeteer-core over
 * WebDriver BiDi (the build installed as a temporary add-on). Both are driven
 * through one small interface so every end-to-end test runs in both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

export const PROJECT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(PROJECT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(PROJECT, '.output/firefox-mv3');

export interface MarkInfo {
  claim: string;
  agree: string;
  conflict: string;
  differs: string;
  kind: string;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  errors: string[];
}

export interface TestBrowser {
  name: 'chromium' | 'firefox';
  newPage(): Promise<TestPage>;
  close(): Promise<void>;
}

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--window-size=1280,900',
];

export async function launchChromium(extension = CHROME_BUILD): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  return {
    name: 'chromium',
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      return {
        errors,
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate: (fn) => page.evaluate(fn),
        press: (key) => page.keyboard.press(key),
        screenshot: async (path) => void (await page.screenshot({ path })),
      };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(extension = FIREFOX_BUILD): Promise<TestBrowser> {
  const browser = await puppeteer.launch({
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
    },
  });
  await browser.installExtension(extension);
  return {
    name: 'firefox',
    async newPage() {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
      return {
        errors,
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate: (fn) => page.evaluate(fn) as never,
        press: (key) => page.keyboard.press(key as never),
        screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
      };
    },
    close: () => browser.close(),
  };
}

/** The annotator's first full scan has ended (it records a performance measure on the page's timeline). */
async function scanned(page: TestPage): Promise<boolean> {
  return page.evaluate<boolean>(`performance.getEntriesByName('crosscheck:first-scan').length > 0`);
}

/** Wait until the page's marks stop changing (the scan is chunked), then read them. */
export async function settledMarks(page: TestPage, { quietMs = 600, timeoutMs = 20_000 } = {}): Promise<MarkInfo[]> {
  const read = `[...document.querySelectorAll('crosscheck-mark')].map((e) => ({ claim: e.getAttribute('data-crosscheck-claim'),
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
    } else if (Date.now() - since >= quietMs && (await scanned(page))) return marks;
    if (Date.now() - start > timeoutMs) return marks;
    await new Promise((r) => setTimeout(r, 150));
  }
}
