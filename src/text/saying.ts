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
