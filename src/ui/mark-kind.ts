/** How a matched sentence is shown: four kinds, each with its own words, glyph and style (never colour alone). */
import { i18n } from '#i18n';
import type { Claim } from '../claims/schema';
import type { Annotation } from '../match/types';

export type MarkKind = 'agree' | 'dispute' | 'differs' | 'single';

export function markKind(a: Annotation, claim: Claim): MarkKind {
  if (a.pageDiffers) return 'differs';
  if (a.conflict.length || (a.stance === 'unresolved' && claim.variants.length > 1)) return 'dispute';
  const reports = new Set(claim.variants.flatMap((v) => v.sources.map((s) => s.report)));
  return reports.size > 1 ? 'agree' : 'single';
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
