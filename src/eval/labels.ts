/**
 * A sentence's label, per the reader's contract (VERDICTS.md): does it state a
 * fact of the claim base, which reports agree and which conflict (the union
 * over its facts), does the page differ, and a few words of our own on the
 * facts. `unsure` labels are left out of the figures.
 */
import { z } from 'zod';
import { verdictOf, type Verdict } from '../verdict/verdict';

export const sentenceLabel = z.strictObject({
  label: z.enum(['match', 'none']),
  agree: z.array(z.string()).default([]),
  conflict: z.array(z.string()).default([]),
  page_differs: z.boolean().default(false),
  /** The claims it states, for the error lists (the figures are per sentence, not per claim). */
  claims: z.array(z.string()).default([]),
  facts: z.string().optional(),
  unsure: z.boolean().default(false),
});
export type SentenceLabel = z.infer<typeof sentenceLabel>;

/** The verdict a reader should see, or null for no mark. */
export function expectedVerdict(l: SentenceLabel): Verdict | null {
  if (l.label === 'none') return null;
  return verdictOf({ pageDiffers: l.page_differs, agree: l.agree, conflict: l.conflict });
}
