/**
 * A source's exact words, with the differing figure or words in bold (../ui/emphasis.ts): inline in the
 * card, a block in the explorer. The quote itself is never altered.
 */
import type { Claim, Variant } from '../claims/schema';
import { emphasise } from '../ui/emphasis';

export function Quote({ claim, variant, quote, block = false, emphasis = true }: {
  claim: Claim;
  variant: Variant;
  quote: string;
  /** A block of its own (the explorer), not a quotation inside a line (the card). */
  block?: boolean;
  /** Bold the variant's figure or words; the explorer does only where there is another variant to differ from. */
  emphasis?: boolean;
}) {
  const parts = emphasis ? emphasise(quote, claim, variant) : [{ text: quote, em: false }];
  // The explorer's stylesheet styles the differing words by class; the card's marks them bold.
  const words = parts.map((p) => (p.em ? <strong class={block ? 'differs' : undefined}>{p.text}</strong> : p.text));
  return block ? (
    <blockquote class="quote">
      <p>{words}</p>
    </blockquote>
  ) : (
    <q class="quote">{words}</q>
  );
}
