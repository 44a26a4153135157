/**
 * What the hardening tests read from a page to tell whether Crosscheck changed it: the body's text, the
 * layout of every element in the body, and a census of the document's elements. Each reader is a string
 * of JavaScript, so it runs the same in Chromium (Playwright) and Firefox (puppeteer over BiDi), and each
 * comparison says where the two readings first differ, so a failure can be read.
 */
import type { TestPage } from './browsers';

export interface TextSnapshot {
  innerText: string;
  textContent: string;
}

/** `document.body.innerText` and `.textContent`, as they are. */
export const readText = (p: TestPage) =>
  p.evaluate<TextSnapshot>(`({ innerText: document.body ? document.body.innerText : '', textContent: document.body ? document.body.textContent : '' })`);

export interface LayoutSnapshot {
  /** Elements in <body> (in document order), Crosscheck's own excluded (there should be none in <body>). */
  count: number;
  /** x, y, width, height of each element's bounding client rect, flattened. */
  rects: number[];
  /** innerWidth, innerHeight, documentElement.clientWidth, clientHeight: a scroll bar that came or went shows here. */
  viewport: number[];
  scroll: number[];
  /** documentElement.scrollWidth/Height: the scrollable area, which Crosscheck's layer (outside <body>) may extend. */
  scrollSize: number[];
}

const BODY_ELEMENTS = `(document.body ? [...document.body.querySelectorAll('*')] : []).filter((e) => !e.localName.startsWith('crosscheck-'))`;

/** The bounding client rect of every element in <body>, read at once (the page is not scrolled in between). */
export const readLayout = (p: TestPage) =>
  p.evaluate<LayoutSnapshot>(`(() => {
    const els = ${BODY_ELEMENTS};
    const rects = [];
    for (const e of els) { const r = e.getBoundingClientRect(); rects.push(r.x, r.y, r.width, r.height); }
    const d = document.documentElement;
    return { count: els.length, rects, viewport: [innerWidth, innerHeight, d.clientWidth, d.clientHeight], scroll: [scrollX, scrollY], scrollSize: [d.scrollWidth, d.scrollHeight] };
  })()`);

/** A short CSS-like path to the i-th element of readLayout, for messages. */
export const describeElement = (p: TestPage, i: number) =>
  p.evaluate<string>(`(() => {
    const e = ${BODY_ELEMENTS}[${i}];
    if (!e) return '(none)';
    const path = [];
    for (let n = e; n && n !== document.body && path.length < 6; n = n.parentElement) path.unshift(n.localName + (n.id ? '#' + n.id : '') + (n.classList.length ? '.' + [...n.classList].slice(0, 2).join('.') : ''));
    return path.join(' > ');
  })()`);

/** Where two strings first differ, with some context; null when they are identical. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 40));
  return `lengths ${a.length} vs ${b.length}, first difference at ${i}: ${show(a)} vs ${show(b)}`;
}

export interface LayoutDifference {
  /** Index of the first element whose rect differs (-1: the element count or the viewport differs). */
  index: number;
  what: string;
}

/** The first difference between two layout snapshots of the same page, or null (page content laid out the same). */
export function layoutDifference(a: LayoutSnapshot, b: LayoutSnapshot): LayoutDifference | null {
  if (a.count !== b.count) return { index: -1, what: `element count ${a.count} vs ${b.count}` };
  if (a.viewport.join() !== b.viewport.join()) return { index: -1, what: `viewport ${a.viewport.join('x')} vs ${b.viewport.join('x')}` };
  if (a.scroll.join() !== b.scroll.join()) return { index: -1, what: `scroll position ${a.scroll.join(',')} vs ${b.scroll.join(',')}` };
  for (let i = 0; i < a.rects.length; i++)
    if (a.rects[i] !== b.rects[i]) {
      const e = Math.floor(i / 4);
      const r = (s: LayoutSnapshot) => s.rects.slice(e * 4, e * 4 + 4).join(',');
      return { index: e, what: `element ${e}: rect ${r(a)} vs ${r(b)}` };
    }
  return null;
}

