/**
 * The kinds of conflict between sources, in the order readers are offered
 * them, and the key of each kind's words in the messages (assets/locales).
 * A module of its own, with no zod: the extension's pages and the card import
 * it without the claim-file schema.
 */
export const CONFLICT_KINDS = [
  'contradiction',
  'changed-over-time',
  'part-vs-whole',
  'attribution',
  'quote-wording',
  'omission',
] as const;

export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** `card.kind.<key>`, `explorer.kind.<key>`, `explorer.verdict.<key>`: message keys are camel case. */
export const CONFLICT_KIND_KEY = {
  contradiction: 'contradiction',
  'changed-over-time': 'changedOverTime',
  'part-vs-whole': 'partVsWhole',
  attribution: 'attribution',
  'quote-wording': 'quoteWording',
  omission: 'omission',
} as const satisfies Record<ConflictKind, string>;
