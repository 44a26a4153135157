// Accuracy floors on the held-out half of the labelled evaluation set (never tuned on).
import { describe, expect, it } from 'vitest';
import { loadClaimBase } from '../../src/claims/load-node';
import { validateLabels } from '../../src/cli/eval';
import { loadEvalSet } from '../../src/eval/eval-set';
import { scoreItems } from '../../src/eval/score';
import { SENSITIVITY } from '../../src/match/calibration';
import { Matcher } from '../../src/match/matcher';

const index = loadClaimBase();
const items = loadEvalSet();
const matcher = new Matcher(index, { minScore: SENSITIVITY.standard });
const score = (subset: typeof items) => scoreItems(subset, (it) => matcher.matchText(it.text, it.context).annotations).scores;

describe('the evaluation set', () => {
  it('has at least 250 labelled sentences of every kind, with valid labels, split in two halves', () => {
    expect(items.length).toBeGreaterThanOrEqual(250);
    for (const kind of ['report', 'paraphrase', 'wrong-figure', 'wrong-title', 'negated', 'no-side', 'hard-negative'])
      expect(items.filter((i) => i.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    expect(validateLabels(index, items)).toEqual([]);
    const test = items.filter((i) => i.split === 'test').length;
    expect(test / items.length).toBeGreaterThan(0.35);
    expect(test / items.length).toBeLessThan(0.65);
  });
});

describe('matching accuracy on the held-out half', () => {
  const s = score(items.filter((i) => i.split === 'test'));
  it(`precision >= 0.95 (is ${s.precision.toFixed(3)})`, () => expect(s.precision).toBeGreaterThanOrEqual(0.95));
  it(`recall >= 0.85 (is ${s.recall.toFixed(3)})`, () => expect(s.recall).toBeGreaterThanOrEqual(0.85));
  it(`agree/conflict lists exactly right on >= 90% of true matches (is ${s.listsRightRate.toFixed(3)})`, () =>
    expect(s.listsRightRate).toBeGreaterThanOrEqual(0.9));
});

describe('hard negatives', () => {
  it('get no annotation at all on at least 95% of them', () => {
    const negatives = items.filter((i) => i.kind === 'hard-negative');
    const marked = negatives.filter((i) => matcher.matchText(i.text, i.context).annotations.length > 0);
    expect(marked.length / negatives.length).toBeLessThanOrEqual(0.05);
  });
});
