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
  launchChromium,
  launchChromiumSession,
  launchFirefox,
  launchFirefoxSession,
  releaseWithAccess,
  EXT_API,
  tabIdOf,
  type TestBrowser,
  type TestPage,
  until,
} from './harness/browsers';
import { markCount } from './harness/page-checks';
import { page, reportPage, startServer, type TestServer } from './harness/server';

const REPORT = '002_7cd15216d6601b6c';
const FIREFOX_ID = 'crosscheck@crosscheck.invalid';

/** Runs first in the page: keeps every message posted to it, as a page learning about its visitors would. */
const RECORDER = `<script>window.__seen = []; addEventListener('message', (e) => __seen.push(e.data), true);</script>`;
const attackPage = () => reportPage(REPORT).replace(/<head[^>]*>/i, (m) => `${m}${RECORDER}`);

/** The report with Crosscheck's own attribute on its body, main and article: a page asking not to be checked. */
const OPT_OUT_PAGE = reportPage(REPORT).replace(/<(body|main|article)>/g, '<$1 data-crosscheck-ui>');

/**
 * An off-topic page (its own text never passes the topic gate) that adds frames holding a report, and
 * removes them again: each frame's annotator reports its marks to the background.
 */
const CHURN_PAGE = page(
  'Gardening notes',
  `<p>Tomatoes like a sunny spot and regular watering through the summer months.</p><div id="frames"></div>
  <script>
    window.addFrames = (n) => { for (let i = 0; i < n; i++) { const f = document.createElement('iframe'); f.src = '/frame?' + Math.random(); document.getElementById('frames').append(f); } };
    window.removeFrames = () => document.getElementById('frames').replaceChildren();
  </script>`,
);


