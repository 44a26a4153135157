// End-to-end, written as the attacking page (issue 11): a page that tries to silence, trace or abuse
// Crosscheck, in both browsers, against the release builds as the stores get them (given host access, as a
// reader who granted it: releaseWithAccess). Each attack was seen to work before its fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClaimBase } from '../../src/claims/load-node';
import { Matcher } from '../../src/match/matcher';
import { matchHtml } from '../../src/page/parse-html';
import {
  CHROME_RELEASE,
  FIREFOX_RELEASE,
  gateRegistered,
  launchChromiumSession,
  launchFirefoxSession,
  releaseWithAccess,
  type TestBrowser,
  type TestPage,
} from './browsers';
import { reportPage, startServer, type TestServer } from './server';

const REPORT = '002_7cd15216d6601b6c';
const FIREFOX_ID = 'crosscheck@crosscheck.invalid';

/** Runs first in the page: keeps every message posted to it, as a page learning about its visitors would. */
const RECORDER = `<script>window.__seen = []; addEventListener('message', (e) => __seen.push(e.data), true);</script>`;
const attackPage = () => reportPage(REPORT).replace(/<head[^>]*>/i, (m) => `${m}${RECORDER}`);

const markCount = (p: TestPage) => p.evaluate<number>(`document.querySelectorAll('crosscheck-mark').length`);

async function settle(p: TestPage, want: number, timeoutMs = 20_000): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs && (await markCount(p)) !== want) await new Promise((r) => setTimeout(r, 200));
  return markCount(p);
}

describe.each([
  ['chromium', async () => {
    const s = await launchChromiumSession({ extension: releaseWithAccess(CHROME_RELEASE) });
    return { browser: s.browser, id: s.extensionId! };
  }],
  ['firefox', async () => {
    const s = await launchFirefoxSession({ extension: releaseWithAccess(FIREFOX_RELEASE) });
    return { browser: s.browser, id: FIREFOX_ID };
  }],
] as const)('an attacking page in %s', (name, launch) => {
  let browser: TestBrowser;
  let id: string;
  let server: TestServer;
  const expected = matchHtml(reportPage(REPORT), new Matcher(loadClaimBase())).marked.length;
  beforeAll(async () => {
    server = await startServer({ '/attack': attackPage() });
    ({ browser, id } = await launch());
    await gateRegistered(browser);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('learns nothing from messages, cannot silence Crosscheck with the events a newer copy of it would send, and reads no trace of it', async () => {
    expect(expected).toBeGreaterThan(20);
    const p = await browser.newPage();
    await p.goto(server.url('/attack'));
    expect(await settle(p, expected)).toBe(expected);

    // Nothing Crosscheck posted reached the page (WXT's content-script-started message named the extension).
    expect(await p.evaluate<string>(`JSON.stringify(__seen)`)).toBe('[]');
    // No performance entry tells the page that Crosscheck is here, or what its gate decided.
    expect(await p.evaluate<string[]>(`performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure' || /crosscheck/i.test(e.name)).map((e) => e.name)`)).toEqual([]);

    // The events a newer copy of a WXT content script announces itself with, for every script name, with the
    // extension's id (public anyway), as a CustomEvent on the document and as a message.
    await p.evaluate(`(() => {
      for (const script of ['annotator', 'gate', 'content', 'background']) {
        const type = ${JSON.stringify(id)} + ':' + script + ':wxt:content-script-started';
        const detail = { contentScriptName: script, messageId: 'attack' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
        window.postMessage({ event: type, ...detail }, '*');
      }
    })()`);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await markCount(p)).toBe(expected);
    expect(p.errors).toEqual([]);
    await p.close();
  }, 60_000);
});
