/**
 * `npm run claims:build`: validates assets/claims/*.yaml against the reports
 * and writes .generated/claim-index.json. Exits non-zero with every problem
 * named (file and claim) when the claim base is broken.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ClaimBaseError } from '../claims/compile';
import { CLAIM_INDEX_PATH, loadClaimBase, TOPIC_GATE_PATH } from '../claims/load-node';
import { gatePattern, gateTerms } from '../match/topic-gate';

try {
  const index = loadClaimBase();
  mkdirSync(dirname(CLAIM_INDEX_PATH), { recursive: true });
  writeFileSync(CLAIM_INDEX_PATH, `${JSON.stringify(index)}\n`);
  // The content script's first test: the words without which no claim can match (src/match/topic-gate.ts).
  const terms = gateTerms(index);
  const reports = new Set(index.sources.map((s) => s.report)).size;
  // With what the popup says the base covers (it does not load the index itself).
  writeFileSync(TOPIC_GATE_PATH, `${JSON.stringify({ terms, ...gatePattern(terms), claims: index.claims.length, reports })}\n`);
  const quotes = index.claims.reduce((n, c) => n + c.variants.reduce((m, v) => m + v.sources.length, 0), 0);
  const conflicts = index.claims.filter((c) => c.conflict).length;
  console.log(
    `claim base: ${index.claims.length} claims (${conflicts} with conflicting sources), ${quotes} verbatim quotes, ` +
      `${index.sources.length} sources -> ${CLAIM_INDEX_PATH}; topic gate: ${terms.length} terms`,
  );
} catch (e) {
  if (e instanceof ClaimBaseError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
