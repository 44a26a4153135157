/** How a matched sentence is shown: four kinds, each with its own words, glyph and style (never colour alone). */
import type { Claim } from '../claims/schema';
import type { Annotation } from '../match/types';

export type MarkKind = 'agree' | 'dispute' | 'differs' | 'single';

export function markKind(a: Annotation, claim: Claim): MarkKind {
  if (a.pageDiffers) return 'differs';
  if (a.conflict.length || (a.stance === 'unresolved' && claim.variants.length > 1)) return 'dispute';
  const reports = new Set(claim.variants.flatMap((v) => v.sources.map((s) => s.report)));
  return reports.size > 1 ? 'agree' : 'single';
}

export const MARK_TEXT: Record<MarkKind, { glyph: string; short: string; verdict: string }> = {
  agree: { glyph: '✓', short: 'agree', verdict: 'All sources that report this agree' },
  dispute: { glyph: '⚠', short: 'disputed', verdict: 'The sources disagree on this' },
  differs: { glyph: '✗', short: 'differs', verdict: 'This page differs from every source' },
  single: { glyph: '1', short: 'one source', verdict: 'Only one source reports this' },
};
