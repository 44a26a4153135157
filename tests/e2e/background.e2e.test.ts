// End-to-end, Chromium: the per-tab state outlives the MV3 service worker. The worker is stopped through
// the DevTools protocol (as Chromium does to an idle worker); the badge and the popup's list are still
// right once it wakes again, because they live in storage.session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXT_API, gateRegistered, launchChromiumSession, settledMarks, tabIdOf, type ChromiumSession } from './harness/browsers';
import { reportPage, startServer, type TestServer } from './harness/server';

describe('background in chromium', () => {
  let session: ChromiumSession;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ '/report': reportPage('002_7cd15216d6601b6c') });
    session = await launchChromiumSession();
    await gateRegistered(session.browser);
  }, 60_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("keeps each tab's summary and badge when the service worker is stopped", async () => {
    const url = server.url('/report');
    const p = await session.newRawPage();
    await p.page.goto(url);
    const marks = await settledMarks(p.page);
    expect(marks.length).toBeGreaterThan(20);
    const ext = await session.browser.openExtensionPage('options.html');
    const tabId = await tabIdOf(ext, url);
    const badge = await ext.evaluate<string>(`${EXT_API}.action.getBadgeText({ tabId: ${tabId} })`);
    expect(badge).not.toBe('');

    const worker = session.context.serviceWorkers()[0]!;
    await worker.evaluate(() => void ((globalThis as { __crosscheckTestMark?: number }).__crosscheckTestMark = 1));
    await p.cdp.send('ServiceWorker.enable' as never);
    await p.cdp.send('ServiceWorker.stopAllWorkers' as never);
    await new Promise((r) => setTimeout(r, 1000));

    // Asking wakes a fresh worker; its answer comes from storage.session.
    const items = await ext.evaluate<number>(
      `${EXT_API}.runtime.sendMessage({ type: 'cc:tab-state', tabId: ${tabId} }).then((s) => Object.values(s.frames).reduce((n, f) => n + f.items.length, 0))`,
    );
    expect(items).toBe(marks.length);
    const fresh = await Promise.all(session.context.serviceWorkers().map((w) => w.evaluate(() => (globalThis as { __crosscheckTestMark?: number }).__crosscheckTestMark ?? null)));
    expect(fresh).toContain(null); // the worker really was a new one
    expect(await ext.evaluate<string>(`${EXT_API}.action.getBadgeText({ tabId: ${tabId} })`)).toBe(badge);

    // A new document in the tab starts from nothing.
    await p.page.goto(server.url('/report?again'));
    const state = await ext.evaluate<unknown>(`${EXT_API}.runtime.sendMessage({ type: 'cc:tab-state', tabId: ${tabId} })`);
    const after = state as { frames: Record<string, { url: string }> } | null;
    expect(Object.values(after?.frames ?? {}).every((f) => f.url.endsWith('?again'))).toBe(true);
  }, 90_000);
});
