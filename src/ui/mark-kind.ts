/** How a matched sentence is shown: four kinds, each with its own words, glyph and style (never colour alone). */
import { i18n } from '#i18n';
import type { Annotation } from '../match/types';
import { verdictOf, type Verdict } from '../match/verdict';

/** A mark shows a verdict (src/match/verdict.ts): differs, dispute, agree or single. */
export type MarkKind = Verdict;

/** The verdict of one fact. */
export function markKind(a: Annotation): MarkKind {
  return verdictOf(a);
}

export interface MarkText {
  /** A shape, so the kind is never told by colour alone; the same in every language. */
  glyph: string;
  /** The word shown on hover and focus (and read out in the popup's list). */
  short: string;
  /** The verdict in words, without a final full stop. */
  verdict: string;
}

const GLYPH: Record<MarkKind, string> = { agree: '✓', dispute: '⚠', differs: '✗', single: '1' };

/** The words for a kind, in the reader's language (assets/locales/<lang>.yml, block `mark`). */
export function markText(kind: MarkKind): MarkText {
  return { glyph: GLYPH[kind], short: i18n.t(`mark.${kind}.short`), verdict: i18n.t(`mark.${kind}.verdict`) };
}
