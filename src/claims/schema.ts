/**
 * The shape of the curated claim files (assets/claims/*.yaml), the source
 * metadata (assets/reports/sources.yaml) and the compiled index the extension
 * ships. Pure data: no I/O here.
 */
import { z } from 'zod';

import { CONFLICT_KINDS, type ConflictKind } from './conflict-kinds';

export { CONFLICT_KINDS, type ConflictKind };

const nonEmpty = z.string().trim().min(1);
const phrase = z.string().trim().min(1).refine((s) => s === s.toLowerCase() || s.startsWith('@'), {
  message: 'phrases are written in lower case',
});
const phraseGroup = z.array(phrase).min(1);

export const sourceSchema = z.strictObject({
  id: nonEmpty,
  report: nonEmpty,
  outlet: nonEmpty.nullable(),
  outletEvidence: nonEmpty.nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date is YYYY-MM-DD').nullable(),
  dateEvidence: nonEmpty.nullable(),
  headline: nonEmpty,
  wire: z.enum(['DPA', 'AP', 'Reuters', 'AFP']).nullable(),
  wireEvidence: nonEmpty.nullable().optional(),
  span: z.strictObject({ from: nonEmpty, to: nonEmpty }).optional(),
  notes: nonEmpty.optional(),
});
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });
export type SourceEntry = z.infer<typeof sourceSchema>;

export const aliasesFileSchema = z.strictObject({
  aliases: z.record(phrase, z.array(phrase).min(1)),
});
export const lexiconFileSchema = z.strictObject({
  groups: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(phrase).min(1)),
});

const sourceRefSchema = z.strictObject({ source: nonEmpty, quote: nonEmpty });

const variantSchema = z.strictObject({
  id: z.union([nonEmpty, z.number()]).transform(String),
  statement: nonEmpty,
  value: z.number().optional(),
  say: z.array(phrase).min(1).optional(),
  sources: z.array(sourceRefSchema).min(1),
});

export const claimSchema = z
  .strictObject({
    // Within what a frame's summary may hold of a claim (SUMMARY_LIMITS, src/messages/protocol.ts).
    id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'claim ids are <topic>.<slug> in lower case').max(64),
    question: nonEmpty.max(200),
    match: z.strictObject({
      all: z.array(phraseGroup).min(1),
      none: z.array(phrase).optional(),
      /**
       * Where it happened ("kyiv", "capital"): met by the sentence, or by the page's headline and
       * opening when the sentence names no other place of `@places`.
       */
      where: z.array(phrase).optional(),
    }),
    slot: z
      .strictObject({
        type: z.enum(['number', 'choice', 'none']),
        near: z.array(phrase).optional(),
        others: z.array(phrase).optional(),
      })
      .default({ type: 'none' }),
    negated: z.boolean().optional(),
    /** The claim is a person's title: mentioned in passing, it is a fact the sentence asserts only where the reports dispute it. */
    title: z.boolean().optional(),
    /**
     * The claim is who said some words: another speaker (slot.others) differs only where the sentence quotes
     * the words, in quotation marks, and gives them to that speaker. Reported speech in other words, or the
     * same common words ("horrific", "stay in shelters") in another official's mouth, may be their own.
     */
    speaker: z.boolean().optional(),
    /**
     * A fact of the whole war, not of the event's days ("the full-scale invasion began in February 2022",
     * "Russia occupies about a fifth of Ukraine"): a page of later news states it too.
     */
    timeless: z.boolean().optional(),
    /**
     * The words one of which the sentence or the page's opening must have, in place of the file's
     * `context`: for words anyone may say ("the White House did not respond"), the topic's own names,
     * so that a page about another of the base's events does not state them.
     */
    context: z.array(phrase).min(1).optional(),
    /** Reports that materially disagree (VERDICTS.md): both accounts cannot be true as written. */
    conflict: z.strictObject({ kind: z.enum(CONFLICT_KINDS), note: nonEmpty }).optional(),
    /** Variants that differ only in detail or wording (a hedge, more or less detail): no dispute, a note on the card. */
    detail: z.strictObject({ note: nonEmpty }).optional(),
    variants: z.array(variantSchema).min(1),
  })
  .superRefine((claim, ctx) => {
    const multi = claim.variants.length > 1;
    if (multi && !claim.conflict && !claim.detail)
      ctx.addIssue({ code: 'custom', message: 'a claim with several variants needs conflict (kind, note) where they materially disagree, or detail (note) where they do not' });
    if (claim.conflict && claim.detail) ctx.addIssue({ code: 'custom', message: 'a claim has conflict or detail, not both' });
    if (!multi && (claim.conflict || claim.detail)) ctx.addIssue({ code: 'custom', message: 'a claim with one variant has no conflict or detail' });
    const ids = new Set<string>();
    for (const v of claim.variants) {
      if (ids.has(v.id)) ctx.addIssue({ code: 'custom', message: `variant id "${v.id}" repeats` });
      ids.add(v.id);
      if (claim.slot.type === 'number' && v.value === undefined)
        ctx.addIssue({ code: 'custom', message: `variant "${v.id}" of a number slot needs a value` });
      if (claim.slot.type === 'choice' && !v.say)
        ctx.addIssue({ code: 'custom', message: `variant "${v.id}" of a choice slot needs say phrases` });
    }
    if (claim.slot.type === 'number' && !claim.slot.near?.length)
      ctx.addIssue({ code: 'custom', message: 'a number slot needs near phrases' });
    if (multi && claim.slot.type === 'none')
      ctx.addIssue({ code: 'custom', message: 'a claim with several variants needs a number or choice slot to tell them apart' });
  });
