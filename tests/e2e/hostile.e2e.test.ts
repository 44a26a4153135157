// End-to-end: hostile pages (tests/fixtures/hostile-pages.ts) in headless Chromium and Firefox ESR, each page
// loaded in a browser without the extension and then in one with it. On every page: no uncaught error the
// page did not have without the extension and no warning from Crosscheck; Crosscheck done (its
// 'crosscheck:first-scan' measure, or the gate's) within a bound and the page still answering a script; the
// same elements in the document with and without the extension (Crosscheck's own crosscheck-* elements aside);
// and in Chromium the JS heap the extension adds (CDP JSHeapUsedSize after a GC, with minus without) within a
// bound. The pages: 5 MB of text, 10,000-deep nesting (built by script, and as parsed markup), 200,000 nodes,
// markup and script as text inside claim sentences (never run, never elements: in the page, the card and the
// popup), right-to-left and CJK text with English claim sentences, frames, a canvas-only page, and a page that
// mutates on every animation frame (the tab keeps responding, its animation keeps running, the marks stay
// bounded). Figures are printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClaimBase } from '../../src/claims/load-node';
import { Matcher } from '../../src/match/matcher';
import { verdictsBySentence } from '../../src/verdict/verdict';
import { blockTextForMatching, pageContextText } from '../../src/page/scan';
import { bigTextParagraphs } from '../fixtures/hostile';
import {
  BIG_TEXT_BYTES,
  BIG_TEXT_HEADING,
  BIG_TEXT_TITLE,
  bigTextPage,
  canvasPage,
  CLAIM,
  edgePage,
  deepNestingPage,
  deepNestingParsedPage,
  framesPages,
  HTML_IN_CLAIM,
  htmlLookingPage,
  manyNodesPage,
  MUTATING_FEED_SIZE,
  mutatingPage,
  rtlCjkPage,
} from '../fixtures/hostile-pages';
import {
  crosscheckDoneAt,
  EXT_API,
  gateRegistered,
  ENGINE_SESSIONS,
  type EngineSession,
  settledMarks,
  tabIdOf,
  type MarkInfo,
} from './harness/browsers';
import { addedErrors, censusDifference, markCount, MARKS_ON, OWN_TAGS, readCensus, readLayout, responds, uncaughtErrors, within, type Census } from './harness/page-checks';
import { startServer, type TestServer } from './harness/server';

const MiB = 1024 * 1024;
const matcher = new Matcher(loadClaimBase());
/** How long the mutating page mutates. */
const MUTATE_MS = 6_000;

type Session = EngineSession;
type Opened = Awaited<ReturnType<Session['newRawPage']>>;

