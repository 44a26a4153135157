/**
 * The verdict a reader sees (../../../shared/coverage/VERDICTS.md, summarised in
 * the README): each fact a sentence asserts gets one, and the sentence shows
 * the most serious of them. The one home of the idea: its kinds, their order of
 * severity, their glyphs (./words.ts gives their words, ./Quote.tsx a source's
 * words). Pure: the annotator, the card, the popup, the explorer, the CLI and
 * the evaluation all derive verdicts here.
 */
import { pageDiffers, type Annotation } from '../match/types';

/** From most to least serious: the page differs from every source, the sources disagree, two or more agree, one reports it. */
export type Verdict = 'differs' | 'dispute' | 'agree' | 'single';

export const VERDICTS: readonly Verdict[] = ['differs', 'dispute', 'agree', 'single'];

/** A shape for each verdict, so it is never told by colour alone; the same in every language. */
export const GLYPH: Readonly<Record<Verdict, string>> = { differs: '✗', dispute: '⚠', agree: '✓', single: '1' };

/** Higher is more serious. */
export const SEVERITY: Readonly<Record<Verdict, number>> = { differs: 3, dispute: 2, agree: 1, single: 0 };

/** Is this verdict a warning (✗ or ⚠)? */
export const isWarning = (v: Verdict): boolean => v === 'differs' || v === 'dispute';

/** The verdict from the lists: what the page says against what the reports say. */
export function verdictOf(facts: { pageDiffers: boolean; agree: readonly string[]; conflict: readonly string[] }): Verdict {
  if (facts.pageDiffers) return 'differs';
  if (facts.conflict.length) return 'dispute';
  return facts.agree.length >= 2 ? 'agree' : 'single';
}

/** The verdict of one fact, as the matcher annotated it. */
export function factVerdict(a: Annotation): Verdict {
  return verdictOf({ pageDiffers: pageDiffers(a), agree: a.agree, conflict: a.conflict });
}

export function mostSerious(verdicts: Iterable<Verdict>): Verdict | null {
  let out: Verdict | null = null;
  for (const v of verdicts) if (out === null || SEVERITY[v] > SEVERITY[out]) out = v;
  return out;
}

/** One marked sentence: its facts (annotations, one per claim), the verdict it shows, and the union of reports. */
export interface SentenceVerdict {
  sentence: string;
  start: number;
  end: number;
  verdict: Verdict;
  annotations: Annotation[];
  agree: string[];
  conflict: string[];
  pageDiffers: boolean;
}

/** The verdict one sentence's annotations show, or null for no mark. */
export function shownVerdict(annotations: readonly Annotation[]): Verdict | null {
  return verdictsBySentence(annotations)[0]?.verdict ?? null;
}

/** Group annotations by sentence (in the order first met) and give each sentence its verdict: that of the union of its facts. */
export function verdictsBySentence(annotations: readonly Annotation[]): SentenceVerdict[] {
  const bySpan = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const key = `${a.start}:${a.end}`;
    const list = bySpan.get(key);
    if (list) list.push(a);
    else bySpan.set(key, [a]);
  }
  return [...bySpan.values()].map((list) => {
    const first = list[0]!;
    const facts = {
      agree: [...new Set(list.flatMap((a) => a.agree))],
      conflict: [...new Set(list.flatMap((a) => a.conflict))],
      pageDiffers: list.some(pageDiffers),
    };
    // The union over the facts, as VERDICTS.md labels a sentence: the most serious verdict of any fact,
    // except that two facts each from one report make a sentence two reports agree with.
    return { sentence: first.sentence, start: first.start, end: first.end, verdict: verdictOf(facts), annotations: list, ...facts };
  });
}
