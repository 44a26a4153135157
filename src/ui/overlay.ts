/**
 * Crosscheck's own layer on the page: one absolutely positioned container
 * (never part of the page's flow, so layout is untouched), holding a small
 * focusable marker after each matched sentence and, on demand, the card.
 * Each marker and the card live in their own shadow root: page CSS cannot
 * reach them and their CSS cannot leak.
 */
import { i18n } from '#i18n';
import { render } from 'preact';
import { h } from 'preact';
import type { Source } from '../claims/schema';
import { pageDiffers } from '../match/types';
import type { Annotation } from '../match/types';
import { registerOwn } from '../dom/own-ui';
import { Card, CARD_CSS, type Fact } from './card';
import type { Verdict } from '../verdict/verdict';
import { verdictText } from '../verdict/words';
import { LAYER_TAG } from './page-css';
import { SHADOW_MODE } from './shadow';
import { trusted } from './trusted';
import type { Tone } from './tone';

/** Compact by default (a shape, not just a colour: ✓ ⚠ ✗ 1), the word shows on hover and focus. */
/**
 * Markers a reader can live with: agreement and a single source's fact are small outlined chips (the
 * single source's muted and dotted until pointed at or focused, its glyph still at 4.5:1), warnings are
 * filled and say their word ("disputed", "differs") beside the glyph, so they stand out by shape and
 * words, not colour alone. `.on-dark`: the page's own background is dark (src/ui/tone.ts).
 */
const MARK_CSS = `
:host { all: initial; position: absolute; z-index: 2147483646; }
button { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center; gap: 3px; cursor: pointer;
  font: 700 9px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; min-width: 13px; height: 13px; padding: 0 2px;
  border-radius: 7px; white-space: nowrap; color: var(--c); background: #fff; border: 1px solid var(--c); }
.glyph::before { content: attr(data-glyph); }
.word { display: none; font-weight: 600; }
button:hover .word, button:focus-visible .word { display: inline; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
/* A single source's chip is quieter than agreement by a muted slate colour and a dotted outline, never by
   opacity: its "1" keeps 4.5:1 on the chip's own background (4.9:1 light, 6.0:1 dark), and takes the full
   blue, outlined solid, when pointed at or focused. */
.agree { --c: #1a7f37; } .single { --c: #5a7390; border-style: dotted; } .single:hover, .single:focus-visible { --c: #0969da; border-style: solid; }
.dispute, .differs { font-size: 10px; min-width: 16px; height: 16px; padding: 0 5px; border-radius: 8px; color: #fff;
  border-color: rgba(255,255,255,.85); box-shadow: 0 1px 2px rgba(0,0,0,.25); }
.dispute .word, .differs .word { display: inline; }
.dispute { background: #9a6700; } .differs { background: #cf222e; }
.on-dark.agree { --c: #56d364; background: #0d1117; } .on-dark.single { --c: #7d93ab; background: #0d1117; }
.on-dark.single:hover, .on-dark.single:focus-visible { --c: #79c0ff; }
.on-dark.dispute { background: #9e6a03; border-color: rgba(0,0,0,.5); } .on-dark.differs { background: #b62324; border-color: rgba(0,0,0,.5); }
@media (forced-colors: active) { button { border: 1px solid ButtonText; } }
`;

/**
 * The room a marker takes, a little more than it draws (fonts differ): a quiet chip, or a warning with its
 * word (about 6 px a letter at 10 px).
 */
const markSize = (kind: Verdict, word: string) =>
  kind === 'dispute' || kind === 'differs' ? { width: 30 + Math.ceil(word.length * 6), height: 16 } : { width: 16, height: 13 };
/** Space between the text's block and a marker in its margin, and between markers side by side. */
const MARGIN_GAP = 6;
const SIDE_GAP = 3;

/** Least time between two placements of every marker after layout changes. */
const RELAYOUT_INTERVAL_MS = 100;

