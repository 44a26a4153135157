/**
 * Mutation records as the annotator's work: which text is new or edited, which sentences lost words, and
 * whether anything left the page. Pure operations over records and nodes, in the manner of Dark Reader's
 * tree operations: the observer only classifies, the queue only holds, and the annotator's flush acts.
 */
import { isInline } from './blocks';

/** A mutation record as the classifier reads it (a MutationRecord, or one a test writes). */
export interface MutationLike {
  type: MutationRecordType;
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
}

/** What a batch of records asks for. */
export interface MutationOperations {
  /** Nodes whose text is new or edited: their blocks are matched again. */
  changed: Node[];
  /** Elements that lost text or inline content: the sentence around the loss changed, so their blocks are matched again. */
  rescan: Node[];
  /** Something left the page: marks may have gone with it. */
  removals: boolean;
}

/**
 * Classify a batch of records. `isOwn` tells Crosscheck's own elements, whose changes are never the
 * page's. A removed block takes its own marks with it and leaves the rest as it was; removed text or
 * inline content (`<b>307</b>`) changes the sentence it stood in.
 */
export function classifyMutations(records: Iterable<MutationLike>, isOwn: (node: Node) => boolean): MutationOperations {
  const out: MutationOperations = { changed: [], rescan: [], removals: false };
  for (const r of records) {
    if (isOwn(r.target)) continue;
    if (r.type === 'characterData') {
      out.changed.push(r.target);
      continue;
    }
    for (let i = 0; i < r.addedNodes.length; i++) if (!isOwn(r.addedNodes[i]!)) out.changed.push(r.addedNodes[i]!);
    if (!r.removedNodes.length) continue;
    out.removals = true;
    for (let i = 0; i < r.removedNodes.length; i++) {
      const n = r.removedNodes[i]!;
      if (n.nodeType === 3 || (n.nodeType === 1 && isInline(n as Element))) {
        out.rescan.push(r.target);
        break;
      }
    }
  }
  return out;
}

/** Nodes handled per batch of later mutations: a page that adds thousands at once is read in bounded steps. */
export const MUTATION_BATCH = 50;

/** The work waiting for the next flush: what classifyMutations found, gathered until it is taken. */
export class MutationQueue {
  private readonly changed = new Set<Node>();
  private readonly rescan = new Set<Node>();
  private removals = false;

  push(ops: MutationOperations): void {
    for (const n of ops.changed) this.changed.add(n);
    for (const n of ops.rescan) this.rescan.add(n);
    if (ops.removals) this.removals = true;
  }

  get hasWork(): boolean {
    return this.changed.size > 0 || this.rescan.size > 0 || this.removals;
  }

  /** The next batch: at most `max` changed nodes, every element to rescan, those still in the document. */
  take(max = MUTATION_BATCH): Node[] {
    const batch = [...this.changed].slice(0, max);
    for (const n of batch) this.changed.delete(n);
    const rescan = [...this.rescan];
    this.rescan.clear();
    this.removals = false;
    return [...batch, ...rescan].filter((n) => n.isConnected);
  }

  clear(): void {
    this.changed.clear();
    this.rescan.clear();
    this.removals = false;
  }
}

/** Elements whose content is rescanned as a whole when text inside them changes. */
const BLOCK_SELECTOR = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, td, th, dd, figcaption, article, section, div';

/** The outermost of the nearest blocks around the changed nodes: a paragraph, not the whole page, and each once. */
export function rescanRoots(changed: readonly Node[]): Element[] {
  const elements = new Set<Element>();
  for (const n of changed) {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    if (el) elements.add(el.closest(BLOCK_SELECTOR) ?? el);
  }
  return [...elements].filter((el) => ![...elements].some((o) => o !== el && o.contains(el)));
}
