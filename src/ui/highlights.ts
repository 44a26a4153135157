/**
 * Highlights matched sentences without changing the page's DOM: the CSS
 * Custom Highlight API where the browser has it, else boxes drawn in
 * Crosscheck's own overlay layer from the ranges' client rects.
 */
import type { Verdict } from '../verdict/verdict';
import type { Tone } from './tone';

const KINDS: Verdict[] = ['agree', 'dispute', 'differs', 'single'];
/** The registry name of a kind's highlight on a page of `tone`: one stylesheet holds both tones' styles. */
export const highlightName = (k: Verdict, tone: Tone = 'light') => (tone === 'dark' ? `crosscheck-${k}-on-dark` : `crosscheck-${k}`);

/**
 * A page a reader can live with (README, "What a mark looks like"): agreement is a thin line and nothing
 * more; a single source's fact a fainter dotted one; only warnings get a tint, with a line of their own
 * shape (wavy: the sources disagree; double: the page differs), so no reader depends on colour. The
 * colours follow the page's own background (src/ui/tone.ts), light or dark, where the text sits.
 * Not added to the page by the content script: the background injects it with the annotator
 * (src/ui/page-css.ts), so the browser removes it with the extension.
 */
export const HIGHLIGHT_CSS = `
::highlight(crosscheck-agree) { text-decoration: underline solid rgba(26, 127, 55, 0.75); text-decoration-thickness: 1px; }
::highlight(crosscheck-single) { text-decoration: underline dotted rgba(9, 105, 218, 0.55); text-decoration-thickness: 1px; }
::highlight(crosscheck-dispute) { background-color: rgba(212, 167, 44, 0.16); text-decoration: underline wavy rgb(154, 103, 0); text-decoration-thickness: 1.5px; }
::highlight(crosscheck-differs) { background-color: rgba(207, 34, 46, 0.12); text-decoration: underline double rgb(207, 34, 46); text-decoration-thickness: 2px; }
::highlight(crosscheck-agree-on-dark) { text-decoration: underline solid rgba(86, 211, 100, 0.75); text-decoration-thickness: 1px; }
::highlight(crosscheck-single-on-dark) { text-decoration: underline dotted rgba(121, 192, 255, 0.6); text-decoration-thickness: 1px; }
::highlight(crosscheck-dispute-on-dark) { background-color: rgba(210, 153, 34, 0.22); text-decoration: underline wavy rgb(227, 179, 65); text-decoration-thickness: 1.5px; }
::highlight(crosscheck-differs-on-dark) { background-color: rgba(248, 81, 73, 0.2); text-decoration: underline double rgb(255, 123, 114); text-decoration-thickness: 2px; }
`;

/** The fallback's boxes, drawn in Crosscheck's layer: the same four kinds, told apart by line style too. */
const FALLBACK_CSS = `.hl { position: absolute; pointer-events: none; border-bottom: 1px solid; }
.hl-agree { border-color: rgba(26,127,55,.75); } .hl-single { border-bottom-style: dotted; border-color: rgba(9,105,218,.55); }
.hl-dispute { background: rgba(212,167,44,.16); border-bottom: 2px dashed #9a6700; } .hl-differs { background: rgba(207,34,46,.12); border-bottom: 3px double #cf222e; }`;

type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; delete(r: Range): boolean; clear(): void; readonly size: number };
interface HighlightRegistry {
  get(name: string): unknown;
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

/**
 * How often the highlight registry, which the page shares, is checked for tampering. A page can swap
 * Crosscheck's entries (every ⚠ sentence painted as ✓) or empty them; within this time they are put back.
 * Four lookups and four sizes: nothing a page would feel.
 */
export const REGISTRY_CHECK_MS = 1000;

function highlightApi(win: Window): { Highlight: HighlightCtor; registry: HighlightRegistry } | null {
  const w = win as unknown as { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } };
  return w.Highlight && w.CSS?.highlights ? { Highlight: w.Highlight, registry: w.CSS.highlights } : null;
}

