/**
 * `npm run claims:draft -- FILE`: reads a new report and proposes, sentence by
 * sentence, which match existing claims, which give a different figure or
 * name, and which state facts not yet in the base, with a YAML skeleton for
 * each new fact ready to curate into assets/claims/.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import Fuse from 'fuse.js';
import { stringify } from 'yaml';
import { Matcher } from '../match/matcher';
import { htmlToText, looksLikeHtml } from '../page/parse-html';
import { splitSentences } from '../text/sentences';
import { loadClaimBase } from '../claims/load-node';

// Piped into `head` and the like: stop quietly when the reader closes the pipe.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run claims:draft -- FILE (a new report, plain text or HTML)');
  process.exit(2);
}
let raw: string;
try {
  raw = readFileSync(file, 'utf8');
} catch (e) {
  console.error(`claims:draft: cannot read ${file}: ${(e as Error).message}`);
  process.exit(1);
}
const text = looksLikeHtml(file, raw) ? htmlToText(raw) : raw;
const reportId = basename(file, extname(file));
const index = loadClaimBase();
const matcher = new Matcher(index);
const quotes = index.claims.flatMap((c) => c.variants.flatMap((v) => v.sources.map((s) => ({ claim: c.id, quote: s.quote }))));
const nearest = new Fuse(quotes, { keys: ['quote'], useTokenSearch: true, includeScore: true, ignoreLocation: true, threshold: 0.35 });

const sections = { same: [] as string[], differs: [] as string[], unresolved: [] as string[], near: [] as string[], fresh: [] as object[] };
const looksFactual = (s: string) => /\d|["“”]|\b(said|says|told|wrote|announced|confirmed|reported|according)\b/i.test(s) || /\s\p{Lu}\p{Ll}+/u.test(s);

for (const s of splitSentences(text)) {
  const found = matcher.matchSentence(s, undefined);
  const withContext = found.length ? found : matcher.matchText(s.text, text.slice(0, 20_000)).annotations;
  if (withContext.length) {
    for (const a of withContext) {
      const line = `  ${a.claimId}\n    "${s.text}"`;
      if (a.stance === 'differs') sections.differs.push(`${line}\n    page says: ${a.pageValue ?? '(negates the claim)'}; the base has: ${index.claims.find((c) => c.id === a.claimId)!.variants.map((v) => v.statement).join(' | ')}`);
      else if (a.stance === 'unresolved') sections.unresolved.push(line);
      else sections.same.push(`${line}\n    same as: ${a.agreeSources.join(', ')}`);
    }
    continue;
  }
  const near = nearest.search(s.text, { limit: 1 })[0];
  if (near && (near.score ?? 1) < 0.35) {
    sections.near.push(`  ${near.item.claim}?\n    "${s.text}"\n    resembles: "${near.item.quote}" (extend the claim's match phrases or add this source as a variant)`);
    continue;
  }
  if (s.text.length > 40 && looksFactual(s.text))
    sections.fresh.push({
      id: 'TOPIC.SLUG',
      question: 'TODO: the question this sentence answers',
      match: { all: [['TODO: subject words'], ['TODO: predicate words']] },
      variants: [{ id: 'TODO', statement: 'TODO: plain words', sources: [{ source: reportId, quote: s.text }] }],
    });
}

console.log(`claims:draft ${file}: ${splitSentences(text).length} sentences, source id "${reportId}" (add it to assets/reports/sources.yaml)\n`);
console.log(`Matches existing claims (add "${reportId}" to the variant's sources with its quote):\n${sections.same.join('\n') || '  none'}\n`);
console.log(`Gives a DIFFERENT figure, name or title than the base (a new variant, and a conflict):\n${sections.differs.join('\n') || '  none'}\n`);
console.log(`States a claim without its disputed part:\n${sections.unresolved.join('\n') || '  none'}\n`);
console.log(`Resembles a claim but did not match (check by hand):\n${sections.near.join('\n') || '  none'}\n`);
console.log(`New facts not yet in the base (${sections.fresh.length}); YAML drafts to curate:\n`);
if (sections.fresh.length) console.log(stringify(sections.fresh));
