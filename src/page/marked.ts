/**
 * The sentences Crosscheck has marked on a page: one mark per sentence, keyed by where the sentence is,
 * and what each mark says, so a rescan can tell a mark it finds again from a new one.
 */
import type { MarkEntry } from '../ui/overlay';
import type { TextBlock } from './blocks';
import type { Found } from './scan';

export interface MarkedSentence extends MarkEntry {
  block: Element;
  /** Where the sentence is: one mark, one highlight, one card per sentence. */
  key: string;
}

/** What a sentence's mark says: its claims, each with its side. */
const says = (annotations: readonly { claimId: string; variantId: string | null; stance: string }[]) =>
  annotations.map((a) => `${a.claimId}/${a.variantId}/${a.stance === 'differs'}`).sort().join(' ');

const sameRange = (a: Range, b: Range) =>
  a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;

export class MarkedSentences {
  private readonly byKey = new Map<string, MarkedSentence>();
  private readonly nodeIds = new WeakMap<Text, number>();
  private nextNodeId = 0;

  /** The marks, in the order they were made. */
  values(): MarkedSentence[] {
    return [...this.byKey.values()];
  }

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): MarkedSentence | undefined {
    return this.byKey.get(key);
  }

  set(mark: MarkedSentence): void {
    this.byKey.set(mark.key, mark);
  }

  delete(mark: MarkedSentence): void {
    this.byKey.delete(mark.key);
  }

  clear(): void {
    this.byKey.clear();
  }

  /** The key of a finding's sentence: its block's first text node and its offsets there. */
  keyOf(f: Found): string {
    const first = f.block.segments[0]!.node;
    let id = this.nodeIds.get(first);
    if (id === undefined) this.nodeIds.set(first, (id = this.nextNodeId++));
    return `${id}:${f.annotation.start}:${f.annotation.end}`;
  }

  /** The findings of a scan, one group per sentence (a sentence's annotations always come in one chunk). */
  bySentence(found: readonly Found[]): Map<string, Found[]> {
    const out = new Map<string, Found[]>();
    for (const f of found) {
      const key = this.keyOf(f);
      const list = out.get(key);
      if (list) list.push(f);
      else out.set(key, [f]);
    }
    return out;
  }

  /** Marks whose sentence left the document, or whose text was edited. */
  stale(): MarkedSentence[] {
    return this.values().filter((m) => !m.range.startContainer.isConnected || !m.range.endContainer.isConnected || m.range.toString() !== m.sentence);
  }

  /** Marks on the text of these blocks. */
  on(blocks: readonly TextBlock[]): MarkedSentence[] {
    const nodes = new Set<Node>(blocks.flatMap((b) => b.segments.map((s) => s.node)));
    return this.values().filter((m) => nodes.has(m.range.startContainer));
  }

  /**
   * A rescan's findings against the marks it covered: which marks it finds again (the same claims and
   * sides on the same words), and which findings are new.
   */
  match(before: readonly MarkedSentence[], found: readonly Found[]): { kept: Set<MarkedSentence>; fresh: Found[] } {
    const kept = new Set<MarkedSentence>();
    const fresh = [...this.bySentence(found).values()].filter((group) => {
      const said = says(group.map((f) => f.annotation));
      const same = before.find((m) => !kept.has(m) && says(m.facts.map((f) => f.annotation)) === said && sameRange(m.range, group[0]!.range));
      if (same) kept.add(same);
      return !same;
    });
    return { kept, fresh: fresh.flat() };
  }
}
