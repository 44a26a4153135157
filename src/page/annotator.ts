/**
 * The content script's work on one page: scan the visible text in chunks,
 * mark matched sentences, keep up with content added, edited or removed
 * later, and remove every trace on `destroy()`.
 *
 * No exception leaves this module: a failure on a hostile page is logged and
 * Crosscheck stops on that page; the page itself is never broken.
 */
import { i18n } from '#i18n';
import type { ClaimIndex, Claim, Source } from '../claims/schema';
import { factVerdict, SEVERITY, verdictsBySentence, type Verdict } from '../verdict/verdict';
import { Matcher, type PageFacts } from '../match/matcher';
import { publishedDate } from './published';
import { createHighlighter, type Highlighter } from '../ui/highlights';
import { pageTone } from '../ui/tone';
import type { Fact } from '../ui/card';
import { Overlay, type MarkEntry } from '../ui/overlay';
import type { Token } from '../text/tokens';
import { collectBlocks, isInline, type TextBlock } from './blocks';
import { OWN_UI_ATTRIBUTE } from '../dom/own-ui';
import { blocksInPriorityOrder, CONTEXT_BLOCKS, pageContextText, scanBlocks, yieldToPage, type Found } from './scan';
import { trace } from './trace';

export interface AnnotatorOptions {
  /** Aborting it removes everything (the extension was disabled, reloaded or updated). */
  signal?: AbortSignal;
  /** Elements handled per batch of later mutations. */
  mutationBatch?: number;
  /** Called whenever the set of marks changes (for the toolbar badge and popup). */
  onChange?: (marks: readonly MarkEntry[]) => void;
  /** The matcher to use (built with the reader's sensitivity); one is built from the index when absent. */
  matcher?: Matcher;
  /** Which marks to show (the reader's "what to mark"); all when absent. */
  show?: (kind: Verdict) => boolean;
  /** Open the claim explorer at a claim (the card's "see all sources"). */
  openExplorer?: (claimId: string) => void;
}

interface Placed extends MarkEntry {
  block: Element;
  /** The sentence this mark is on: one mark, one highlight, one card per sentence. */
  sentenceKey: string;
}

/** Elements whose content is rescanned as a whole when text inside them changes. */
const BLOCK_SELECTOR = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, td, th, dd, figcaption, article, section, div';
/** Wait before handling a burst of mutations, and the least time between two batches. */
const MUTATION_SETTLE_MS = 50;
const MUTATION_INTERVAL_MS = 250;

/** What a sentence's mark says: its claims, each with its side, so a rescan can tell a mark it finds again. */
const markSays = (annotations: readonly { claimId: string; variantId: string | null; stance: string }[]) =>
  annotations.map((a) => `${a.claimId}/${a.variantId}/${a.stance === 'differs'}`).sort().join(' ');

/** Does the rescan's finding (one sentence's annotations, on `range`) say what mark `p` already says, on the same words? */
function sameMark(p: Placed, says: string, range: Range): boolean {
  return (
    markSays(p.facts.map((f) => f.annotation)) === says &&
    p.range.startContainer === range.startContainer && p.range.startOffset === range.startOffset &&
    p.range.endContainer === range.endContainer && p.range.endOffset === range.endOffset
  );
}

export function coverageLine(index: ClaimIndex): string {
  const reports = new Set(index.sources.map((s) => s.report)).size;
  return i18n.t('card.coverage', [String(index.claims.length), String(reports)]);
}

export class PageAnnotator {
  private readonly matcher: Matcher;
  private readonly claims: Map<string, Claim>;
  private readonly sources: Map<string, Source>;
  private overlay: Overlay | null = null;
  private highlighter: Highlighter | null = null;
  private observer: MutationObserver | null = null;
  private resizeObserver: ResizeObserver | null = null;
  /** The marked sentences, by sentence key, in the order they were marked. */
  private readonly placed = new Map<string, Placed>();
  private readonly nodeIds = new WeakMap<Text, number>();
  private nextNodeId = 0;
  private readonly pending = new Set<Node>();
  /** Elements that lost text or inline content: their blocks are rescanned. */
  private readonly rescanUnder = new Set<Node>();
  /** Something left the page since the last batch: check which marks went with it. */
  private removals = false;
  private flushing = false;
  private readonly abort = new AbortController();
  private destroyed = false;
  /** The page's topic context (title and opening blocks), normalised once for every later scan. */
  private context: Token[] = [];
  /** What the page says of itself: its publication date (src/page/published.ts). */
  private page: PageFacts = {};