/** One marked sentence: one highlight, one marker, one card. */
export interface MarkEntry {
  /** What the sentence states, one fact per claim, the most serious first. */
  facts: Fact[];
  /** The sentence's verdict (VERDICTS.md): what its marker and highlight show. */
  kind: Verdict;
  sentence: string;
  range: Range;
  host: HTMLElement;
  button: HTMLButtonElement;
}

export interface OverlayOptions {
  /** The annotator's lifetime: its abort ends the overlay's listeners, frames and timers with it. */
  signal: AbortSignal;
  sources: Map<string, Source>;
  coverage: string;
  openExplorer?: (claimId: string) => void;
}

export class Overlay {
  private readonly layer: HTMLElement;
  readonly fallbackRoot: ShadowRoot;
  private readonly marks = new Set<MarkEntry>();
  private card: { host: HTMLElement; entry: MarkEntry; cleanup: () => void } | null = null;
  private relayoutQueued = false;
  private lastRelayout = -Infinity;
  private tone: Tone = 'light';

  constructor(
    private readonly doc: Document,
    private readonly opts: OverlayOptions,
  ) {
    this.layer = registerOwn(doc.createElement(LAYER_TAG));
    // Hidden unless the extension's injected stylesheet (src/ui/page-css.ts) shows it.
    this.layer.style.cssText = 'all: initial; display: none; position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483646;';
    const fallbackHost = registerOwn(doc.createElement('crosscheck-highlights'));
    fallbackHost.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; pointer-events: none;';
    this.fallbackRoot = fallbackHost.attachShadow({ mode: SHADOW_MODE });
    this.layer.appendChild(fallbackHost);
    doc.documentElement.appendChild(this.layer);
  }

  /** Colours for a page of this tone (its own background, src/ui/tone.ts). */
  setTone(tone: Tone): void {
    if (tone === this.tone) return;
    this.tone = tone;
    for (const e of this.marks) e.button.classList.toggle('on-dark', tone === 'dark');
  }

  /** Mark a sentence: `facts` are its annotations, `kind` its verdict. */
  addMark(facts: Fact[], kind: Verdict, range: Range): MarkEntry {
    const host = registerOwn(this.doc.createElement('crosscheck-mark'));
    const union = (pick: (a: Annotation) => string[]) => [...new Set(facts.flatMap((f) => pick(f.annotation)))].join(' ');
    host.setAttribute('data-crosscheck-claims', facts.map((f) => f.claim.id).join(' '));
    host.setAttribute('data-crosscheck-agree', union((a) => a.agree));
    host.setAttribute('data-crosscheck-conflict', union((a) => a.conflict));
    host.setAttribute('data-crosscheck-differs', String(facts.some((f) => pageDiffers(f.annotation))));
    host.setAttribute('data-crosscheck-kind', kind);
    host.style.cssText = 'all: initial; position: absolute; z-index: 2147483646;';
    const root = host.attachShadow({ mode: SHADOW_MODE });
    const style = this.doc.createElement('style');
    style.textContent = MARK_CSS;
    const button = this.doc.createElement('button');
    button.type = 'button';
    const t = verdictText(kind);
    button.className = this.tone === 'dark' ? `${kind} on-dark` : kind;
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    // The name holds the word the marker shows on hover and focus, so what is seen is what is heard.
    const about = facts.length > 1 ? i18n.t('mark.several', [facts[0]!.claim.question, String(facts.length - 1)]) : facts[0]!.claim.question;
    button.setAttribute('aria-label', i18n.t('mark.label', [t.verdict, about, t.short]));
    button.title = i18n.t('mark.title', [t.verdict]);
    // The glyph is drawn by CSS (generated content): a shape for the eye, not part of the name.
    const glyph = this.doc.createElement('span');
    glyph.setAttribute('aria-hidden', 'true');
    glyph.className = 'glyph';
    glyph.setAttribute('data-glyph', t.glyph);
    const word = this.doc.createElement('span');
    word.className = 'word';
    word.textContent = t.short;
    button.append(glyph, word);
    root.append(style, button);
    const entry: MarkEntry = { facts, kind, sentence: facts[0]!.annotation.sentence, range, host, button };
    button.addEventListener(
      'click',
      // Only the reader opens a card: a click a page script dispatches (or calls .click() for) is ignored.
      trusted((e: MouseEvent) => {
        e.preventDefault();
        e.stopPropagation();
        if (this.card?.entry === entry) this.closeCard();
        else this.openCard(entry);
      }),
      { signal: this.opts.signal },
    );
    // Appended in scan order (the article first, each block in reading order), so Tab follows the text.
    this.layer.appendChild(host);
    this.marks.add(entry);
    this.queuePlacement(entry);
    return entry;
  }

