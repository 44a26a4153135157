// End-to-end: the reader's controls with the built extension in real headless Chromium and Firefox ESR:
// badge, popup, pause and resume, what to mark, on-click mode, frames, and removal on extension reload.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXT_API, extensionPage, launchChromium, launchFirefox, PROJECT, settledMarks, tabIdOf, type TestBrowser, type TestPage, until } from './harness/browsers';
import { markCount } from './harness/page-checks';
import { page, reportPage, startServer, type TestServer } from './harness/server';

const ARTIFACTS = join(PROJECT, 'test-results');
const REPORT = '002_7cd15216d6601b6c';
const FRAMED = page(
  'Ukraine war: frames',
  `<main><h1>Russia-Ukraine war</h1><p>The weather was mild.</p><iframe src="/framed-inner" width="600" height="300"></iframe></main>`,
);
const FRAMED_INNER = page('Inner', `<p>Russia and Ukraine released a further 307 prisoners each on Saturday.</p>`);

const traces = (p: TestPage) =>
  p.evaluate<{ elements: number; highlights: number }>(
    `({ elements: document.querySelectorAll('crosscheck-layer, crosscheck-mark, crosscheck-card, crosscheck-highlights').length, highlights: globalThis.CSS?.highlights ? [...CSS.highlights.keys()].filter((k) => k.startsWith('crosscheck')).length : 0 })`,
  );

const visibleLayers = (p: TestPage) =>
  p.evaluate<number>(`[...document.querySelectorAll('crosscheck-layer')].filter((l) => getComputedStyle(l).display !== 'none').length`);

async function setSettings(ext: TestPage, settings: Record<string, unknown>): Promise<void> {
  await ext.evaluate(`${EXT_API}.storage.local.set({ settings: ${JSON.stringify(settings)} })`);
}

