// End-to-end: while Crosscheck annotates a report page and a real saved page (and a card is opened), the
// extension makes no network request of its own, in headless Chromium and Firefox ESR. Two nets:
//
// - the browser's own view of requests: Playwright's context 'request' event in Chromium (pages, frames and
//   the extension's service worker), puppeteer's page 'request' event in Firefox (WebDriver BiDi);
// - everything that leaves the browser: it runs behind a logging HTTP proxy (127.0.0.1 included), which
//   forwards requests for the test server and refuses the rest. This also covers what no page event
//   shows, such as Firefox's extension background page.
//
// Allowed: the test server (the page and its same-origin subresources), the extension's own files
// (chrome-extension:// or moz-extension:// with its id), data: URLs; requests the browser reports that never
// left it (the saved page's remote scripts, styles and images, blocked by its CSP: they fail and the proxy
// never sees them); and, at the proxy, the browser's own services, which the same browser contacts without
// the extension too (BROWSER_OWN). Before the real run, probes check that both nets see a request made by the
// extension's background and by a content script.
import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXT_API, gateRegistered, launchChromiumSession, launchFirefoxSession, settledMarks, tabIdOf, type ChromiumSession, type FirefoxSession, type TestBrowser, type TestPage } from './harness/browsers';
import { reportPage, startServer, type TestServer } from './harness/server';

const REPORT = '002_7cd15216d6601b6c';
/** A saved real page that passes the topic gate, so the annotator loads and scans it (see `npm run corpus`). */
const SHARED = 'bbc-1.html';
const PROBE_HOST = 'crosscheck-privacy-probe.invalid';

/**
 * What the browsers contact on their own, measured with the same browser, flags and pages without the
 * extension (Chromium 156: the sign-in check, the component updater and its clock; Firefox ESR 153: remote
 * settings), none of which the flags and preferences in browsers.ts turn off. Proxy log lines. The
 * extension's code names none of these hosts (manifest.test.ts: no remote URL in any built file).
 */
const BROWSER_OWN: Record<'chromium' | 'firefox', RegExp[]> = {
  chromium: [/^CONNECT (accounts\.google\.com|update\.googleapis\.com|clients2\.google\.com|clients2\.googleusercontent\.com):443$/, /^(GET|POST) http:\/\/(update\.googleapis\.com|clients2\.google\.com)\//],
  firefox: [/^CONNECT firefox\.settings\.services\.mozilla\.com:443$/],
};

interface Proxy {
  port: number;
  log: string[];
  close(): Promise<void>;
}

/** A forward proxy that logs every request, forwards those for `allowedHost` (host:port) and refuses the rest. */
async function startProxy(allowedHost: string): Promise<Proxy> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    log.push(`${req.method} ${url}`);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.host !== allowedHost) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { port: (server.address() as AddressInfo).port, log, close: () => new Promise((r) => server.close(() => r())) };
}

interface Seen {
  url: string;
  /** Why the request failed (Chromium: 'csp' for what the page's CSP blocked), if it did. */
  failure?: string;
}

interface Engine {
  browser: TestBrowser;
  /** Requests the browser reported, in order. */
  seen: Seen[];
  /** A page whose requests are recorded. */
  newPage(): Promise<TestPage>;
  /** Fetch `url` from the extension's background (service worker in Chromium; an extension page in Firefox, same principal). */
  fetchFromBackground(url: string): Promise<void>;
  close(): Promise<void>;
}