/** The page's mark count, once it is `want` (or what it is after `timeoutMs`). */
const settle = (p: TestPage, want: number, timeoutMs = 20_000) => until(() => markCount(p), (n) => n === want, timeoutMs);

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
    server = await startServer({ '/attack': attackPage(), '/churn': CHURN_PAGE, '/frame': reportPage(REPORT), '/opt-out': OPT_OUT_PAGE });
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

  it('cannot opt out of being checked by wearing the attribute Crosscheck puts on its own elements', async () => {
    expect(OPT_OUT_PAGE.match(/data-crosscheck-ui/g)).toHaveLength(3);
    const p = await browser.newPage();
    await p.goto(server.url('/opt-out'));
    // Every sentence of the article is marked, as on the same page without the attribute.
    expect(await settle(p, expected)).toBe(expected);
    // Text added later inside such an element is read too (the mutation classifier trusts no attribute
    // either): a second copy of the article gets marks of its own (all but the odd sentence that needed the
    // opening context, as for any later text; none at all before).
    await p.evaluate(`(() => { const s = document.createElement('section'); s.setAttribute('data-crosscheck-ui', '');
      s.innerHTML = document.querySelector('article').innerHTML; document.querySelector('main').append(s); })()`);
    expect(await until(() => markCount(p), (n) => n >= 2 * expected - 2, 20_000)).toBeGreaterThanOrEqual(2 * expected - 2);
    expect(p.errors).toEqual([]);
    await p.close();
  }, 60_000);

  it('cannot reach into a marker or the card, nor repaint one verdict as another through the shared highlight registry', async () => {
    const p = await browser.newPage();
    await p.goto(server.url('/attack'));
    expect(await settle(p, expected)).toBe(expected);
    // Closed shadow roots: nothing to restyle or rewrite (a ⚠ marker recoloured green, a card's words).
    expect(await p.evaluate<number>(`[...document.querySelectorAll('crosscheck-mark')].filter((m) => m.shadowRoot !== null).length`)).toBe(0);
    // Each verdict's highlight holds one range per sentence marked with it.
    const sizes = `(() => { const kinds = ['agree', 'dispute', 'differs', 'single']; const marked = [...document.querySelectorAll('crosscheck-mark')].map((m) => m.dataset.crosscheckKind);
      return kinds.map((k) => [k, CSS.highlights.get('crosscheck-' + k)?.size ?? -1, marked.filter((m) => m === k).length]); })()`;
    const honest = (rows: [string, number, number][]) => rows.every(([, size, want]) => size === want);
    expect(honest(await p.evaluate(sizes))).toBe(true);
    // The page swaps the agree and dispute highlights and empties the differs one (and reads the sizes in
    // the same task: no check of Crosscheck's can run between).
    const tampered = await p.evaluate<[string, number, number][]>(`(() => { const a = CSS.highlights.get('crosscheck-agree'), d = CSS.highlights.get('crosscheck-dispute');
      CSS.highlights.set('crosscheck-agree', d); CSS.highlights.set('crosscheck-dispute', a); CSS.highlights.get('crosscheck-differs')?.clear(); return ${sizes}; })()`);
    expect(tampered.some(([k, size, want]) => k === 'agree' && want > 0 && size !== want), JSON.stringify(tampered)).toBe(true);
    // Within a second or two, every entry is Crosscheck's own again.
    const start = Date.now();
    while (!honest(await p.evaluate(sizes)) && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 200));
    expect(await p.evaluate(sizes)).toEqual(tampered.map(([k, , want]) => [k, want, want]));
    expect(await markCount(p)).toBe(expected);
    await p.close();
  }, 60_000);

  it('cannot repaint one verdict as another by swapping members between highlights, moving their ranges, or restyling them', async () => {
    const p = await browser.newPage();
    await p.goto(server.url('/attack'));
    expect(await settle(p, expected)).toBe(expected);
    // Each verdict's highlight, as the sentences it paints: its members' text, sorted.
    const painted = `(() => Object.fromEntries(['agree', 'dispute', 'differs', 'single'].map((k) => {
      const h = CSS.highlights.get('crosscheck-' + k);
      const text = (r) => { const x = document.createRange(); try { x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x.toString(); } catch { return '(invalid)'; } };
      return [k, h ? [...h].map(text).sort() : null];
    })))()`;
    type Painted = Record<string, string[] | null>;
    const honest = await p.evaluate<Painted>(painted);
    expect(honest.agree!.length).toBeGreaterThan(0);
    expect(honest.dispute!.length).toBeGreaterThan(0);
    // The registry's members are copies the page cannot move: no live Range of Crosscheck's is in it.
    expect(await p.evaluate<boolean>(`[...CSS.highlights.values()].every((h) => [...h].every((r) => !(r instanceof Range)))`)).toBe(true);

    // 1. Swap one member each way between agree and dispute: both sizes stay the same.
    // (Swapped and read in one task: no check of Crosscheck's can run between.)
    const swapped = await p.evaluate<Painted>(`(() => { const a = CSS.highlights.get('crosscheck-agree'), d = CSS.highlights.get('crosscheck-dispute');
      const ra = [...a][0], rd = [...d][0]; a.delete(ra); d.delete(rd); a.add(rd); d.add(ra); return ${painted}; })()`);
    expect(swapped).not.toEqual(honest);
    await until(() => p.evaluate<Painted>(painted), (now) => JSON.stringify(now) === JSON.stringify(honest), 5000);
    expect(await p.evaluate<Painted>(painted)).toEqual(honest);

    // 2. Add the page's own range, over a sentence Crosscheck did not mark, to the dispute highlight.
    await p.evaluate(`(() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('h1')); CSS.highlights.get('crosscheck-dispute').add(r); })()`);
    await until(() => p.evaluate<Painted>(painted), (now) => JSON.stringify(now) === JSON.stringify(honest), 5000);
    expect(await p.evaluate<Painted>(painted)).toEqual(honest);

    // 3. Restyle the dispute highlight as agreement, with the page's strongest rule.
    const style = (k: string) => `(() => { const r = [...CSS.highlights.get('crosscheck-${k}')][0]; const cs = getComputedStyle(r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement, '::highlight(crosscheck-${k})');
      return [cs.backgroundColor, cs.textDecorationLine, cs.textDecorationStyle, cs.textDecorationColor].join(' | '); })()`;
    const disputeLook = await p.evaluate<string>(style('dispute'));
    expect(disputeLook).toContain('wavy');
    await p.evaluate(`(() => { const s = document.createElement('style');
      s.textContent = '::highlight(crosscheck-dispute) { background-color: transparent !important; text-decoration: underline solid rgba(26, 127, 55, 0.75) !important; }';
      document.head.append(s); })()`);
    expect(await p.evaluate<string>(style('dispute'))).toBe(disputeLook);
    expect(await markCount(p)).toBe(expected);
    expect(p.errors).toEqual([]);
    await p.close();
  }, 60_000);

  it('a page that churns frames leaves in the background only the frames it has: bounded state, an honest badge', async () => {
    const p = await browser.newPage();
    await p.goto(server.url('/churn'));
    const ext = await browser.openExtensionPage('options.html');
    const tabId = await tabIdOf(ext, server.url('/churn'));
    const frames = () => ext.evaluate<number>(`${EXT_API}.storage.session.get('tab:${tabId}').then((o) => Object.keys(o['tab:${tabId}']?.frames ?? {}).length)`);
    const badge = () => ext.evaluate<string>(`${EXT_API}.action.getBadgeText({ tabId: ${tabId} })`);
    for (let cycle = 0; cycle < 3; cycle++) {
      await p.evaluate('window.addFrames(6)');
      expect(await until(frames, (n) => n === 6, 30_000), `cycle ${cycle}: 6 frames reported`).toBe(6);
      expect(Number(await badge())).toBeGreaterThan(0);
      await p.evaluate('window.removeFrames()');
      expect(await until(frames, (n) => n === 0, 10_000), `cycle ${cycle}: frames dropped`).toBe(0);
      expect(await badge()).toBe('');
    }
    expect(p.errors).toEqual([]);
    await ext.close();
    await p.close();
  }, 180_000);
});