export type ClaimEntry = z.infer<typeof claimSchema>;

export const claimFileSchema = z.strictObject({
  topic: z.string().regex(/^[a-z0-9-]+$/),
  title: nonEmpty,
  context: z.array(phrase).min(1),
  /** The month the file's events happened (YYYY-MM): a sentence dated to another month does not state its claims. */
  period: z.string().regex(/^\d{4}-\d{2}$/, 'period is YYYY-MM').optional(),
  /**
   * Where the file's meetings took place ([istanbul, turkey]): a sentence that names another meeting place
   * (the lexicon's `@other-venues`: "talks in Abu Dhabi", "the Geneva meeting") and none of these tells of
   * another meeting, and states none of the file's claims.
   */
  venue: z.array(phrase).min(1).optional(),
  claims: z.array(z.unknown()).min(1),
});

// ---------------------------------------------------------------------------
// The compiled index (what the extension ships and the matcher reads).

export interface Source {
  id: string;
  report: string;
  outlet: string | null;
  date: string | null;
  headline: string;
  wire: string | null;
  notes?: string;
}

export interface VariantSource {
  source: string;
  report: string;
  quote: string;
}

export interface Variant {
  id: string;
  statement: string;
  value?: number;
  say?: string[][];
  sources: VariantSource[];
}

export interface Claim {
  id: string;
  topic: string;
  question: string;
  /** Each group is a list of phrases; a phrase is a list of tokens ("releas*" is a prefix token). */
  all: string[][][];
  none: string[][];
  /** Where it happened (see the schema), and the other places of `@places`, which rule out taking it from the page. */
  where: string[][];
  elsewhere: string[][];
  context: string[][];
  slot: { type: 'number' | 'choice' | 'none'; near: string[][]; others: string[][] };
  negated: boolean;
  /** YYYY-MM of the events, and the months (YYYY-MM) the claim's own words name. */
  period?: string;
  months: string[];
  /** A person's title (see the schema): marked in passing only where the reports dispute it. */
  title: boolean;
  /** Who said some words (see the schema): another speaker differs only where the words are quoted. */
  speaker: boolean;
  /** A fact of the whole war (see the schema): stated on pages of any later date. */
  timeless?: boolean;
  /** Where the reports materially disagree; absent, the variants are compatible accounts. */
  conflict?: { kind: ConflictKind; note: string };
  /** Where the variants differ only in detail or wording. */
  detail?: { note: string };
  variants: Variant[];
}

export interface ClaimIndex {
  version: 1;
  /** Each topic file, its number of claims, and where its meetings took place (the file's `venue`), if it says. */
  topics: { id: string; title: string; claims: number; venue?: string[][] }[];
  sources: Source[];
  /** Every alias spelling, mapped to its canonical form; both in lower case, possibly multi-word. */
  aliases: Record<string, string>;
  /** The lexicon's `@places`, as phrases: places a sentence may name. */
  places: string[][];
  /** The lexicon's `@named-men` and `@named-women`: the surnames a later sentence's "he" or "she" may stand for. */
  people: { he: string[]; she: string[] };
  /** The lexicon's `@other-wars` and `@war-sides`: a sentence naming one of the first and none of the second tells of another war. */
  otherWars: { names: string[][]; sides: string[][] };
  /** The lexicon's `@other-venues`: places of other meetings, which rule out a topic's claims where it gives a `venue` the sentence does not name. */
  otherVenues: string[][];
  claims: Claim[];
}