async function chromiumEngine(proxyPort: number): Promise<Engine> {
  const s: ChromiumSession = await launchChromiumSession({ args: [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>'] });
  const seen: Seen[] = [];
  const byRequest = new Map<object, Seen>();
  s.context.on('request', (r) => {
    const e = { url: r.url() };
    byRequest.set(r, e);
    seen.push(e);
  });
  s.context.on('requestfailed', (r) => void (byRequest.get(r) && (byRequest.get(r)!.failure = r.failure()?.errorText ?? 'failed')));
  return {
    browser: s.browser,
    seen,
    newPage: async () => (await s.newRawPage()).page,
    async fetchFromBackground(url) {
      const worker = s.context.serviceWorkers()[0]!;
      await worker.evaluate((u) => fetch(u).then(() => undefined, () => undefined), url);
    },
    close: () => s.close(),
  };
}

async function firefoxEngine(proxyPort: number): Promise<Engine> {
  const s: FirefoxSession = await launchFirefoxSession({
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  const seen: Seen[] = [];
  return {
    browser: s.browser,
    seen,
    async newPage() {
      const p = await s.newRawPage();
      const byRequest = new Map<object, Seen>();
      p.raw.on('request', (r) => {
        const e = { url: r.url() };
        byRequest.set(r, e);
        seen.push(e);
      });
      p.raw.on('requestfailed', (r) => void (byRequest.get(r) && (byRequest.get(r)!.failure = r.failure()?.errorText ?? 'failed')));
      return p.page;
    },
    async fetchFromBackground(url) {
      const ext = await s.browser.openExtensionPage('popup.html');
      await ext.evaluate(`fetch(${JSON.stringify(url)}).then(() => 1, () => 0)`);
      await ext.close();
    },
    close: () => s.close(),
  };
}

describe.each([
  ['chromium', chromiumEngine],
  ['firefox', firefoxEngine],
] as const)('privacy in %s', (name, start) => {
  let server: TestServer;
  let proxy: Proxy;
  let engine: Engine;
  let serverHost: string;
  const allowed = (url: string) =>
    url.startsWith(`http://${serverHost}/`) || url.startsWith(engine.browser.extensionUrl('')) || url.startsWith('data:') || url === 'about:blank';

  beforeAll(async () => {
    server = await startServer({ '/report': reportPage(REPORT) });
    serverHost = new URL(server.url('/')).host;
    proxy = await startProxy(serverHost);
    engine = await start(proxy.port);
    await gateRegistered(engine.browser);
  }, 60_000);
  afterAll(async () => {
    await engine?.close();
    await proxy?.close();
    await server?.close();
  });

  it('both nets see a request made by the extension (the checks can fail)', async () => {
    const [seen0, log0] = [engine.seen.length, proxy.log.length];
    await engine.fetchFromBackground(`http://${PROBE_HOST}/from-background`);
    const p = await engine.newPage();
    await p.goto(server.url('/report'));
    const ext = await engine.browser.openExtensionPage('popup.html');
    const tabId = await tabIdOf(ext, server.url('/report'));
    await ext.evaluate(`${EXT_API}.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => void fetch('http://${PROBE_HOST}/from-content-script').catch(() => {}) })`);
    await new Promise((r) => setTimeout(r, 1000));
    await ext.close();
    await p.close();
    const seen = engine.seen.slice(seen0).map((e) => e.url);
    const logged = proxy.log.slice(log0);
    console.log(`${name} probes: the browser reported ${JSON.stringify(seen.filter((u) => u.includes(PROBE_HOST)))}; the proxy logged ${JSON.stringify(logged.filter((u) => u.includes(PROBE_HOST)))}`);
    expect(logged).toContain(`GET http://${PROBE_HOST}/from-background`);
    expect(logged).toContain(`GET http://${PROBE_HOST}/from-content-script`);
    expect(seen).toContain(`http://${PROBE_HOST}/from-content-script`);
    if (name === 'chromium') expect(seen).toContain(`http://${PROBE_HOST}/from-background`);
  }, 60_000);

  it('annotating a report page and a real page, and opening a card, requests nothing but the pages and the extension’s own files', async () => {
    const [seen0, log0] = [engine.seen.length, proxy.log.length];
    const p = await engine.newPage();
    await p.goto(server.url('/report'));
    const marks = await settledMarks(p);
    expect(marks.length).toBeGreaterThan(20);
    await p.evaluate(`document.querySelector('crosscheck-mark').shadowRoot.querySelector('button').focus()`);
    await p.press('Enter');
    await new Promise((r) => setTimeout(r, 300));
    expect(await p.evaluate<boolean>(`!!document.querySelector('crosscheck-card')`)).toBe(true);
    await p.press('Escape');
    await p.goto(server.url(`/shared/${SHARED}`));
    await settledMarks(p, { quietMs: 800 });
    const scanned = await p.evaluate<boolean>(`performance.getEntriesByName('crosscheck:first-scan').length > 0`);
    expect(scanned, `the annotator scanned ${SHARED}`).toBe(true);
    // Anything the background or the page does a little later.
    await new Promise((r) => setTimeout(r, 2000));
    await p.close();
    const seen = engine.seen.slice(seen0);
    const logged = proxy.log.slice(log0);
    const own = (l: string) => BROWSER_OWN[name].some((re) => re.test(l));
    const origin = (u: string) => u.replace(/^(\w+:\/\/[^/]+).*/, '$1').replace(/^(data|about):.*/, '$1:');
    const notAllowed = seen.filter((e) => !allowed(e.url));
    console.log(`${name}: the browser reported ${seen.length} requests, ${seen.length - notAllowed.length} to the test server or the extension; ` +
      `${notAllowed.length} others, all from the saved page's markup, failed: ${[...new Set(notAllowed.map((e) => e.failure ?? 'NOT FAILED'))].join(', ')} ` +
      `(${new Set(notAllowed.map((e) => origin(e.url))).size} hosts); the proxy logged ${logged.length}: ${JSON.stringify([...new Set(logged.map((l) => (own(l) ? `${l.split('?')[0]} (the browser's own)` : l)))])}; ` +
      `at start-up and during the probes, the browser's own: ${JSON.stringify([...new Set(proxy.log.slice(0, log0).filter(own).map((l) => l.split('?')[0]))])}`);
    // The browser's view: nothing but the pages and the extension's files, or what failed without leaving the browser.
    expect(notAllowed.filter((e) => !e.failure || (name === 'chromium' && e.failure !== 'csp'))).toEqual([]);
    expect(logged.filter((l) => notAllowed.some((e) => l.endsWith(` ${e.url}`)))).toEqual([]);
    // What left the browser: the two pages and the browser's own services, nothing else.
    expect(logged.filter((l) => !own(l) && !l.startsWith(`GET http://${serverHost}/`))).toEqual([]);
    expect([...new Set(logged.filter((l) => !own(l)))].sort()).toEqual([`GET ${server.url('/report')}`, `GET ${server.url(`/shared/${SHARED}`)}`].sort());
  }, 90_000);
});