// The test build's shadow roots are open (src/ui/shadow.ts), so here the page can reach the buttons
// themselves, as it could if a root were ever left open: its clicks must still do nothing.
describe.each([
  ['chromium', () => launchChromium()],
  ['firefox', () => launchFirefox()],
] as const)('a page that reaches the buttons, in %s', (name, launch) => {
  let browser: TestBrowser;
  let server: TestServer;
  const expected = matchHtml(reportPage(REPORT), new Matcher(loadClaimBase())).marked.length;
  beforeAll(async () => {
    server = await startServer({ '/attack': attackPage() });
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('cannot close the reader\'s card: its scripted close clicks, Escape keys and pointers do nothing, the reader\'s Escape does', async () => {
    const p = await browser.newPage();
    await p.goto(server.url('/attack'));
    expect(await settle(p, expected)).toBe(expected);
    const card = () => p.evaluate<boolean>(`!!document.querySelector('crosscheck-card')`);
    await p.evaluate(`document.querySelector('crosscheck-mark').shadowRoot.querySelector('button').focus()`);
    await p.press('Enter');
    expect(await until(card, (open) => open, 5000)).toBe(true);
    await p.evaluate(`(() => {
      const root = document.querySelector('crosscheck-card').shadowRoot;
      const close = root.querySelector('button.close');
      close.click();
      close.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const esc = () => new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, composed: true });
      root.querySelector('[role="dialog"]').dispatchEvent(esc());
      close.dispatchEvent(esc());
      document.dispatchEvent(esc());
      window.dispatchEvent(esc());
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      document.querySelector('crosscheck-mark').shadowRoot.querySelector('button').click();
    })()`);
    await new Promise((r) => setTimeout(r, 500));
    expect(await card()).toBe(true);
    await p.press('Escape');
    expect(await until(card, (open) => !open, 5000)).toBe(false);
    expect(p.errors).toEqual([]);
    await p.close();
  }, 60_000);

  it('scripted clicks open no card, take no focus and open no tab; the reader\'s keys do, and tabs opened are rate-limited', async () => {
    const ext = await browser.openExtensionPage('options.html');
    const explorerTabs = () => ext.evaluate<number>(`${EXT_API}.tabs.query({}).then((ts) => ts.filter((t) => (t.url ?? '').includes('/explorer.html')).length)`);
    const p = await browser.newPage();
    await p.goto(server.url('/attack'));
    expect(await settle(p, expected)).toBe(expected);
    const card = () => p.evaluate<boolean>(`!!document.querySelector('crosscheck-card')`);
    // Every marker clicked by script, in both ways a page can.
    await p.evaluate(`(() => { for (const m of document.querySelectorAll('crosscheck-mark')) { const b = m.shadowRoot.querySelector('button');
      b.click(); b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); } })()`);
    await new Promise((r) => setTimeout(r, 500));
    expect(await card()).toBe(false);
    expect(await p.evaluate<string>(`document.activeElement?.tagName ?? ''`)).toBe('BODY');
    // The reader opens a card with the keyboard; the page then clicks its "see all sources" five times.
    await p.evaluate(`document.querySelector('crosscheck-mark').shadowRoot.querySelector('button').focus()`);
    await p.press('Enter');
    await new Promise((r) => setTimeout(r, 300));
    expect(await card()).toBe(true);
    await p.evaluate(`(() => { const link = document.querySelector('crosscheck-card').shadowRoot.querySelector('button.link'); for (let i = 0; i < 5; i++) link.click(); })()`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await explorerTabs()).toBe(0);
    // The reader's own key on it opens one tab; six more within seconds open two more at most (3 per 30 s).
    for (let i = 0; i < 7; i++) {
      await p.bringToFront();
      await p.evaluate(`document.querySelector('crosscheck-card').shadowRoot.querySelector('button.link').focus()`);
      await p.press('Enter');
      await new Promise((r) => setTimeout(r, 300));
    }
    await new Promise((r) => setTimeout(r, 1000));
    expect(await explorerTabs()).toBe(3);
    expect(p.errors).toEqual([]);
    await p.close();
    await ext.close();
  }, 90_000);
});