  private readonly unplaced = new Set<MarkEntry>();
  /** Whether each mark's sentence runs right to left (read once). */
  private readonly direction = new WeakMap<MarkEntry, boolean>();

  /** Markers are placed once per frame, all rects read before any position is written (no layout thrashing). */
  private queuePlacement(entry: MarkEntry): void {
    entry.host.style.display = 'none';
    this.unplaced.add(entry);
    if (this.unplaced.size === 1) this.doc.defaultView!.requestAnimationFrame(() => this.live() && this.placeAll([...this.unplaced]));
  }

  /** The block the sentence ends in (read once): its edge is where the margin begins. */
  private readonly blocks = new WeakMap<MarkEntry, Element>();

  private blockOf(e: MarkEntry, win: Window): Element | null {
    let block = this.blocks.get(e);
    if (block) return block;
    let el = e.range.endContainer.nodeType === 1 ? (e.range.endContainer as Element) : e.range.endContainer.parentElement;
    while (el && el !== this.doc.body && win.getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
    if (el) this.blocks.set(e, (block = el));
    return el;
  }

  /**
   * Markers never cover the page's words: each goes in the margin beside its sentence's last line (right of
   * the text, left of it in right-to-left text), side by side when several sentences end on one line. Where
   * the margin has no room (a narrow screen), it is raised above the end of the line, into the space between
   * lines, like a footnote mark. All reads first (rects, direction, viewport), then all writes: no layout
   * thrashing.
   */
  private placeAll(entries: MarkEntry[]): void {
    this.unplaced.clear();
    const win = this.doc.defaultView!;
    const live = entries.filter((e) => this.marks.has(e));
    const viewportWidth = this.doc.documentElement.clientWidth || win.innerWidth;
    const reads = live.map((e) => {
      const list = e.range.getClientRects();
      let rtl = this.direction.get(e);
      if (rtl === undefined) {
        const el = e.range.endContainer.parentElement;
        this.direction.set(e, (rtl = !!el && win.getComputedStyle(el).direction === 'rtl'));
      }
      return { last: list[list.length - 1], rtl, block: this.blockOf(e, win)?.getBoundingClientRect() };
    });
    const taken = new Map<string, number>();
    live.forEach((e, i) => {
      const { last, rtl, block } = reads[i]!;
      if (!last) {
        e.host.style.display = 'none';
        return;
      }
      const { width, height } = markSize(e.kind, e.button.textContent ?? '');
      const edge = block ? (rtl ? block.left : block.right) : rtl ? last.left : last.right;
      // Side by side with the markers already on this line's margin.
      const lineKey = `${Math.round(last.top)}:${Math.round(edge)}`;
      const before = taken.get(lineKey) ?? 0;
      const offset = MARGIN_GAP + before;
      let left = rtl ? edge - offset - width : edge + offset;
      let top = last.top + (last.height - height) / 2;
      const fits = rtl ? left >= 2 : left + width <= viewportWidth - 2;
      if (fits) taken.set(lineKey, before + width + SIDE_GAP);
      else {
        // No margin: above the end of the line, never past the viewport's edges (a marker must not widen the page).
        left = rtl ? last.left : last.right - width;
        if (last.right <= viewportWidth) left = Math.min(left, viewportWidth - width);
        if (last.left >= 0) left = Math.max(left, 0);
        top = last.top - height + 2;
      }
      e.host.style.display = '';
      e.host.style.left = `${left + win.scrollX}px`;
      e.host.style.top = `${Math.max(0, top + win.scrollY)}px`;
    });
  }

  removeMark(entry: MarkEntry): void {
    if (this.card?.entry === entry) this.closeCard(false);
    entry.host.remove();
    this.marks.delete(entry);
  }

  /** Has the annotator not yet ended? A frame or timer queued before its end does nothing after it. */
  private live(): boolean {
    return !this.opts.signal.aborted;
  }

  /** Re-place markers and the card after layout changes, once per frame. */
  relayout(extra?: () => void): void {
    if (this.relayoutQueued) return;
    this.relayoutQueued = true;
    const win = this.doc.defaultView!;
    // At most one placement per RELAYOUT_INTERVAL_MS: a page that resizes on every frame does not make
    // Crosscheck read every marker's rects on every frame.
    const wait = Math.max(0, this.lastRelayout + RELAYOUT_INTERVAL_MS - performance.now());
    const timer = setTimeout(() => {
      win.requestAnimationFrame(() => {
        if (!this.live()) return;
        this.relayoutQueued = false;
        this.lastRelayout = performance.now();
        this.placeAll([...this.marks]);
        if (this.card) this.placeCard(this.card.host, this.card.entry);
        extra?.();
      });
    }, wait);
    this.opts.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }

  openCard(entry: MarkEntry): void {
    this.closeCard(false);
    const host = registerOwn(this.doc.createElement('crosscheck-card'));
    host.style.cssText = 'all: initial; position: absolute; z-index: 2147483647;';
    const root = host.attachShadow({ mode: SHADOW_MODE });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const mount = this.doc.createElement('div');
    root.append(style, mount);
    this.layer.appendChild(host);
    render(
      h(Card, {
        facts: entry.facts,
        kind: entry.kind,
        sources: this.opts.sources,
        coverage: this.opts.coverage,
        onClose: () => this.closeCard(),
        onOpenExplorer: this.opts.openExplorer,
      }),
      mount,
    );
    entry.button.setAttribute('aria-expanded', 'true');
    this.placeCard(host, entry);
    // The reader's pointer outside the card, or Escape, closes it; a page's dispatched ones do not.
    const onPointerDown = trusted((e: Event) => {
      const path = e.composedPath();
      if (!path.includes(host) && !path.includes(entry.host)) this.closeCard(false);
    });
    const onKey = trusted((e: KeyboardEvent) => {
      if (e.key === 'Escape') this.closeCard();
    });
    this.doc.addEventListener('pointerdown', onPointerDown, { capture: true, signal: this.opts.signal });
    this.doc.addEventListener('keydown', onKey, { capture: true, signal: this.opts.signal });
    this.card = {
      host,
      entry,
      cleanup: () => {
        this.doc.removeEventListener('pointerdown', onPointerDown, true);
        this.doc.removeEventListener('keydown', onKey, true);
        render(null, mount);
        host.remove();
        entry.button.setAttribute('aria-expanded', 'false');
      },
    };
  }

  /** Close the card; return focus to its marker when the reader closed it from the keyboard or the close button. */
  closeCard(returnFocus = true): void {
    if (!this.card) return;
    const { entry, cleanup } = this.card;
    this.card = null;
    cleanup();
    if (returnFocus) entry.button.focus();
  }

  /** Beside the sentence, never over it: below its last line if there is room in the viewport, else above its first. */
  private placeCard(host: HTMLElement, entry: MarkEntry): void {
    const win = this.doc.defaultView!;
    const box = entry.range.getBoundingClientRect();
    const card = host.getBoundingClientRect();
    const width = card.width || 420;
    const height = card.height || 300;
    const vw = win.innerWidth;
    const vh = win.innerHeight;
    const below = box.bottom + 8;
    const above = box.top - 8 - height;
    const top = below + height <= vh || above < 0 ? below : above;
    const left = Math.max(8, Math.min(box.left, vw - width - 8));
    host.style.left = `${left + win.scrollX}px`;
    host.style.top = `${top + win.scrollY}px`;
  }

  destroy(): void {
    this.closeCard(false);
    this.layer.remove();
    this.marks.clear();
  }
}