export interface Highlighter {
  add(range: Range, kind: Verdict): void;
  remove(range: Range, kind: Verdict): void;
  /** Redraw fallback boxes after layout changes; with the Highlight API, put back what the page changed in the registry. */
  relayout(): void;
  /** Draw in the colours for a page of this tone (its background changed: a theme switch). */
  setTone(tone: Tone): void;
  destroy(): void;
  readonly usesHighlightApi: boolean;
}

/** `layer` is Crosscheck's overlay root (used only by the fallback). */
export function createHighlighter(doc: Document, layer: ShadowRoot, initialTone: Tone = 'light'): Highlighter {
  const win = doc.defaultView!;
  const api = highlightApi(win);
  if (api) {
    // What each kind should hold, kept here, out of the page's reach: the registry and the Highlight
    // objects in it are shared with the page.
    const ranges = new Map(KINDS.map((k) => [k, new Set<Range>()]));
    let tone = initialTone;
    const sets = new Map(KINDS.map((k) => [k, new api.Highlight()]));
    for (const k of KINDS) api.registry.set(highlightName(k, tone), sets.get(k));
    /** Put back any entry the page replaced, removed or changed (its size differs from ours). */
    const repair = () => {
      for (const k of KINDS) {
        const own = ranges.get(k)!;
        if (api.registry.get(highlightName(k, tone)) === sets.get(k) && sets.get(k)!.size === own.size) continue;
        const fresh = new api.Highlight(...own);
        sets.set(k, fresh);
        api.registry.set(highlightName(k, tone), fresh);
      }
    };
    const unregister = () => {
      for (const k of KINDS) if (api.registry.get(highlightName(k, tone)) === sets.get(k)) api.registry.delete(highlightName(k, tone));
    };
    const timer = win.setInterval(repair, REGISTRY_CHECK_MS);
    return {
      usesHighlightApi: true,
      add: (r, k) => {
        ranges.get(k)!.add(r);
        sets.get(k)!.add(r);
      },
      remove: (r, k) => {
        ranges.get(k)!.delete(r);
        sets.get(k)!.delete(r);
      },
      relayout: repair,
      setTone: (next) => {
        if (next === tone) return;
        unregister();
        tone = next;
        for (const k of KINDS) api.registry.set(highlightName(k, tone), sets.get(k));
      },
      destroy: () => {
        win.clearInterval(timer);
        unregister();
      },
    };
  }
  // Fallback: absolutely positioned boxes under each line of the range, inside our own layer.
  const boxes = doc.createElement('div');
  boxes.className = 'fallback-highlights';
  const style = doc.createElement('style');
  style.textContent = FALLBACK_CSS;
  boxes.appendChild(style);
  layer.appendChild(boxes);
  const entries = new Map<Range, { kind: Verdict; els: HTMLElement[] }>();
  const draw = (range: Range, entry: { kind: Verdict; els: HTMLElement[] }) => {
    entry.els.forEach((e) => e.remove());
    entry.els = [...range.getClientRects()].map((rect) => {
      const el = doc.createElement('div');
      el.className = `hl hl-${entry.kind}`;
      Object.assign(el.style, {
        left: `${rect.left + win.scrollX}px`,
        top: `${rect.top + win.scrollY}px`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
      });
      boxes.appendChild(el);
      return el;
    });
  };
  return {
    usesHighlightApi: false,
    add: (r, kind) => {
      const entry = { kind, els: [] as HTMLElement[] };
      entries.set(r, entry);
      draw(r, entry);
    },
    remove: (r) => {
      entries.get(r)?.els.forEach((e) => e.remove());
      entries.delete(r);
    },
    relayout: () => entries.forEach((entry, r) => draw(r, entry)),
    // The fallback's boxes keep one set of colours: browsers without the Highlight API are few and old.
    setTone: () => {},
    destroy: () => boxes.remove(),
  };
}
