/**
 * Verbs of saying, in the forms news copy uses: one vocabulary for every reader of who said what (the
 * matcher's speakers and dates of saying, the discourse's speakers, negation's habits of saying). Not the
 * forms that are more often nouns or names: "states" ("the United States"), "reports", "posts", "notes".
 */
export const SAYING: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'stated', 'posted',
  'announced', 'announces', 'confirmed', 'confirms', 'reported', 'recalled', 'recalls', 'explained', 'explains',
  'insisted', 'insists', 'warned', 'warns', 'claimed', 'claims', 'accused', 'accuses', 'alleged', 'alleges', 'argued',
  'argues', 'denied', 'denies', 'maintained', 'maintains', 'responded', 'responds', 'noted', 'briefed', 'speaking',
]);

/**
 * The verbs that name a quotation's speaker right after it ('"Stay in shelters!" Klitschko wrote.',
 * '... of terror," said Lammy.'): verbs of utterance only. Here "posts" is a verb, and the verbs of SAYING
 * that take an object of their own ("accused Russia", "denied", "claimed") are left out, because after a
 * quotation they begin a statement of the speaker's own.
 */
export const QUOTING: ReadonlySet<string> = new Set([
  'said', 'says', 'wrote', 'writes', 'told', 'tells', 'added', 'adds', 'stated', 'posted', 'posts', 'declared',
  'stressed', 'noted', 'explained', 'continued', 'insisted', 'warned', 'warns', 'urged', 'urges', 'asked', 'asks',
  'exclaimed', 'shouted', 'tweeted',
]);

/** A regular-expression alternation of `words`, as a non-capturing group. */
export function wordsPattern(words: ReadonlySet<string>): string {
  return `(?:${[...words].join('|')})`;
}