/** A short hash of a layout (FNV-1a over the rects), for tables. */
export function layoutHash(s: LayoutSnapshot): string {
  let h = 0x811c9dc5;
  for (const x of [s.count, ...s.viewport, ...s.rects]) {
    const str = String(x);
    for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ 44, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export interface Census {
  /** Element count per tag name in the whole document (head included), Crosscheck's own elements left out. */
  tags: Record<string, number>;
  /** Crosscheck's own elements (crosscheck-*) in the document's tree. */
  own: Record<string, number>;
  /** Attributes named data-crosscheck* or with a crosscheck value on elements that are not Crosscheck's. */
  foreignAttributes: string[];
  /** Style sheets of the document (<style>, <link>) and adopted ones. */
  styleSheets: number;
  adoptedStyleSheets: number;
  /** Shadow roots attached to elements that are not Crosscheck's. */
  shadowRoots: number;
}

/** What elements the document holds, for "nothing injected but Crosscheck's own elements". */
export const readCensus = (p: TestPage) =>
  p.evaluate<Census>(`(() => {
    const tags = {}, own = {}, foreignAttributes = [];
    let shadowRoots = 0;
    const inLayer = new Set(document.querySelectorAll('crosscheck-layer *'));
    for (const e of document.querySelectorAll('*')) {
      const t = e.localName;
      if (t.startsWith('crosscheck-')) { own[t] = (own[t] || 0) + 1; continue; }
      if (inLayer.has(e)) { own['(inside the layer) ' + t] = (own['(inside the layer) ' + t] || 0) + 1; continue; }
      tags[t] = (tags[t] || 0) + 1;
      if (e.shadowRoot) shadowRoots++;
      for (const a of e.attributes) if (/crosscheck/i.test(a.name) || /crosscheck/i.test(a.value)) foreignAttributes.push(t + '[' + a.name + ']');
    }
    return { tags, own, foreignAttributes: foreignAttributes.slice(0, 20), styleSheets: document.styleSheets.length, adoptedStyleSheets: (document.adoptedStyleSheets || []).length, shadowRoots };
  })()`);

/** The differences between two censuses' page elements (tag: count without vs with), empty when the same. */
export function censusDifference(without: Census, withExt: Census): string[] {
  const out: string[] = [];
  for (const t of new Set([...Object.keys(without.tags), ...Object.keys(withExt.tags)]))
    if ((without.tags[t] ?? 0) !== (withExt.tags[t] ?? 0)) out.push(`<${t}>: ${without.tags[t] ?? 0} vs ${withExt.tags[t] ?? 0}`);
  if (withExt.foreignAttributes.length) out.push(`attributes added to page elements: ${withExt.foreignAttributes.join(', ')}`);
  if (without.styleSheets !== withExt.styleSheets) out.push(`document.styleSheets: ${without.styleSheets} vs ${withExt.styleSheets}`);
  if (without.adoptedStyleSheets !== withExt.adoptedStyleSheets) out.push(`adoptedStyleSheets: ${without.adoptedStyleSheets} vs ${withExt.adoptedStyleSheets}`);
  if (without.shadowRoots !== withExt.shadowRoots) out.push(`shadow roots on page elements: ${without.shadowRoots} vs ${withExt.shadowRoots}`);
  return out;
}

/** Crosscheck's own element names allowed in a page's tree. */
export const OWN_TAGS = new Set(['crosscheck-layer', 'crosscheck-highlights', 'crosscheck-mark', 'crosscheck-card']);

/** Resolves to the value, or rejects after `ms` (a page that stopped responding). */
export function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))]);
}

/** The page answers a trivial script, and how long it took (ms). */
export async function responds(p: TestPage, ms = 5_000): Promise<number> {
  const t0 = performance.now();
  const two = await within(ms, p.evaluate<number>('1+1'), 'evaluate(1+1)');
  if (two !== 2) throw new Error(`evaluate(1+1) gave ${two}`);
  return performance.now() - t0;
}

export const markCount = (p: TestPage) => p.evaluate<number>(`document.querySelectorAll('crosscheck-mark').length`);

/**
 * The uncaught errors among a page's `errors`: Firefox (WebDriver BiDi) reports there also the console
 * messages in which it says that the page's Content Security Policy blocked a resource or a script (the
 * saved real pages are served with `default-src 'none'`), which are not errors of any script, and the
 * diagnostics of its MathML layout ("Invalid markup: Incorrect number of children for <mfrac/> tag.", on
 * mathjax.html), logged whenever layout reaches the page's MathML, a time that changes from run to run.
 */
export function uncaughtErrors(errors: readonly string[]): string[] {
  return errors.filter((e) => !/^(Content-Security-Policy: |Security Error: Content at |Invalid markup: )/.test(e));
}

/** The uncaught errors of a page with the extension that the same page without it did not have (as a multiset). */
export function addedErrors(withExt: readonly string[], without: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const e of uncaughtErrors(without)) left.set(e, (left.get(e) ?? 0) + 1);
  return uncaughtErrors(withExt).filter((e) => {
    const n = left.get(e) ?? 0;
    if (n) left.set(e, n - 1);
    return !n;
  });
}

/**
 * In-page JavaScript: a function `(el) => marks` giving the crosscheck-mark elements placed on one of the
 * lines of `el`'s text: a marker sits in the margin beside its sentence's last line, centred on it, or,
 * where the margin has no room, raised just above the line's end (src/ui/overlay.ts, placeAll).
 */
export const MARKS_ON = `((el) => {
  const range = document.createRange(); range.selectNodeContents(el);
  const lines = [...range.getClientRects()];
  return [...document.querySelectorAll('crosscheck-mark')].filter((m) => {
    const b = m.getBoundingClientRect();
    const middle = b.top + b.height / 2;
    return b.width > 0 && lines.some((r) => middle >= r.top - 14 && middle <= r.bottom + 1);
  });
})`;
