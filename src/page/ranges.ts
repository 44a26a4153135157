/**
 * Offsets in a block's text back to DOM Ranges over the page's own Text
 * nodes. The page's DOM is never changed.
 */
import type { TextBlock } from './blocks';

/** The segment holding `offset` (binary search over segment start offsets). */
function segmentAt(block: TextBlock, offset: number, preferNext: boolean) {
  const segs = block.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.at <= offset) lo = mid;
    else hi = mid - 1;
  }
  let seg = segs[lo]!;
  // An offset at the very end of one node is also the start of the next: start a range in the next one.
  if (preferNext && offset - seg.at >= seg.node.data.length && segs[lo + 1]) seg = segs[lo + 1]!;
  return { node: seg.node, offset: Math.max(0, Math.min(seg.node.data.length, offset - seg.at)) };
}

export function rangeFor(block: TextBlock, start: number, end: number, doc: Document): Range | null {
  if (!block.segments.length || end <= start) return null;
  const a = segmentAt(block, start, true);
  // The end is just after the last character: find the segment that holds that character, so a sentence
  // ending where a Text node ends does not reach into the next one (over skipped text between them).
  const last = segmentAt(block, end - 1, false);
  const b = { node: last.node, offset: Math.min(last.node.data.length, last.offset + 1) };
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null; // a node left the document while we worked
  }
  return range.collapsed ? null : range;
}
