// End-to-end, Chromium: Crosscheck lets its MV3 service worker go idle. With an annotated tab open, the
// browser stops the worker after its idle timeout (about 30 s without an event): the annotator keeps no
// port open and sends nothing while the page is quiet. The marks stay, and the next question (the popup's)
// starts a new worker that answers from storage.session. The browser is only watched over the DevTools
// protocol, never attached to the worker, since an attached worker is never stopped (harness/cdp.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClaimBase } from '../../src/claims/load-node';
import { Matcher } from '../../src/match/matcher';
import { matchHtml } from '../../src/page/parse-html';
import { CHROME_RELEASE, EXT_API, releaseWithAccess } from './harness/browsers';
import { launchWatchedChromium, type WatchedChromium } from './harness/cdp';
import { reportPage, startServer, type TestServer } from './harness/server';

const REPORT = '002_7cd15216d6601b6c';
/** Chromium's idle timeout for an extension's worker is 30 s; this allows for a loaded machine. */
const IDLE_WITHIN_MS = 50_000;

const poll = async <T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number): Promise<T> => {
  const start = Date.now();
  let v = await read();
  while (!ok(v) && Date.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, 200));
    v = await read();
  }
  return v;
};

describe('the service worker in chromium', () => {
  let chromium: WatchedChromium;
  let server: TestServer;
  const expected = matchHtml(reportPage(REPORT), new Matcher(loadClaimBase())).marked.length;
  beforeAll(async () => {
    server = await startServer({ '/report': reportPage(REPORT) });
    chromium = await launchWatchedChromium(releaseWithAccess(CHROME_RELEASE));
  }, 30_000);
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('goes idle while an annotated tab stays open, and the next question wakes a new one', async () => {
    const [worker] = await poll(async () => chromium.workers(), (w) => w.length > 0, 20_000);
    expect(worker, 'the extension\'s worker started').toBeDefined();
    const extension = `chrome-extension://${new URL(worker!.url).host}`;
    // The gate registered (as gateRegistered does), from an extension page that is then closed.
    const options = await chromium.open(`${extension}/options.html`);
    expect(await poll(() => options.evaluate<number>(`${EXT_API}.scripting.getRegisteredContentScripts().then((s) => s.length)`), (n) => n > 0, 20_000)).toBeGreaterThan(0);
    await options.close();

    const p = await chromium.open(server.url('/report'));
    const marks = () => p.evaluate<number>(`document.querySelectorAll('crosscheck-mark').length`);
    expect(await poll(marks, (n) => n === expected, 20_000)).toBe(expected);

    // The worker that injected the annotator and took its summary goes, while the tab stays.
    const running = chromium.workers();
    expect(running).toHaveLength(1);
    const marked = Date.now();
    const stopped = await Promise.race([chromium.workerGone(running[0]!.targetId).then(() => true), new Promise<false>((r) => setTimeout(() => r(false), IDLE_WITHIN_MS))]);
    const idleMs = Date.now() - marked;
    expect(stopped, `the worker still ran ${idleMs} ms after the page was marked`).toBe(true);
    // Nothing in the open tab starts it again while the page is quiet.
    await new Promise((r) => setTimeout(r, 3000));
    expect(chromium.workers()).toEqual([]);
    expect(await marks()).toBe(expected);

    // The popup's question starts a new worker, which answers from storage.session.
    const ext = await chromium.open(`${extension}/options.html`);
    const items = await ext.evaluate<number>(`(async () => {
      const [tab] = await ${EXT_API}.tabs.query({ url: ${JSON.stringify(server.url('/report'))} });
      const state = await ${EXT_API}.runtime.sendMessage({ type: 'cc:tab-state', tabId: tab.id });
      return Object.values(state.frames).reduce((n, f) => n + f.items.length, 0);
    })()`);
    expect(items).toBe(expected);
    expect(chromium.workers()).toHaveLength(1);
    console.log(`service worker stopped ${idleMs} ms after the page was marked`);
    await ext.close();
    await p.close();
  }, 90_000);
});
