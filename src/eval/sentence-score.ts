/**
 * Figures per sentence, the way a reader meets Crosscheck (VERDICTS.md):
 * precision and recall of marks, of warnings (✗ and ⚠ together) and of each
 * verdict, and how often the verdict shown is exactly the one it should be.
 */
import { isWarning, VERDICTS, type Verdict } from '../verdict/verdict';

export interface Judged {
  expected: Verdict | null;
  got: Verdict | null;
}

export interface Rate {
  /** Of those shown, how many should be; of those that should be, how many are shown. */
  precision: number;
  recall: number;
  shown: number;
  due: number;
  right: number;
}

export interface SentenceScores {
  sentences: number;
  marks: Rate;
  warnings: Rate;
  verdicts: Record<Verdict, Rate>;
  /** Of the sentences both marked and due a mark, how many show exactly the right verdict. */
  exact: { right: number; of: number; rate: number };
}

function rate(judged: readonly Judged[], shown: (j: Judged) => boolean, due: (j: Judged) => boolean): Rate {
  let s = 0;
  let d = 0;
  let right = 0;
  for (const j of judged) {
    const a = shown(j);
    const b = due(j);
    if (a) s++;
    if (b) d++;
    if (a && b) right++;
  }
  return { precision: s ? right / s : 1, recall: d ? right / d : 1, shown: s, due: d, right };
}

export function scoreSentences(judged: readonly Judged[]): SentenceScores {
  const verdicts = Object.fromEntries(
    VERDICTS.map((v) => [v, rate(judged, (j) => j.got === v, (j) => j.expected === v)]),
  ) as Record<Verdict, Rate>;
  const both = judged.filter((j) => j.got !== null && j.expected !== null);
  const right = both.filter((j) => j.got === j.expected).length;
  return {
    sentences: judged.length,
    marks: rate(judged, (j) => j.got !== null, (j) => j.expected !== null),
    warnings: rate(judged, (j) => j.got !== null && isWarning(j.got), (j) => j.expected !== null && isWarning(j.expected)),
    verdicts,
    exact: { right, of: both.length, rate: both.length ? right / both.length : 1 },
  };
}

const f3 = (x: number) => x.toFixed(3);
const rateText = (r: Rate) => `precision ${f3(r.precision)} (${r.right}/${r.shown})  recall ${f3(r.recall)} (${r.right}/${r.due})`;

/** The figures as printed by `npm run eval` and `npm run eval:real`. */
export function sentenceScoreLines(name: string, s: SentenceScores): string[] {
  return [
    `${name}: ${s.sentences} sentences`,
    `  marks      ${rateText(s.marks)}`,
    `  warnings   ${rateText(s.warnings)}`,
    ...VERDICTS.map((v) => `    ${v.padEnd(8)} ${rateText(s.verdicts[v])}`),
    `  verdict exactly right on ${f3(s.exact.rate)} of true matches (${s.exact.right}/${s.exact.of})`,
  ];
}