/** Chromium: the page's JS heap in use (CDP; content scripts' worlds share the page's heap), after a full GC unless `gc` is false. */
async function heapUsed(p: Opened, gc = true): Promise<number | null> {
  if (!p.cdp) return null;
  if (gc) await p.cdp.send('HeapProfiler.collectGarbage');
  await p.cdp.send('Performance.enable');
  const { metrics } = (await p.cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
}

/**
 * What the extension may add to the page's heap once it is done: 16 MiB (the claim index and matcher take
 * about 1 MiB; the card's UI, marks and their shadow roots a few more) plus two UTF-16 copies of the page's
 * text (the blocks read from the DOM, while they are being matched).
 */
const heapBound = (textChars: number) => 16 * MiB + 4 * textChars;

const warningsOf = (p: Opened) => p.console.filter((c) => /^(error|warn)/.test(c) && /crosscheck/i.test(c));

interface Run {
  w: Opened;
  plain: Opened;
  marks: MarkInfo[];
  doneAt: number | null;
  wallMs: number;
  loadMs: number;
  respondMs: number;
  census: Census;
  plainCensus: Census;
  textChars: number;
  heap: number | null;
  plainHeap: number | null;
  peakHeap: number | null;
}

/** What the matcher finds in bigTextPage's blocks (its heading and paragraphs), with the page's topic context. */
function expectedBigTextMarks(): number {
  const blocks = [BIG_TEXT_HEADING, ...bigTextParagraphs(BIG_TEXT_BYTES)].map((text) => ({ text }));
  const context = matcher.contextTokens(pageContextText(BIG_TEXT_TITLE, blocks));
  return blocks.reduce((n, b) => n + verdictsBySentence(matcher.matchText(blockTextForMatching(b.text), context).annotations).length, 0);
}

const DEEP: Record<string, string> = {
  // Chromium's renderer crashes laying out more than about 2,500 nested levels by itself (no extension; see the
  // fixture), so its nest is 10,000 levels in the DOM of which the first 1,000 are laid out.
  chromium: deepNestingPage(10_000, { unrenderedFrom: 1_000 }),
  firefox: deepNestingPage(10_000),
};

describe.each(ENGINE_SESSIONS)('hostile pages in %s', (name, launch) => {
  let withExt: Session;
  let plainB: Session;
  let server: TestServer;
  const figures: string[] = [];
  beforeAll(async () => {
    const routes: Record<string, string> = {
      '/big-text': bigTextPage(BIG_TEXT_BYTES),
      '/deep': DEEP[name]!,
      '/deep-parsed': deepNestingParsedPage(),
      '/many-nodes': manyNodesPage(),
      '/mutating': mutatingPage({ durationMs: MUTATE_MS }),
      '/html-looking': htmlLookingPage(),
      '/rtl-cjk': rtlCjkPage(),
      '/canvas': canvasPage(),
      '/edge': edgePage(),
    };
    server = await startServer(routes);
    // Another origin for a frame: the same server under another host name.
    Object.assign(routes, framesPages(`http://localhost:${new URL(server.url('/')).port}`));
    [withExt, plainB] = await Promise.all([launch(true), launch(false)]);
    await gateRegistered(withExt.browser);
  }, 60_000);
  afterAll(async () => {
    console.log(`hostile pages in ${name}:\n${figures.join('\n')}`);
    await Promise.all([withExt?.close(), plainB?.close()]);
    await server?.close();
  });

  /** Load `path` without, then with the extension; wait for Crosscheck (at most `timeoutMs`); read everything. */
  async function run(path: string, { timeoutMs = 10_000 } = {}): Promise<Run> {
    const plain = await plainB.newRawPage();
    await plain.page.goto(server.url(path));
    await new Promise((r) => setTimeout(r, 300));
    const plainCensus = await readCensus(plain.page);
    const plainHeap = await heapUsed(plain);
    const w = await withExt.newRawPage();
    await w.page.bringToFront();
    const t0 = Date.now();
    await w.page.goto(server.url(path));
    const loadMs = Date.now() - t0;
    // Poll for the end of Crosscheck's work, sampling the heap (no GC) for its peak.
    let done: { ms: number } | null = null;
    let peakHeap: number | null = null;
    const t1 = Date.now();
    while (!(done = await within(10_000, crosscheckDoneAt(w.page), 'reading the measures')) && Date.now() - t1 < timeoutMs) {
      const h = await heapUsed(w, false);
      if (h !== null) peakHeap = Math.max(peakHeap ?? 0, h);
      await new Promise((r) => setTimeout(r, 200));
    }
    const wallMs = Date.now() - t1;
    const marks = await settledMarks(w.page, { quietMs: 400, timeoutMs: 10_000 });
    const respondMs = await responds(w.page);
    const census = await readCensus(w.page);
    const textChars = await w.page.evaluate<number>('document.body.textContent.length');
    const heap = await heapUsed(w);
    return { w, plain, marks, doneAt: done?.ms ?? null, wallMs, loadMs, respondMs, census, plainCensus, textChars, heap, plainHeap, peakHeap: peakHeap === null ? null : Math.max(peakHeap, heap ?? 0) };
  }

  const mib = (b: number) => (b / MiB).toFixed(1);
  function record(page: string, r: Run, extra = ''): void {
    const heap = r.heap !== null && r.plainHeap !== null
      ? `heap ${mib(r.plainHeap)} MiB without, ${mib(r.heap)} with (+${mib(r.heap - r.plainHeap)}, bound +${mib(heapBound(r.textChars))}; peak while scanning ${r.peakHeap === null ? '-' : mib(r.peakHeap)})`
      : 'heap not measured';
    figures.push(`  ${page.padEnd(22)} load ${r.loadMs} ms; Crosscheck done at ${r.doneAt === null ? 'NEVER' : `${r.doneAt.toFixed(0)} ms`} ` +
      `(${r.wallMs} ms after load); ${r.marks.length} marks; answers in ${r.respondMs.toFixed(0)} ms; ${heap}${extra ? `; ${extra}` : ''}`);
  }

  /** What every page must satisfy. */
  function common(r: Run): void {
    expect(r.doneAt, 'Crosscheck finished within the bound').not.toBeNull();
    expect(addedErrors(r.w.page.errors, r.plain.page.errors)).toEqual([]);
    expect(warningsOf(r.w)).toEqual([]);
    expect(censusDifference(r.plainCensus, r.census)).toEqual([]);
    expect(Object.keys(r.census.own).filter((t) => !OWN_TAGS.has(t))).toEqual([]);
    if (r.heap !== null && r.plainHeap !== null) expect(r.heap - r.plainHeap).toBeLessThan(heapBound(r.textChars));
  }

  const close = (r: Run) => Promise.all([r.w.page.close(), r.plain.page.close()]);

  it('the error and warning capture sees what a content script throws and logs (the checks can fail)', async () => {
    const p = await withExt.newRawPage();
    await p.page.goto(server.url('/canvas'));
    const ext = await withExt.browser.openExtensionPage('popup.html');
    const tabId = await tabIdOf(ext, server.url('/canvas'));
    await ext.evaluate(`${EXT_API}.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => { console.warn('Crosscheck probe'); setTimeout(() => { throw new Error('crosscheck-probe'); }, 0); } })`);
    for (let i = 0; i < 50 && !(uncaughtErrors(p.page.errors).length && warningsOf(p).length); i++) await new Promise((r) => setTimeout(r, 100));
    expect(uncaughtErrors(p.page.errors).join('\n')).toContain('crosscheck-probe');
    expect(warningsOf(p).join('\n')).toContain('Crosscheck probe');
    await ext.close();
    await p.page.close();
  }, 60_000);

  it('a 5 MB text page', async () => {
    const r = await run('/big-text', { timeoutMs: 60_000 });
    const bytes = await r.w.page.evaluate<number>('new TextEncoder().encode(document.body.textContent).length');
    // Every 50th paragraph holds a claim sentence (bigText): the page gets what the matcher finds in its
    // paragraphs, read as the page reads them, so the scan reached the end of the page.
    const expected = expectedBigTextMarks();
    record('5 MB of text', r, `${mib(bytes)} MiB of text; the matcher finds ${expected} in its paragraphs`);
    expect(bytes).toBeGreaterThan(4.5 * MiB);
    common(r);
    expect(r.marks.length).toBe(expected);
    await close(r);
  }, 180_000);

  it('10,000-deep nesting built by script', async () => {
    const r = await run('/deep');
    const depth = await r.w.page.evaluate<number>('window.__depth');
    // Only the two shallow paragraphs: a layout query below the unrendered level would make Chromium lay out
    // (and crash on) the whole nest.
    const levels = await r.w.page.evaluate<string[]>(`[...document.querySelectorAll('#nest p')].slice(0, 2).filter((p) => ${MARKS_ON}(p).length).map((p) => p.textContent.split(':')[0])`);
    record('10,000-deep (script)', r, `depth ${depth}, marked: ${levels.join(', ') || 'none'}`);
    expect(depth).toBeGreaterThanOrEqual(10_000);
    common(r);
    // The two claim sentences within the walk's 500 levels are marked; the one 10,000 deep is beyond it.
    expect(r.marks.length).toBeGreaterThanOrEqual(2);
    expect(levels).toEqual(['Level 1', 'Level 400']);
    await close(r);
  }, 120_000);

  it('10,000-deep nesting as parsed markup', async () => {
    const r = await run('/deep-parsed');
    const depth = await r.w.page.evaluate<number>(`(() => { let max = 0; for (const e of document.body.querySelectorAll('*')) { let k = 0; for (let x = e; x && x !== document.body; x = x.parentElement) k++; if (k > max) max = k; } return max; })()`);
    record('10,000-deep (parsed)', r, `the parser made it ${depth} deep`);
    common(r);
    expect(r.marks.length).toBeGreaterThan(0);
    await close(r);
  }, 120_000);

  it('200,000 nodes', async () => {
    const r = await run('/many-nodes', { timeoutMs: 60_000 });
    const nodes = await r.w.page.evaluate<number>(`(() => { let n = 0; const w = document.createTreeWalker(document.body); while (w.nextNode()) n++; return n; })()`);
    record('200,000 nodes', r, `${nodes} nodes in <body>`);
    expect(nodes).toBeGreaterThanOrEqual(200_000);
    common(r);
    expect(r.marks.length).toBeGreaterThan(0);
    await close(r);
  }, 120_000);

  it('text that looks like HTML and script inside claim sentences stays text: in the page, the card and the popup', async () => {
    const r = await run('/html-looking');
    common(r);
    const p = r.w.page;
    // The page's text is intact and none of it became an element.
    expect(await p.evaluate<string>(`document.getElementById('claim').textContent`)).toBe(HTML_IN_CLAIM);
    expect(await p.evaluate<number>(`document.querySelectorAll('img, svg, iframe, object, embed, style, script:not(#trap)').length`)).toBe(0);
    expect(r.marks.filter((m) => m.claims.split(' ').includes('exchange.saturday-count')).length).toBeGreaterThan(0);
    // The mark on that very sentence: its card, opened by keyboard.
    const focused = await p.evaluate<boolean>(`(() => {
      const mine = ${MARKS_ON}(document.getElementById('claim')).find((m) => m.dataset.crosscheckClaims.split(' ').includes('exchange.saturday-count'));
      mine?.shadowRoot.querySelector('button').focus();
      return !!mine;
    })()`);
    expect(focused, 'a mark on the sentence with markup in it').toBe(true);
    await p.press('Enter');
    await new Promise((res) => setTimeout(res, 300));
    const card = await p.evaluate<{ tags: string[]; text: string } | null>(`(() => {
      const root = document.querySelector('crosscheck-card')?.shadowRoot;
      return root ? { tags: [...new Set([...root.querySelectorAll('*')].map((e) => e.localName))].sort(), text: root.textContent } : null;
    })()`);
    expect(card, 'the card opened').not.toBeNull();
    for (const t of ['img', 'script', 'svg', 'iframe', 'object', 'embed', 'a']) expect(card!.tags).not.toContain(t);
    const markTags = await p.evaluate<string[]>(`[...new Set([...document.querySelectorAll('crosscheck-mark')].flatMap((m) => [...m.shadowRoot.querySelectorAll('*')].map((e) => e.localName)))].sort()`);
    expect(markTags.filter((t) => !['button', 'span', 'style'].includes(t))).toEqual([]);
    // The popup lists the matched sentences (page text, in a privileged extension page): text there too.
    const ext = await withExt.browser.openExtensionPage('popup.html');
    const tabId = await tabIdOf(ext, server.url('/html-looking'));
    await ext.close();
    const popup = await withExt.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const deadline = Date.now() + 10_000;
    let items = 0;
    while (Date.now() < deadline && !(items = await popup.evaluate<number>(`document.querySelectorAll('ol.items button').length`))) await new Promise((res) => setTimeout(res, 200));
    const inPopup = await popup.evaluate<{ tags: string[]; text: string; pwned: unknown }>(
      `({ tags: [...new Set([...document.body.querySelectorAll('*')].map((e) => e.localName))].sort(), text: document.body.textContent, pwned: window.__pwned })`,
    );
    record('markup as text', r, `card elements: ${card!.tags.join(' ')}; popup: ${items} items, elements ${inPopup.tags.join(' ')}`);
    expect(items).toBeGreaterThan(0);
    for (const t of ['img', 'script', 'svg', 'iframe', 'object', 'embed']) expect(inPopup.tags).not.toContain(t);
    expect(inPopup.text).toContain('<img src=x onerror=alert(1)>');
    expect(inPopup.pwned).toBeUndefined();
    await popup.close();
    await new Promise((res) => setTimeout(res, 300));
    expect(await p.evaluate<unknown>('window.__pwned')).toBeUndefined();
    expect(addedErrors(p.errors, r.plain.page.errors)).toEqual([]);
    await close(r);
  }, 120_000);

  it('right-to-left and CJK text with English claim sentences', async () => {
    const r = await run('/rtl-cjk');
    const [layout, plainLayout] = [await readLayout(r.w.page), await readLayout(r.plain.page)];
    // Each marker inside the viewport's width, beside its sentence.
    const placed = await r.w.page.evaluate<{ left: number; right: number }[]>(`[...document.querySelectorAll('crosscheck-mark')].map((m) => { const b = m.getBoundingClientRect(); return { left: b.left, right: b.right }; })`);
    record('RTL + CJK', r, `markers at x ${placed.map((p) => `${p.left.toFixed(0)}-${p.right.toFixed(0)}`).join(', ')} of ${layout.viewport[2]}; ` +
      `scroll size ${plainLayout.scrollSize.join('x')} without, ${layout.scrollSize.join('x')} with`);
    common(r);
    expect(r.marks.some((m) => m.claims.split(' ').includes('exchange.saturday-count'))).toBe(true);
    // At most one mark per copy of the English sentence: one mark per sentence.
    expect(r.marks.length).toBeLessThanOrEqual(2);
    for (const p of placed) {
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.right).toBeLessThanOrEqual(layout.viewport[2]!);
    }
    // The markers do not widen the document (a horizontal scroll bar on an RTL page).
    expect(layout.scrollSize[0]).toBe(plainLayout.scrollSize[0]);
    await close(r);
  }, 60_000);

  it('sentences ending at the right edge of the page: the markers stay inside it, and it does not get wider', async () => {
    const r = await run('/edge');
    const [layout, plainLayout] = [await readLayout(r.w.page), await readLayout(r.plain.page)];
    const placed = await r.w.page.evaluate<{ left: number; right: number; top: number }[]>(`[...document.querySelectorAll('crosscheck-mark')].map((m) => { const b = m.getBoundingClientRect(); return { left: b.left, right: b.right, top: b.top }; })`);
    record('sentences at the edge', r, `markers at ${placed.map((p) => `x ${p.left.toFixed(0)}-${p.right.toFixed(0)} y ${p.top.toFixed(0)}`).join(', ')}; ` +
      `viewport ${plainLayout.viewport.join('x')} without, ${layout.viewport.join('x')} with; scroll size ${plainLayout.scrollSize.join('x')} without, ${layout.scrollSize.join('x')} with`);
    common(r);
    expect(r.marks.length).toBeGreaterThan(0);
    expect(layout.scrollSize).toEqual(plainLayout.scrollSize);
    expect(layout.viewport).toEqual(plainLayout.viewport);
    for (const p of placed) {
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.right).toBeLessThanOrEqual(layout.viewport[2]!);
      expect(p.top).toBeGreaterThanOrEqual(0);
    }
    await close(r);
  }, 60_000);

  it('frames: same-origin, nested, sandboxed and cross-origin frames are marked (srcdoc: reported)', async () => {
    const r = await run('/frames');
    const raw = r.w.raw as { frames(): { url(): string; evaluate<T>(s: string): Promise<T> }[] };
    const perFrame = async () => {
      const out: Record<string, number> = {};
      for (const f of raw.frames()) out[f.url().replace(/^https?:\/\/[^/]+/, '') || f.url()] = await f.evaluate<number>(`document.querySelectorAll('crosscheck-mark').length`).catch(() => -1);
      return out;
    };
    const deadline = Date.now() + 10_000;
    let frames = await perFrame();
    while (Date.now() < deadline && !(frames['/frames/same']! > 0 && frames['/frames/nested']! > 0 && frames['/frames/other']! > 0 && frames['/frames/sandboxed']! > 0)) {
      await new Promise((res) => setTimeout(res, 300));
      frames = await perFrame();
    }
    record('frames', r, `marks per frame ${JSON.stringify(frames)}`);
    common(r);
    expect(frames['/frames']).toBe(0);
    for (const f of ['/frames/same', '/frames/nested', '/frames/other', '/frames/sandboxed']) expect(frames[f], f).toBeGreaterThan(0);
    await close(r);
  }, 60_000);

  it('a canvas-only page', async () => {
    const r = await run('/canvas');
    record('canvas only', r);
    common(r);
    expect(r.marks).toEqual([]);
    await close(r);
  }, 60_000);

  it('a page that mutates on every animation frame keeps responding and animating, and its marks stay bounded', async () => {
    // Both at once, so both see the same machine load; the figures of the page without are the reference.
    const [w, plain] = await Promise.all([withExt.newRawPage(), plainB.newRawPage()]);
    await w.page.bringToFront();
    await Promise.all([w.page.goto(server.url('/mutating')), plain.page.goto(server.url('/mutating'))]);
    // One mark per sentence of the feed, at most.
    const bound = MUTATING_FEED_SIZE;
    const heapStart = await heapUsed(w);
    // While it mutates: does the tab answer, and how many marks are there.
    const samples: { marks: number | null; answerMs: number | null }[] = [];
    const t0 = Date.now();
    while (Date.now() - t0 < MUTATE_MS - 1000) {
      const t = performance.now();
      const marks = await within(2_000, markCount(w.page), 'tab').catch(() => null);
      samples.push({ marks, answerMs: marks === null ? null : performance.now() - t });
      await new Promise((res) => setTimeout(res, 500));
    }
    // Once it stopped: how long until the tab answers again, and what the page measured about itself.
    const t2 = Date.now();
    const selfMeasured = `({ frames: window.__frames, maxFrameGap: window.__maxFrameGap, maxTimerGap: window.__maxTimerGap, stopped: window.__stopped })`;
    type Self = { frames: number; maxFrameGap: number; maxTimerGap: number; stopped: boolean };
    let mine: Self | null = null;
    while (Date.now() - t2 < 60_000 && !(mine = await within(5_000, w.page.evaluate<Self>(selfMeasured), 'tab').catch(() => null))?.stopped) await new Promise((res) => setTimeout(res, 500));
    const recoveredMs = Date.now() - t2;
    const ref = await plain.page.evaluate<Self>(selfMeasured);
    const done = mine && (await crosscheckDoneAt(w.page));
    const finalMarks = mine ? await markCount(w.page) : null;
    const [census, plainCensus] = mine ? [await readCensus(w.page), await readCensus(plain.page)] : [null, null];
    const heapEnd = mine ? await heapUsed(w) : null;
    const answered = samples.filter((s) => s.answerMs !== null);
    figures.push(`  mutating every frame   marks while mutating ${samples.map((s) => s.marks ?? '?').join(' ')}, at the end ${finalMarks} (bound ${bound}); ` +
      `answered ${answered.length} of ${samples.length} probes within 2 s (slowest ${Math.max(0, ...answered.map((s) => s.answerMs!)).toFixed(0)} ms); answers again ${recoveredMs} ms after it stopped; ` +
      `frames in ${MUTATE_MS / 1000} s: ${mine?.frames ?? '?'} with, ${ref.frames} without; longest frame gap ${mine?.maxFrameGap.toFixed(0) ?? '?'} ms with, ${ref.maxFrameGap.toFixed(0)} without; ` +
      `longest 50 ms timer gap ${mine?.maxTimerGap.toFixed(0) ?? '?'} ms with, ${ref.maxTimerGap.toFixed(0)} without` +
      (heapStart !== null && heapEnd !== null ? `; heap ${mib(heapStart)} -> ${mib(heapEnd)} MiB over the run` : ''));
    expect(mine, 'the tab answers within 60 s of the page stopping').not.toBeNull();
    expect(done, 'Crosscheck finished its first scan').not.toBeNull();
    expect(addedErrors(w.page.errors, plain.page.errors)).toEqual([]);
    expect(warningsOf(w)).toEqual([]);
    expect(censusDifference(plainCensus!, census!)).toEqual([]);
    // Bounded marks, and some: Crosscheck kept up with the feed rather than giving up.
    const seen = samples.map((s) => s.marks).filter((m): m is number => m !== null);
    expect(Math.max(finalMarks!, ...seen)).toBeLessThanOrEqual(bound);
    expect(finalMarks).toBeGreaterThan(0);
    if (heapStart !== null && heapEnd !== null) expect(heapEnd - heapStart).toBeLessThan(heapBound(await w.page.evaluate<number>('document.body.textContent.length')));
    // The tab kept responding while the page mutated, and the page's own animation and timers kept running.
    expect(answered.length, 'probes answered within 2 s while the page mutated').toBe(samples.length);
    expect(mine!.frames, 'animation frames with the extension, vs half of those without').toBeGreaterThanOrEqual(ref.frames / 2);
    expect(mine!.maxTimerGap, "longest gap of the page's 50 ms timer").toBeLessThan(1_000);
    await Promise.all([w.page.close(), plain.page.close()]);
  }, 120_000);
});
