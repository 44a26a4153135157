/**
 * The first thing Crosscheck does on a page, and on most pages the only one:
 * test the page's raw text against the topic gate (src/match/topic-gate.ts).
 * It reads `document.title` and the body's rendered text (`innerText`: at
 * document_idle the page is laid out, so this is cheap, and unlike
 * `textContent` it leaves out the scripts and styles that make up most of a
 * large page's text: 9 KB instead of 670 KB on one real news page), so it
 * costs a millisecond or two even on a large page. When the page passes,
 * `onPass` runs once (the content script then asks for the annotator: the
 * claim index, the matcher and the card UI). When it does not, the gate
 * watches for text added later (live blogs, infinite scroll, client-side
 * navigation) and tests only what was added, in batches, at most every
 * `intervalMs`.
 */
import type { TopicGate } from '../match/topic-gate';

export interface GateOptions {
  signal: AbortSignal;
  /** Least time between two tests of added content. */
  intervalMs?: number;
  /** Most characters of added text tested per batch (a page that adds megabytes at once is tested on its first part, then again later). */
  maxBatchChars?: number;
}

export interface GateResult {
  passed: boolean;
  /** Time the first test took (ms), for the performance measure. */
  firstTestMs: number;
}

export function runGate(doc: Document, gate: TopicGate, onPass: () => void, opts: GateOptions): GateResult {
  const t0 = performance.now();
  const root = doc.body ?? doc.documentElement;
  const text = root ? ((root as HTMLElement).innerText ?? root.textContent ?? '') : '';
  const initial = gate.test(doc.title) || gate.test(text);
  const firstTestMs = performance.now() - t0;
  if (initial) {
    onPass();
    return { passed: true, firstTestMs };
  }
  if (opts.signal.aborted) return { passed: false, firstTestMs };
  const interval = opts.intervalMs ?? 300;
  const maxChars = opts.maxBatchChars ?? 2_000_000;
  const added = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let done = false;
  const finish = () => {
    done = true;
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    added.clear();
  };
  const testAdded = () => {
    timer = null;
    if (done) return;
    let chars = 0;
    let hit = gate.test(doc.title);
    for (const n of added) {
      added.delete(n);
      if (hit || !n.isConnected) continue;
      const text = n.textContent ?? '';
      chars += text.length;
      hit = gate.test(text);
      if (chars > maxChars) break;
    }
    if (hit) {
      finish();
      onPass();
    } else if (added.size) timer = setTimeout(testAdded, interval);
  };
  const win = doc.defaultView!;
  const observer = new win.MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') added.add(r.target);
      else r.addedNodes.forEach((n) => added.add(n));
    }
    if (added.size && timer === null) timer = setTimeout(testAdded, interval);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  opts.signal.addEventListener('abort', finish, { once: true });
  return { passed: false, firstTestMs };
}
