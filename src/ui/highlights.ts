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
const STYLES: [name: string, decoration: string, thickness: string, background: string][] = [
  ['crosscheck-agree', 'solid rgba(26, 127, 55, 0.75)', '1px', 'transparent'],
  ['crosscheck-single', 'dotted rgba(9, 105, 218, 0.55)', '1px', 'transparent'],
  ['crosscheck-dispute', 'wavy rgb(154, 103, 0)', '1.5px', 'rgba(212, 167, 44, 0.16)'],
  ['crosscheck-differs', 'double rgb(207, 34, 46)', '2px', 'rgba(207, 34, 46, 0.12)'],
  ['crosscheck-agree-on-dark', 'solid rgba(86, 211, 100, 0.75)', '1px', 'transparent'],
  ['crosscheck-single-on-dark', 'dotted rgba(121, 192, 255, 0.6)', '1px', 'transparent'],
  ['crosscheck-dispute-on-dark', 'wavy rgb(227, 179, 65)', '1.5px', 'rgba(210, 153, 34, 0.22)'],
  ['crosscheck-differs-on-dark', 'double rgb(255, 123, 114)', '2px', 'rgba(248, 81, 73, 0.2)'],
];

/**
 * Every property that could make one verdict's highlight look like another's is set, and `!important`:
 * the background injects this sheet with the user's origin (src/background/index.ts), whose important
 * declarations no page stylesheet can override (`::highlight(crosscheck-dispute) { ... !important }`
 * repainting every ⚠ as ✓). A page can still hide text or the layer; it cannot make a mark say another verdict.
 */
export const HIGHLIGHT_CSS = STYLES.map(
  ([name, decoration, thickness, background]) =>
    `::highlight(${name}) { background-color: ${background} !important; text-decoration: underline ${decoration} !important; ` +
    `text-decoration-thickness: ${thickness} !important; text-underline-offset: auto !important; text-shadow: none !important; }`,
).join('\n');

/** The fallback's boxes, drawn in Crosscheck's layer: the same four kinds, told apart by line style too. */
const FALLBACK_CSS = `.hl { position: absolute; pointer-events: none; border-bottom: 1px solid; }
.hl-agree { border-color: rgba(26,127,55,.75); } .hl-single { border-bottom-style: dotted; border-color: rgba(9,105,218,.55); }
.hl-dispute { background: rgba(212,167,44,.16); border-bottom: 2px dashed #9a6700; } .hl-differs { background: rgba(207,34,46,.12); border-bottom: 3px double #cf222e; }`;

type HighlightCtor = new (...ranges: AbstractRange[]) => { add(r: AbstractRange): void; delete(r: AbstractRange): boolean; has(r: AbstractRange): boolean; clear(): void; readonly size: number };
interface HighlightRegistry {
  get(name: string): unknown;
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

/**
 * How often the highlight registry, which the page shares, is checked for tampering. A page can swap
 * Crosscheck's entries (every ⚠ sentence painted as ✓) or empty them; within this time they are put back.
 * A lookup per kind and a comparison per marked sentence: nothing a page would feel.
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
    // objects in it are shared with the page. The registry gets a StaticRange copy of each range, never
    // the live Range itself, which a page could move onto other words (setStart, selectNodeContents).
    const ranges = new Map(KINDS.map((k) => [k, new Set<Range>()]));
    const shown = new Map<Range, StaticRange>();
    let tone = initialTone;
    const snapshot = (r: Range) => {
      const copy = new (win as unknown as typeof globalThis).StaticRange({ startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset });
      shown.set(r, copy);
      return copy;
    };
    /** The copy still shows its range: the page's DOM has not moved the range's ends since it was taken. */
    const current = (r: Range, c: StaticRange | undefined) =>
      !!c && c.startContainer === r.startContainer && c.startOffset === r.startOffset && c.endContainer === r.endContainer && c.endOffset === r.endOffset;
    const sets = new Map(KINDS.map((k) => [k, new api.Highlight()]));
    for (const k of KINDS) api.registry.set(highlightName(k, tone), sets.get(k));
    /**
     * Put back any entry the page replaced, removed or changed: another object under the name, a member
     * added, removed or swapped with another kind's; and take fresh copies of ranges the DOM has moved.
     */
    const repair = () => {
      for (const k of KINDS) {
        const own = ranges.get(k)!;
        const set = sets.get(k)!;
        let intact = api.registry.get(highlightName(k, tone)) === set && set.size === own.size;
        for (const r of own) {
          if (!intact) break;
          const c = shown.get(r);
          intact = current(r, c) && set.has(c!);
        }
        if (intact) continue;
        const fresh = new api.Highlight(...[...own].map((r) => (current(r, shown.get(r)) ? shown.get(r)! : snapshot(r))));
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
        sets.get(k)!.add(snapshot(r));
      },
      remove: (r, k) => {
        ranges.get(k)!.delete(r);
        const c = shown.get(r);
        if (c) sets.get(k)!.delete(c);
        shown.delete(r);
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