describe.each([
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const)('controls in %s', (name, launch) => {
  let browser: TestBrowser;
  let server: TestServer;
  let ext: TestPage;
  beforeAll(async () => {
    server = await startServer({ [`/report`]: reportPage(REPORT), '/framed': FRAMED, '/framed-inner': FRAMED_INNER });
    browser = await launch();
    ext = await extensionPage(browser);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the badge counts the marks on the page, and the popup lists them and opens a card', async () => {
    await setSettings(ext, {});
    const p = await browser.newPage();
    const url = server.url('/report');
    await p.goto(url);
    const marks = await settledMarks(p);
    const problems = marks.filter((m) => m.kind === 'dispute' || m.kind === 'differs').length;
    expect(marks.length).toBeGreaterThan(20);
    const tabId = await tabIdOf(ext, url);
    const badge = await until(() => ext.evaluate<string>(`${EXT_API}.action.getBadgeText({ tabId: ${tabId} })`), (b) => b === String(problems || marks.length));
    expect(badge).toBe(String(problems || marks.length));

    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const items = await until(() => popup.evaluate<number>(`document.querySelectorAll('ol.items button').length`), (n) => n > 0);
    expect(items).toBe(marks.length);
    const counts = await popup.evaluate<Record<string, string>>(`Object.fromEntries([...document.querySelectorAll('dd[data-kind]')].map((d) => [d.dataset.kind, d.textContent]))`);
    for (const k of ['agree', 'dispute', 'differs', 'single']) expect(Number(counts[k])).toBe(marks.filter((m) => m.kind === k).length);
    await popup.screenshot(join(ARTIFACTS, `${name}-popup.png`));
    const claim = await popup.evaluate<string>(`document.querySelector('ol.items button').dataset.claims`);
    await popup.click('ol.items button');
    await p.bringToFront();
    const opened = await until(() => p.evaluate<string | null>(`document.querySelector('crosscheck-card') ? document.activeElement?.getAttribute('data-crosscheck-claims') ?? 'card' : null`), (v) => v !== null);
    expect(opened).not.toBeNull();
    const cardClaim = await p.evaluate<string>(`document.querySelector('crosscheck-card').shadowRoot.querySelector('h2').textContent`);
    expect(cardClaim.length).toBeGreaterThan(5);
    expect(claim).toBeTruthy();
    // "See all sources": the claim explorer opens at the card's claim.
    // (A real key press: a scripted .click() is ignored, attacks.e2e.test.ts.)
    await p.evaluate(`document.querySelector('crosscheck-card').shadowRoot.querySelector('button.link').focus()`);
    await p.press('Enter');
    const explorerTab = await until(
      () => ext.evaluate<string | null>(`${EXT_API}.tabs.query({}).then((ts) => ts.map((t) => t.url ?? '').find((u) => u.includes('/explorer.html#claim=')) ?? null)`),
      (u) => u !== null,
    );
    // The card lists the sentence's facts, the most serious first, each with its own link; the first opens its claim.
    expect(explorerTab).toContain(`#claim=${encodeURIComponent(claim.split(' ')[0]!)}`);
    await popup.close();
    await p.close();
  }, 90_000);

  it('pausing the site from the popup removes its marks, resuming restores them', async () => {
    await setSettings(ext, {});
    const p = await browser.newPage();
    const url = server.url('/report');
    await p.goto(url);
    const before = (await settledMarks(p)).length;
    expect(before).toBeGreaterThan(20);
    const tabId = await tabIdOf(ext, url);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await until(() => popup.evaluate<number>(`document.querySelectorAll('.actions button').length`), (n) => n > 0);
    await popup.click('.actions button[aria-pressed="false"]');
    expect(await until(() => traces(p), (t) => t.elements === 0 && t.highlights === 0)).toEqual({ elements: 0, highlights: 0 });
    const stored = await ext.evaluate<{ paused: string[] }>(`${EXT_API}.storage.local.get('settings').then((r) => r.settings)`);
    expect(stored.paused).toEqual(['127.0.0.1']);
    await popup.click('.actions button[aria-pressed="true"]');
    await p.bringToFront();
    expect(await until(() => markCount(p), (n) => n === before)).toBe(before);
    await popup.close();
    await p.close();
  }, 90_000);

  it('a page loaded while its site was paused gets nothing, and is annotated when the site is resumed', async () => {
    await setSettings(ext, { paused: ['127.0.0.1'] });
    await until(() => ext.evaluate<string[]>(`${EXT_API}.scripting.getRegisteredContentScripts().then((s) => s[0]?.excludeMatches ?? [])`), (x) => x.length > 0);
    const p = await browser.newPage();
    await p.goto(server.url('/report'));
    await new Promise((r) => setTimeout(r, 1200));
    expect(await p.evaluate<number>(`performance.getEntriesByName('crosscheck:gate').length`)).toBe(0);
    expect(await markCount(p)).toBe(0);
    await setSettings(ext, {});
    expect(await until(() => markCount(p), (n) => n > 20)).toBeGreaterThan(20);
    await p.close();
  }, 90_000);

  it('changing what to mark updates an open tab without reload', async () => {
    await setSettings(ext, {});
    const p = await browser.newPage();
    await p.goto(server.url('/report'));
    const all = await settledMarks(p);
    const problems = all.filter((m) => m.kind === 'dispute' || m.kind === 'differs').length;
    expect(problems).toBeGreaterThan(0);
    expect(problems).toBeLessThan(all.length);
    await setSettings(ext, { mark: 'problems' });
    expect(await until(() => markCount(p), (n) => n === problems)).toBe(problems);
    const kinds = await p.evaluate<string[]>(`[...new Set([...document.querySelectorAll('crosscheck-mark')].map((m) => m.dataset.crosscheckKind))]`);
    expect(kinds.every((k) => k === 'dispute' || k === 'differs')).toBe(true);
    await setSettings(ext, {});
    expect(await until(() => markCount(p), (n) => n === all.length)).toBe(all.length);
    await p.close();
  }, 90_000);

  it('in on-click mode nothing runs before the click; opening the popup annotates the page', async () => {
    await setSettings(ext, { runOn: 'click' });
    // The registration follows the setting in the background; give it a moment.
    await until(() => ext.evaluate<number>(`${EXT_API}.scripting.getRegisteredContentScripts().then((s) => s.length)`), (n) => n === 0);
    const p = await browser.newPage();
    const url = server.url('/report');
    await p.goto(url);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await p.evaluate<number>(`performance.getEntriesByName('crosscheck:gate').length + performance.getEntriesByName('crosscheck:first-scan').length`)).toBe(0);
    expect(await markCount(p)).toBe(0);
    const tabId = await tabIdOf(ext, url);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await p.bringToFront();
    expect(await until(() => markCount(p), (n) => n > 20)).toBeGreaterThan(20);
    await popup.close();
    await p.close();
    await setSettings(ext, {});
    await until(() => ext.evaluate<number>(`${EXT_API}.scripting.getRegisteredContentScripts().then((s) => s.length)`), (n) => n === 1);
  }, 90_000);

  it('marks sentences inside frames, and the badge counts them', async () => {
    await setSettings(ext, {});
    const p = await browser.newPage();
    const url = server.url('/framed');
    await p.goto(url);
    const inner = await until(
      () => p.evaluate<string[]>(`[...(document.querySelector('iframe').contentDocument?.querySelectorAll('crosscheck-mark') ?? [])].map((m) => m.dataset.crosscheckClaims)`),
      (c) => c.length > 0,
    );
    expect(inner.flatMap((c) => c.split(' '))).toContain('exchange.saturday-count');
    const tabId = await tabIdOf(ext, url);
    const badge = await until(() => ext.evaluate<string>(`${EXT_API}.action.getBadgeText({ tabId: ${tabId} })`), (b) => b === String(inner.length));
    expect(badge).toBe(String(inner.length));
    await p.close();
  }, 90_000);

  // Last: reloading the extension invalidates every content script it injected.
  it('reloading the extension removes every trace from open pages (Firefox: leaves nothing visible)', async () => {
    await setSettings(ext, {});
    const p = await browser.newPage();
    await p.goto(server.url('/report'));
    expect((await settledMarks(p)).length).toBeGreaterThan(20);
    expect(await visibleLayers(p)).toBe(1);
    const textBefore = await p.evaluate<string>('document.body.innerText');
    await ext.evaluate(`setTimeout(() => ${EXT_API}.runtime.reload(), 10), true`).catch(() => {});
    if (name === 'chromium') {
      // The content script notices and removes its marks, highlights and layer.
      expect(await until(() => traces(p), (t) => t.elements === 0 && t.highlights === 0)).toEqual({ elements: 0, highlights: 0 });
    } else {
      // Firefox runs no code of a reloaded extension's content scripts, but removes the stylesheet the
      // extension injected, which alone shows Crosscheck's layer and styles its highlights.
      expect(await until(() => visibleLayers(p), (n) => n === 0)).toBe(0);
    }
    expect(await p.evaluate<string>('document.body.innerText')).toBe(textBefore);
    expect(p.errors).toEqual([]);
  }, 90_000);
});
