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
import { pageTone, watchPageTheme } from '../ui/tone';
import type { Fact } from '../ui/card';
import { Overlay, type MarkEntry } from '../ui/overlay';
import type { Token } from '../text/tokens';
import { collectBlocks, type TextBlock } from './blocks';
import { MarkedSentences, type MarkedSentence } from './marked';
import { classifyMutations, MUTATION_BATCH, MutationQueue, rescanRoots } from './mutations';
import { isInOwnUi } from '../dom/own-ui';
import { blocksInPriorityOrder, CONTEXT_BLOCKS, pageContextText, scanBlocks, yieldToPage, type Found } from './scan';
import { trace } from './trace';

export interface AnnotatorOptions {
  /** Aborting it removes everything (the extension was disabled, reloaded or updated). */
  signal?: AbortSignal;
  /** Nodes handled per batch of later mutations (MUTATION_BATCH when absent). */
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

/** Wait before handling a burst of mutations, and the least time between two batches. */
const MUTATION_SETTLE_MS = 50;
const MUTATION_INTERVAL_MS = 250;

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
  /** The marked sentences, in the order they were marked. */
  private readonly marked = new MarkedSentences();
  /** Later changes of the page, waiting for the next flush. */
  private readonly queue = new MutationQueue();
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
    return this.marked.values();
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
      // The page's tone is read again on each relayout (below), and when the page switches its own theme by
      // a class, style or data attribute of <html> or <body> (src/ui/tone.ts), even during the first scan.
      const relayout = () =>
        this.overlay?.relayout(() => {
          const tone = pageTone(this.doc);
          this.overlay?.setTone(tone);
          this.highlighter?.setTone(tone);
          this.highlighter?.relayout();
        });
      watchPageTheme(this.doc, relayout, this.abort.signal);
      await yieldToPage();
      if (this.destroyed) return;
      let count = 0;
      const all = (function* () {
        for (const b of opening) yield (count++, b);
        for (let r = blocks.next(); !r.done; r = blocks.next()) yield (count++, r.value);
      })();
      const stats = await this.scan(all);
      // For the end-to-end tests and measurements, in test builds only (src/page/trace.ts).
      trace('crosscheck:first-scan', t0, { blocks: count, marks: this.marked.size, ...stats.timing });
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

  private add(found: Found[]): void {
    if (this.destroyed || !found.length) return;
    // Crosscheck's own layer and styles enter the page only once there is something to mark.
    if (!this.overlay) {
      this.overlay = new Overlay(this.doc, { signal: this.abort.signal, sources: this.sources, coverage: coverageLine(this.index), openExplorer: this.opts.openExplorer });
      const tone = pageTone(this.doc);
      this.overlay.setTone(tone);
      this.highlighter = createHighlighter(this.doc, this.overlay.fallbackRoot, tone);
    }
    let changed = false;
    for (const [key, group] of this.marked.bySentence(found)) {
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
      const old = this.marked.get(key);
      if (old) this.remove(old);
      const range = group[0]!.range;
      const entry = this.overlay.addMark(facts, kind, range);
      this.highlighter?.add(range, kind);
      this.marked.set({ ...entry, block: group[0]!.block.element, key });
      changed = true;
    }
    if (changed) this.opts.onChange?.(this.marks);
  }

  private remove(m: MarkedSentence): void {
    this.overlay?.removeMark(m);
    this.highlighter?.remove(m.range, m.kind);
    this.marked.delete(m);
  }

  private drop(gone: readonly MarkedSentence[]): void {
    gone.forEach((m) => this.remove(m));
    if (gone.length) this.opts.onChange?.(this.marks);
  }

  private observe(): void {
    const win = this.doc.defaultView!;
    this.observer = new win.MutationObserver((records) => {
      this.queue.push(classifyMutations(records, isInOwnUi));
      if (this.queue.hasWork) void this.flush();
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
   * changes on every frame costs a bounded share of the main thread: drop the marks whose text changed or
   * left, rescan only the blocks that hold changed text, and keep the marks that the rescan finds again.
   */
  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      // A short wait first: mutations come in bursts (a live blog inserts a post as many nodes).
      await this.pause(MUTATION_SETTLE_MS);
      while (this.queue.hasWork && !this.destroyed) {
        const changed = this.queue.take(this.opts.mutationBatch ?? MUTATION_BATCH);
        this.drop(this.marked.stale());
        const blocks = this.blocksHolding(changed);
        const before = this.marked.on(blocks);
        const found: Found[] = [];
        await scanBlocks(blocks, this.matcher, { signal: this.abort.signal, context: this.context, page: this.page, onFound: (f) => found.push(...f) });
        if (this.destroyed) return;
        // The same claims on the same words: keep the mark as it is (no new marker, no flicker).
        const { kept, fresh } = this.marked.match(before, found);
        this.drop(before.filter((m) => !kept.has(m)));
        this.add(fresh);
        if (this.queue.hasWork) await this.pause(MUTATION_INTERVAL_MS);
      }
    } catch (e) {
      this.fail(e);
    } finally {
      this.flushing = false;
    }
  }

  /** The blocks around the changed nodes (src/page/mutations.ts) that hold changed text. */
  private blocksHolding(changed: readonly Node[]): TextBlock[] {
    const touches = (b: TextBlock) => b.segments.some((s) => changed.some((n) => n === s.node || n.contains(s.node)));
    return rescanRoots(changed).flatMap((el) => collectBlocks(el, { useComputedStyle: true })).filter(touches);
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
    this.queue.clear();
    this.highlighter?.destroy();
    this.overlay?.destroy();
    this.marked.clear();
    this.highlighter = null;
    this.overlay = null;
  }
}
