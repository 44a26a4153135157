/**
 * Highlights matched sentences without changing the page's DOM: the CSS
 * Custom Highlight API where the browser has it, else boxes drawn in
 * Crosscheck's own overlay layer from the ranges' client rects.
 */
import type { MarkKind } from './mark-kind';

const KINDS: MarkKind[] = ['agree', 'dispute', 'differs', 'single'];
const highlightName = (k: MarkKind) => `crosscheck-${k}`;

/**
 * Decoration differs by kind (solid, wavy, double, dotted) so no reader depends on colour.
 * Not added to the page by the content script: the background injects it with the annotator
 * (src/ui/page-css.ts), so the browser removes it with the extension.
 */
export const HIGHLIGHT_CSS = `
::highlight(crosscheck-agree) { background-color: rgba(46, 160, 67, 0.16); text-decoration: underline solid rgb(26, 127, 55); text-decoration-thickness: 2px; }
::highlight(crosscheck-dispute) { background-color: rgba(212, 167, 44, 0.22); text-decoration: underline wavy rgb(154, 103, 0); text-decoration-thickness: 1.5px; }
::highlight(crosscheck-differs) { background-color: rgba(207, 34, 46, 0.15); text-decoration: underline double rgb(207, 34, 46); text-decoration-thickness: 2px; }
::highlight(crosscheck-single) { background-color: rgba(9, 105, 218, 0.10); text-decoration: underline dotted rgb(9, 105, 218); text-decoration-thickness: 2px; }
@media (prefers-color-scheme: dark) {
  ::highlight(crosscheck-agree) { background-color: rgba(63, 185, 80, 0.22); text-decoration-color: rgb(86, 211, 100); }
  ::highlight(crosscheck-dispute) { background-color: rgba(210, 153, 34, 0.26); text-decoration-color: rgb(227, 179, 65); }
  ::highlight(crosscheck-differs) { background-color: rgba(248, 81, 73, 0.22); text-decoration-color: rgb(255, 123, 114); }
  ::highlight(crosscheck-single) { background-color: rgba(56, 139, 253, 0.18); text-decoration-color: rgb(121, 192, 255); }
}
`;

/** The fallback's boxes, drawn in Crosscheck's layer: the same four kinds, told apart by line style too. */
const FALLBACK_CSS = `.hl { position: absolute; pointer-events: none; border-bottom: 2px solid; }
.hl-agree { background: rgba(46,160,67,.16); border-color: #1a7f37; } .hl-dispute { background: rgba(212,167,44,.22); border-bottom-style: dashed; border-color: #9a6700; }
.hl-differs { background: rgba(207,34,46,.15); border-bottom-style: double; border-bottom-width: 3px; border-color: #cf222e; } .hl-single { background: rgba(9,105,218,.10); border-bottom-style: dotted; border-color: #0969da; }`;

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
  add(range: Range, kind: MarkKind): void;
  remove(range: Range, kind: MarkKind): void;
  /** Redraw fallback boxes after layout changes; with the Highlight API, put back what the page changed in the registry. */
  relayout(): void;
  destroy(): void;
  readonly usesHighlightApi: boolean;
}

/** `layer` is Crosscheck's overlay root (used only by the fallback). */
export function createHighlighter(doc: Document, layer: ShadowRoot): Highlighter {
  const win = doc.defaultView!;
  const api = highlightApi(win);
  if (api) {
    // What each kind should hold, kept here, out of the page's reach: the registry and the Highlight
    // objects in it are shared with the page.
    const ranges = new Map(KINDS.map((k) => [k, new Set<Range>()]));
    const sets = new Map(KINDS.map((k) => [k, new api.Highlight()]));
    for (const k of KINDS) api.registry.set(highlightName(k), sets.get(k));
    /** Put back any entry the page replaced, removed or changed (its size differs from ours). */
    const repair = () => {
      for (const k of KINDS) {
        const own = ranges.get(k)!;
        if (api.registry.get(highlightName(k)) === sets.get(k) && sets.get(k)!.size === own.size) continue;
        const fresh = new api.Highlight(...own);
        sets.set(k, fresh);
        api.registry.set(highlightName(k), fresh);
      }
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
      destroy: () => {
        win.clearInterval(timer);
        for (const k of KINDS) if (api.registry.get(highlightName(k)) === sets.get(k)) api.registry.delete(highlightName(k));
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
  const entries = new Map<Range, { kind: MarkKind; els: HTMLElement[] }>();
  const draw = (range: Range, entry: { kind: MarkKind; els: HTMLElement[] }) => {
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
    destroy: () => boxes.remove(),
  };
}
