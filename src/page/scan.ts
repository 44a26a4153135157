/**
 * Scans a page's text with the matcher in small chunks that yield to the
 * page, the article body first. Produces annotations with the DOM Range of
 * each matched sentence.
 */
import type { Matcher, PageFacts } from '../match/matcher';
import type { Annotation } from '../match/types';
import { newDiscourse, type Discourse } from '../match/antecedent';
import type { Token } from '../text/tokens';
import { splitSentences } from '../text/sentences';
import { walkBlocks, type TextBlock } from './blocks';
import { rangeFor } from './ranges';

export interface Found {
  annotation: Annotation;
  range: Range;
  block: TextBlock;
}

export interface ScanOptions {
  signal?: AbortSignal;
  /** Time a chunk of work may take before yielding to the page, in ms. */
  budgetMs?: number;
  /** What gives the page's topic (title, headline, opening of the article), as text or already normalised. */
  context?: string | Token[];
  /** What the page says of itself (its publication date, src/page/published.ts). */
  page?: PageFacts;
  /** Called with what each chunk found, so marks appear while the scan goes on. */
  onFound?: (found: Found[]) => void;
}

const ARTICLE_SELECTORS = ['article', '[itemprop="articleBody"]', 'main', '[role="main"]'];

type YieldingScheduler = { yield?: () => Promise<void> };

/** Give the page the main thread back: scheduler.yield where the browser has it, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The likely article elements first, then the whole document; each block once, read lazily. */
export function* blocksInPriorityOrder(root: Document | Element, seen = new WeakSet<Text>()): Generator<TextBlock, void, undefined> {
  const fresh = function* (blocks: Iterable<TextBlock>) {
    for (const b of blocks) {
      if (b.segments.some((s) => seen.has(s.node))) continue;
      b.segments.forEach((s) => seen.add(s.node));
      yield b;
    }
  };
  const scope = 'querySelectorAll' in root ? root : null;
  for (const sel of ARTICLE_SELECTORS) {
    let found: Iterable<Element> = [];
    try {
      found = scope?.querySelectorAll(sel) ?? [];
    } catch {
      // A DOM too deep for its own selector engine (happy-dom at 10,000 levels): the walk below still reads it all.
    }
    for (const el of found) yield* fresh(walkBlocks(el, { useComputedStyle: true }));
  }
  const body = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (body) yield* fresh(walkBlocks(body, { useComputedStyle: true }));
}

/** How many opening blocks, with the page title, give a page's topic context. */
export const CONTEXT_BLOCKS = 40;

/** The text that gives a page's topic: its title and opening blocks (the same in the page and in the CLI). */
export function pageContextText(title: string, blocks: readonly { text: string }[]): string {
  return `${title}\n${blocks.slice(0, CONTEXT_BLOCKS).map((b) => b.text).join('\n')}`;
}

/** A block's text as the matcher reads it: white space of any kind is one space, offsets unchanged. */
export function blockTextForMatching(text: string): string {
  return text.replace(/\s/g, ' ');
}

/**
 * Does `block` go on from `before` in one run of text, so that its "he" may stand for a person `before`
 * names? Paragraphs of one article share a parent (or, each wrapped, a grandparent); a block elsewhere
 * on the page (a sidebar, the first block after the article) starts afresh.
 */
function continuesFrom(before: TextBlock | undefined, block: TextBlock): boolean {
  if (!before) return false;
  const [a, b] = [before.element.parentElement, block.element.parentElement];
  return !!a && (a === b || (!!a.parentElement && a.parentElement === b?.parentElement));
}

/** For blocks given in reading order, the discourse each is read with: read on within a run of text (continuesFrom), afresh elsewhere. */
export function discourseByRun(): (block: TextBlock) => Discourse {
  let discourse = newDiscourse();
  let before: TextBlock | undefined;
  return (block) => {
    if (!continuesFrom(before, block)) discourse = newDiscourse();
    before = block;
    return discourse;
  };
}

/** Match every block, yielding to the page whenever a chunk exceeds its time budget. */
export interface ScanResult {
  found: Found[];
  /** Main-thread time of the scan: its chunks, the longest one, and the total. */
  timing: { chunks: number; longestChunkMs: number; busyMs: number };
}

export async function scanBlocks(blocks: Iterable<TextBlock>, matcher: Matcher, opts: ScanOptions = {}): Promise<ScanResult> {
  const budget = opts.budgetMs ?? 8;
  const found: Found[] = [];
  const timing = { chunks: 0, longestChunkMs: 0, busyMs: 0 };
  const endChunk = () => {
    const ms = performance.now() - started;
    timing.chunks++;
    timing.busyMs += ms;
    timing.longestChunkMs = Math.max(timing.longestChunkMs, ms);
  };
  const context = Array.isArray(opts.context) ? opts.context : matcher.contextTokens(opts.context ?? '');
  let chunk: Found[] = [];
  let started = performance.now();
  const pause = async () => {
    if (chunk.length) opts.onFound?.(chunk);
    found.push(...chunk);
    chunk = [];
    endChunk();
    await yieldToPage();
    started = performance.now();
  };
  // Who a "he" stands for, read on from block to block within one run of text.
  const discourseOf = discourseByRun();
  for (const block of blocks) {
    if (opts.signal?.aborted) break;
    const discourse = discourseOf(block);
    const doc = block.element.ownerDocument;
    // A source line break inside a <p> is not a sentence end; one character for one keeps offsets aligned with the DOM.
    const text = blockTextForMatching(block.text);
    // Sentence by sentence (what matcher.matchText does), so one huge block cannot hold the main thread.
    for (const sentence of splitSentences(text)) {
      for (const annotation of matcher.matchSentence(sentence, context, opts.page, undefined, discourse)) {
        const range = doc && rangeFor(block, annotation.start, annotation.end, doc);
        if (range) chunk.push({ annotation, range, block });
      }
      if (performance.now() - started > budget) {
        await pause();
        if (opts.signal?.aborted) break;
      }
    }
  }
  if (chunk.length) opts.onFound?.(chunk);
  found.push(...chunk);
  endChunk();
  return { found, timing };
}
