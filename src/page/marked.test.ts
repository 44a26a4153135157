// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../match/types';
import type { TextBlock } from './blocks';
import { MarkedSentences, type MarkedSentence } from './marked';
import type { Found } from './scan';

document.body.innerHTML = '<p id="a">Each side freed 307 prisoners on Saturday.</p><p id="b">Other text.</p>';
const text = document.getElementById('a')!.firstChild as Text;
const block: TextBlock = { element: text.parentElement!, text: text.data, segments: [{ node: text, at: 0 }] } as TextBlock;
const rangeOf = (start: number, end: number) => {
  const r = document.createRange();
  r.setStart(text, start);
  r.setEnd(text, end);
  return r;
};
const annotation = (claimId: string, stance: Annotation['stance'] = 'agrees') =>
  ({ claimId, stance, variantId: '307', sentence: text.data, start: 0, end: text.data.length }) as Annotation;
const found = (claimId: string, stance?: Annotation['stance']): Found => ({ annotation: annotation(claimId, stance), range: rangeOf(0, text.data.length), block });
const markOf = (registry: MarkedSentences, f: Found): MarkedSentence =>
  ({ key: registry.keyOf(f), block: block.element, facts: [{ annotation: f.annotation }], kind: 'agree', sentence: text.data, range: f.range }) as unknown as MarkedSentence;

describe('MarkedSentences', () => {
  it('groups a scan by sentence and keys a sentence by where it is', () => {
    const marked = new MarkedSentences();
    const groups = marked.bySentence([found('x'), found('y')]);
    expect([...groups.values()].map((g) => g.map((f) => f.annotation.claimId))).toEqual([['x', 'y']]);
    expect(marked.keyOf(found('x'))).toBe(marked.keyOf(found('z')));
  });

  it('keeps a mark a rescan finds again, and takes a changed side or claim as new', () => {
    const marked = new MarkedSentences();
    const mark = markOf(marked, found('x'));
    marked.set(mark);
    expect(marked.on([block])).toEqual([mark]);
    expect(marked.match([mark], [found('x')])).toEqual({ kept: new Set([mark]), fresh: [] });
    expect(marked.match([mark], [found('x', 'differs')]).kept.size).toBe(0);
    expect(marked.match([mark], [found('y')]).fresh.map((f) => f.annotation.claimId)).toEqual(['y']);
  });

  it('finds marks whose text was edited or left the page', () => {
    const marked = new MarkedSentences();
    const mark = markOf(marked, found('x'));
    marked.set(mark);
    expect(marked.stale()).toEqual([]);
    text.data = 'Each side freed 370 prisoners on Saturday.';
    expect(marked.stale()).toEqual([mark]);
  });
});
