// Accuracy floors on the held-out half of the labelled evaluation set (never tuned on): per sentence, as a
// reader meets Crosscheck (VERDICTS.md), and per (sentence, claim) pair, as the CLI's JSON reports it.
import { describe, expect, it } from 'vitest';
import { loadClaimBase } from '../../src/claims/load-node';
import { expectedItemVerdict, judgeItems, validateLabels } from '../../src/cli/eval';
import { loadEvalSet } from '../../src/eval/eval-set';
import { scoreItems } from '../../src/eval/score';
import { scoreSentences } from '../../src/eval/sentence-score';
import { judgeVerdictItems, loadVerdictSet } from '../../src/eval/verdict-set';
import { SENSITIVITY } from '../../src/match/calibration';
import { Matcher } from '../../src/match/matcher';

const index = loadClaimBase();
const items = loadEvalSet();
const matcher = new Matcher(index, { minScore: SENSITIVITY.standard });
const test = items.filter((i) => i.split === 'test');

describe('the evaluation set', () => {
  it('has at least 400 labelled sentences of every kind, with valid labels, split in two halves', () => {
    expect(items.length).toBeGreaterThanOrEqual(400);
    for (const kind of ['report', 'paraphrase', 'wrong-figure', 'wrong-title', 'negated', 'no-side', 'hard-negative'])
      expect(items.filter((i) => i.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    expect(validateLabels(index, items)).toEqual([]);
    expect(test.length / items.length).toBeGreaterThan(0.35);
    expect(test.length / items.length).toBeLessThan(0.65);
  });

  it('holds sentences due each verdict, warnings among them', () => {
    const due = test.map(expectedItemVerdict);
    for (const v of ['differs', 'dispute', 'agree', 'single'] as const) expect(due.filter((d) => d === v).length, v).toBeGreaterThanOrEqual(5);
  });
});

describe('per sentence on the held-out half', () => {
  const s = scoreSentences(judgeItems(matcher, test));
  // The order of VERDICTS.md: a wrong warning is the worst thing Crosscheck can show, then a wrong mark.
  it(`warnings (✗ and ⚠) precision >= 0.90 (is ${s.warnings.precision.toFixed(3)})`, () => expect(s.warnings.precision).toBeGreaterThanOrEqual(0.9));
  it(`marks precision >= 0.95 (is ${s.marks.precision.toFixed(3)})`, () => expect(s.marks.precision).toBeGreaterThanOrEqual(0.95));
  it(`marks recall >= 0.85 (is ${s.marks.recall.toFixed(3)})`, () => expect(s.marks.recall).toBeGreaterThanOrEqual(0.85));
  it(`warnings recall >= 0.65 (is ${s.warnings.recall.toFixed(3)})`, () => expect(s.warnings.recall).toBeGreaterThanOrEqual(0.65));
  it(`verdict exactly right on >= 85% of true matches (is ${s.exact.rate.toFixed(3)})`, () => expect(s.exact.rate).toBeGreaterThanOrEqual(0.85));
});

describe('per sentence and claim on the held-out half', () => {
  const s = scoreItems(test, (it) => matcher.matchText(it.text, it.context).annotations).scores;
  it(`precision >= 0.95 (is ${s.precision.toFixed(3)})`, () => expect(s.precision).toBeGreaterThanOrEqual(0.95));
  // Lower than per sentence: a sentence that states several claims is marked when one of them is found.
  it(`recall >= 0.80 (is ${s.recall.toFixed(3)})`, () => expect(s.recall).toBeGreaterThanOrEqual(0.8));
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

describe('sentences in other outlets\' manner, labelled with a verdict (tests/eval/verdicts; tuned on, so a guard against going back)', () => {
  const set = loadVerdictSet(index);
  const s = scoreSentences(judgeVerdictItems(matcher, set.items));
  it('are at least 5,000, every line readable, every claim named known', () => {
    expect(set.problems).toEqual([]);
    expect(set.items.length).toBeGreaterThanOrEqual(5000);
  });
  it(`warnings precision >= 0.95 (is ${s.warnings.precision.toFixed(3)})`, () => expect(s.warnings.precision).toBeGreaterThanOrEqual(0.95));
  it(`marks precision >= 0.95 (is ${s.marks.precision.toFixed(3)})`, () => expect(s.marks.precision).toBeGreaterThanOrEqual(0.95));
  // Five sets met unseen on 2026-12-03 (outlets-i to -m) lowered the marks recall the floor guards: from 0.797 on
  // the first eight sets to 0.765 on all thirteen.
  // On all thirty-five files (2026-12-03 night): marks recall 0.837, warnings recall 0.714.
  it(`marks recall >= 0.80 (is ${s.marks.recall.toFixed(3)})`, () => expect(s.marks.recall).toBeGreaterThanOrEqual(0.8));
  // Three sets met unseen on 2026-12-07 (outlets-zn, -zp, -zq), their warnings found 37 of 86, lowered the warnings
  // recall from 0.719 on forty files to 0.685 on forty-three.
  it(`warnings recall >= 0.67 (is ${s.warnings.recall.toFixed(3)})`, () => expect(s.warnings.recall).toBeGreaterThanOrEqual(0.67));
});
