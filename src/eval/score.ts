/**
 * Scores a matcher on the evaluation set: precision, recall and F1 over
 * (sentence, claim) pairs, and how often the agree and conflict lists are
 * exactly right on the true matches.
 */
import type { Annotation } from '../match/types';
import type { EvalItem } from './eval-set';

export interface Scores {
  items: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** True matches whose agree and conflict lists are both exactly right. */
  listsRight: number;
  listsRightRate: number;
}

export interface ItemOutcome {
  item: EvalItem;
  falsePositives: Annotation[];
  missed: string[];
  wrongLists: { claim: string; expected: { agree: string[]; conflict: string[] }; got: Annotation }[];
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

export function scoreItems(items: EvalItem[], annotate: (item: EvalItem) => Annotation[]): { scores: Scores; outcomes: ItemOutcome[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let listsRight = 0;
  const outcomes: ItemOutcome[] = [];
  for (const item of items) {
    const got = annotate(item);
    const byClaim = new Map(got.map((a) => [a.claimId, a]));
    const outcome: ItemOutcome = { item, falsePositives: [], missed: [], wrongLists: [] };
    for (const e of item.expect) {
      const a = byClaim.get(e.claim);
      if (!a) {
        fn++;
        outcome.missed.push(e.claim);
        continue;
      }
      tp++;
      if (sameSet(a.agree, e.agree) && sameSet(a.conflict, e.conflict)) listsRight++;
      else outcome.wrongLists.push({ claim: e.claim, expected: { agree: e.agree, conflict: e.conflict }, got: a });
    }
    const expected = new Set(item.expect.map((e) => e.claim));
    for (const a of got) if (!expected.has(a.claimId)) {
      fp++;
      outcome.falsePositives.push(a);
    }
    outcomes.push(outcome);
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    scores: { items: items.length, tp, fp, fn, precision, recall, f1, listsRight, listsRightRate: tp ? listsRight / tp : 1 },
    outcomes,
  };
}