  constructor(
    private readonly doc: Document,
    private readonly index: ClaimIndex,
    private readonly opts: AnnotatorOptions = {},
  ) {
    this.matcher = opts.matcher ?? new Matcher(index);
    this.claims = new Map(index.claims.map((c) => [c.id, c]));
    this.sources = new Map(index.sources.map((s) => [s.id, s]));
    opts.signal?.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** One mark per marked sentence. */
  get marks(): readonly MarkEntry[] {
    return [...this.placed.values()];
  }

  /** Scan the page and watch it. Resolves when the first full scan is done. */
  async start(): Promise<void> {
    try {
      await yieldToPage();
      if (this.destroyed) return;
      const win = this.doc.defaultView!;
      const t0 = performance.now();
      // Blocks are read lazily, between the scan's chunks; the opening ones first, for the page's topic context.
      const blocks = blocksInPriorityOrder(this.doc);
      const opening: TextBlock[] = [];
      for (let r = blocks.next(); !r.done; r = opening.length < CONTEXT_BLOCKS ? blocks.next() : { done: true, value: undefined }) opening.push(r.value);
      this.context = this.matcher.contextTokens(pageContextText(this.doc.title, opening));
      this.page = { published: publishedDate(this.doc) };
      this.observe();
      await yieldToPage();
      if (this.destroyed) return;
      let count = 0;
      const all = (function* () {
        for (const b of opening) yield (count++, b);
        for (let r = blocks.next(); !r.done; r = blocks.next()) yield (count++, r.value);
      })();
      const stats = await this.scan(all);
      // For the end-to-end tests and measurements, in test builds only (src/page/trace.ts).
      trace('crosscheck:first-scan', t0, { blocks: count, marks: this.placed.size, ...stats.timing });
      // On each relayout, the page's tone is read again too: a page's own theme switch repaints its marks.
      const relayout = () =>
        this.overlay?.relayout(() => {
          const tone = pageTone(this.doc);
          this.overlay?.setTone(tone);
          this.highlighter?.setTone(tone);
          this.highlighter?.relayout();
        });
      win.addEventListener('resize', relayout, { signal: this.abort.signal, passive: true });
      win.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', relayout, { signal: this.abort.signal });
      this.resizeObserver = new win.ResizeObserver(relayout);
      if (this.doc.body) this.resizeObserver.observe(this.doc.body);
    } catch (e) {
      this.fail(e);
    }
  }

  private scan(blocks: Iterable<TextBlock>) {
    return scanBlocks(blocks, this.matcher, { signal: this.abort.signal, context: this.context, page: this.page, onFound: (f) => this.add(f) });
  }

  private fail(e: unknown): void {
    console.warn('Crosscheck stopped on this page:', e);
    this.destroy();
  }

  private sentenceKey(f: Found): string {
    const first = f.block.segments[0]!.node;
    let id = this.nodeIds.get(first);
    if (id === undefined) this.nodeIds.set(first, (id = this.nextNodeId++));
    return `${id}:${f.annotation.start}:${f.annotation.end}`;
  }

  /** The findings of a scan, one group per sentence (a sentence's annotations always come in one chunk). */
  private bySentence(found: readonly Found[]): Map<string, Found[]> {
    const out = new Map<string, Found[]>();
    for (const f of found) {
      const key = this.sentenceKey(f);
      const list = out.get(key);
      if (list) list.push(f);
      else out.set(key, [f]);
    }
    return out;
  }

  private add(found: Found[]): void {
    if (this.destroyed || !found.length) return;
    // Crosscheck's own layer and styles enter the page only once there is something to mark.
    if (!this.overlay) {
      this.overlay = new Overlay(this.doc, { sources: this.sources, coverage: coverageLine(this.index), openExplorer: this.opts.openExplorer });
      const tone = pageTone(this.doc);
      this.overlay.setTone(tone);
      this.highlighter = createHighlighter(this.doc, this.overlay.fallbackRoot, tone);
    }
    let changed = false;
    for (const [sentenceKey, group] of this.bySentence(found)) {
      const facts: Fact[] = group
        .flatMap((f) => {
          const claim = this.claims.get(f.annotation.claimId);
          return claim ? [{ annotation: f.annotation, claim, kind: factVerdict(f.annotation) }] : [];
        })
        .sort((a, b) => SEVERITY[b.kind] - SEVERITY[a.kind]);
      if (!facts.length) continue;
      // The sentence's verdict: that of the union of its facts (VERDICTS.md).
      const kind = verdictsBySentence(facts.map((f) => f.annotation))[0]!.verdict;
      if (this.opts.show && !this.opts.show(kind)) continue;
      const old = this.placed.get(sentenceKey);
      if (old) this.remove(old);
      const range = group[0]!.range;
      const entry = this.overlay.addMark(facts, kind, range);
      this.highlighter?.add(range, kind);
      this.placed.set(sentenceKey, { ...entry, block: group[0]!.block.element, sentenceKey });
      changed = true;
    }
    if (changed) this.opts.onChange?.(this.marks);
  }

  private remove(p: Placed): void {
    this.overlay?.removeMark(p);
    this.highlighter?.remove(p.range, p.kind);
    this.placed.delete(p.sentenceKey);
  }

  private dropWhere(test: (p: Placed) => boolean): void {
    const gone = [...this.placed.values()].filter(test);
    gone.forEach((p) => this.remove(p));
    if (gone.length) this.opts.onChange?.(this.marks);
  }

  private isOwn(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest(`[${OWN_UI_ATTRIBUTE}]`);
  }

  private observe(): void {
    const win = this.doc.defaultView!;
    this.observer = new win.MutationObserver((records) => {
      for (const r of records) {
        if (this.isOwn(r.target)) continue;
        if (r.type === 'characterData') this.pending.add(r.target);
        else {
          r.addedNodes.forEach((n) => !this.isOwn(n) && this.pending.add(n));
          // Removing text or inline content changes the sentence around it: rescan there. A removed
          // block takes its own marks with it (dropped in the flush), and leaves the rest as it was.
          if (r.removedNodes.length) this.removals = true;
          if ([...r.removedNodes].some((n) => n.nodeType === 3 || (n.nodeType === 1 && isInline(n as Element)))) this.rescanUnder.add(r.target);
        }
      }
      if (this.pending.size || this.rescanUnder.size || this.removals) void this.flush();
    });
    this.observer.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** Wait `ms`, or less if Crosscheck is being removed. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.abort.signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
    });
  }

  /**
   * Handle queued mutations in bounded batches, at most one batch per MUTATION_INTERVAL_MS, so a page that
   * changes on every frame costs a bounded share of the main thread: drop marks whose text changed or
   * left, rescan only the blocks that hold changed text, and keep the marks that the rescan finds again.
   */
  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      // A short wait first: mutations come in bursts (a live blog inserts a post as many nodes).
      await this.pause(MUTATION_SETTLE_MS);
      while ((this.pending.size || this.rescanUnder.size || this.removals) && !this.destroyed) {
        this.removals = false;
        const batch = [...this.pending].slice(0, this.opts.mutationBatch ?? 50);
        batch.forEach((n) => this.pending.delete(n));
        const under = [...this.rescanUnder].filter((n) => n.isConnected);
        this.rescanUnder.clear();
        // Marks whose sentence left the document, or whose text was edited, go.
        this.dropWhere((p) => !p.range.startContainer.isConnected || !p.range.endContainer.isConnected || p.range.toString() !== p.sentence);
        const changed = [...batch, ...under].filter((n) => n.isConnected);
        const elements = new Set<Element>();
        for (const n of changed) {
          const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
          if (!el) continue;
          // Read the nearest block around the change (a paragraph, not the whole page)...
          elements.add(el.closest(BLOCK_SELECTOR) ?? el);
        }
        const roots = [...elements].filter((el) => ![...elements].some((o) => o !== el && o.contains(el)));
        // ...and match only its blocks that hold changed text.
        const touches = (b: TextBlock) => b.segments.some((s) => changed.some((n) => n === s.node || n.contains(s.node)));
        const blocks = roots.flatMap((el) => collectBlocks(el, { useComputedStyle: true })).filter(touches);
        const nodes = new Set<Node>(blocks.flatMap((b) => b.segments.map((s) => s.node)));
        const before = [...this.placed.values()].filter((p) => nodes.has(p.range.startContainer));
        const found: Found[] = [];
        await scanBlocks(blocks, this.matcher, { signal: this.abort.signal, context: this.context, page: this.page, onFound: (f) => found.push(...f) });
        if (this.destroyed) return;
        // The same claims on the same words: keep the mark as it is (no new marker, no flicker).
        const kept = new Set<Placed>();
        const fresh = [...this.bySentence(found).values()].filter((group) => {
          const says = markSays(group.map((f) => f.annotation));
          const same = before.find((p) => !kept.has(p) && sameMark(p, says, group[0]!.range));
          if (same) kept.add(same);
          return !same;
        });
        this.dropWhere((p) => before.includes(p) && !kept.has(p));
        this.add(fresh.flat());
        if (this.pending.size || this.rescanUnder.size || this.removals) await this.pause(MUTATION_INTERVAL_MS);
      }
    } catch (e) {
      this.fail(e);
    } finally {
      this.flushing = false;
    }
  }

  /** Bring mark `index` (in `marks` order) into view and open its card, as if the reader had clicked it. */
  focusMark(index: number): boolean {
    const entry = this.marks[index];
    if (!entry || !this.overlay) return false;
    const el = entry.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.overlay.relayout();
    this.overlay.openCard(entry);
    return true;
  }

  /** Remove every trace: marks, highlights, styles, observers, listeners. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort.abort();
    this.observer?.disconnect();
    this.resizeObserver?.disconnect();
    this.pending.clear();
    this.rescanUnder.clear();
    this.highlighter?.destroy();
    this.overlay?.destroy();
    this.placed.clear();
    this.highlighter = null;
    this.overlay = null;
  }
}
