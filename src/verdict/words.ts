/** A verdict in the reader's words (assets/locales/<lang>.yml, block `mark`), with its glyph: never colour alone. */
import { i18n } from '#i18n';
import { GLYPH, type Verdict } from './verdict';

export interface VerdictText {
  /** A shape, so the verdict is never told by colour alone; the same in every language. */
  glyph: string;
  /** The word shown on hover and focus (and read out in the popup's list). */
  short: string;
  /** The verdict in words, without a final full stop. */
  verdict: string;
}

export function verdictText(verdict: Verdict): VerdictText {
  return { glyph: GLYPH[verdict], short: i18n.t(`mark.${verdict}.short`), verdict: i18n.t(`mark.${verdict}.verdict`) };
}
