/**
 * `npm run eval:real`: the figures per sentence (VERDICTS.md) on real
 * coverage: articles from other outlets, read from the OS temp folder (see
 * tests/eval/real/README.md), labelled in tests/eval/real/. Printed for the
 * held-out articles (never tuned on), the tuning articles, and all.
 *
 *   npm run eval:real                  figures
 *   npm run eval:real -- --errors      also every mistake on the tuning articles
 *   npm run eval:real -- --list d01    one article's sentences: index, hash, what Crosscheck shows (for labelling)
 *
 * When no article text is present it says so in one line and exits 0.
 */
import type { ClaimIndex } from '../claims/schema';
import { loadClaimBase } from '../claims/load-node';
import { expectedVerdict } from '../eval/labels';
import { loadRealLabels, readArticle, realSplits, realTextDir, type RealArticle, type RealLabelFile } from '../eval/real-set';
import { scoreSentences, sentenceScoreLines, type Judged } from '../eval/sentence-score';
import { SENSITIVITY } from '../match/calibration';
import { Matcher } from '../match/matcher';
import type { Annotation } from '../match/types';
import { newDiscourse } from '../match/antecedent';
import { shownVerdict, type Verdict } from '../verdict/verdict';

interface Outcome extends Judged {
  article: string;
  index: number;
  text: string;
  annotations: Annotation[];
  claims: string[];
  agree: string[];
  conflict: string[];
}

/** What Crosscheck shows on each sentence of an article, the article being the page context. */
export function annotateArticle(matcher: Matcher, article: RealArticle): { verdict: Verdict | null; annotations: Annotation[] }[] {
  const context = matcher.contextTokens(article.text);
  const discourse = newDiscourse();
  return article.sentences.map((s) => {
    const annotations = matcher.matchSentence(s.text, context, {}, undefined, discourse);
    return { verdict: shownVerdict(annotations), annotations };
  });
}

/** Labels must name real claims and real reports, and a report cannot both agree and conflict. */
export function validateRealLabels(index: ClaimIndex, files: RealLabelFile[]): string[] {
  const problems: string[] = [];
  const claims = new Set(index.claims.map((c) => c.id));
  const reports = new Set(index.sources.map((s) => s.report));
  for (const f of files) {
    const seen = new Set<number>();
    for (const l of f.sentences) {
      const at = `tests/eval/real/${f.article}.yaml sentence ${l.i}`;
      if (seen.has(l.i)) problems.push(`${at}: labelled twice`);
      seen.add(l.i);
      for (const c of l.claims) if (!claims.has(c)) problems.push(`${at}: unknown claim "${c}"`);
      for (const r of [...l.agree, ...l.conflict]) if (!reports.has(r)) problems.push(`${at}: unknown report "${r}"`);
      if (l.agree.some((r) => l.conflict.includes(r))) problems.push(`${at}: a report both agrees and conflicts`);
      if (l.label === 'none' && (l.agree.length || l.conflict.length || l.page_differs)) problems.push(`${at}: "none" with reports`);
      if (l.label === 'match' && !l.agree.length && !l.conflict.length) problems.push(`${at}: "match" without reports`);
    }
  }
  return problems;
}

const short = (ids: string[]) => ids.map((r) => r.slice(0, 3)).join(',');

function list(matcher: Matcher, article: RealArticle, labels: RealLabelFile | undefined, split: string): void {
  const byIndex = new Map(labels?.sentences.map((l) => [l.i, l]));
  console.log(`${article.id} (${split}) date ${article.date ?? '-'}: ${article.sentences.length} sentences`);
  annotateArticle(matcher, article).forEach(({ verdict, annotations }, i) => {
    const s = article.sentences[i]!;
    const l = byIndex.get(i);
    const shown = verdict ? `${verdict} ${annotations.map((a) => `${a.claimId}[${a.stance}${a.pageValue ? ` "${a.pageValue}"` : ''}]`).join(' ')}` : '-';
    const want = l ? ` | label ${expectedVerdict(l) ?? 'none'}${l.hash !== s.hash ? ' HASH MISMATCH' : ''}` : '';
    console.log(`\n[${i}] ${s.hash} block ${s.block}${want}\n  ${s.text}\n  shows: ${shown}`);
  });
}

function printErrors(outcomes: Outcome[]): void {
  for (const o of outcomes) {
    if (o.got === o.expected) continue;
    console.log(`\n[${o.article} ${o.index}] expected ${o.expected ?? 'none'} (${o.claims.join(' ') || '-'}; agree ${short(o.agree)} conflict ${short(o.conflict)}), got ${o.got ?? 'none'}\n  ${o.text}`);
    for (const a of o.annotations)
      console.log(`   ${a.claimId} ${a.stance}${a.pageValue ? ` "${a.pageValue}"` : ''} agree ${short(a.agree)} conflict ${short(a.conflict)}`);
  }
}

function main(argv: string[]): number {
  const index = loadClaimBase();
  const matcher = new Matcher(index, { minScore: SENSITIVITY.standard });
  const files = loadRealLabels();
  const problems = validateRealLabels(index, files);
  if (problems.length) {
    console.error(problems.join('\n'));
    return 1;
  }
  const listAt = argv.indexOf('--list');
  if (listAt >= 0) {
    const id = argv[listAt + 1] ?? '';
    const article = readArticle(id);
    if (!article) {
      console.error(`eval:real: no text for "${id}" in ${realTextDir()}`);
      return 1;
    }
    list(matcher, article, files.find((f) => f.article === id), realSplits(files).get(id) ?? 'unlabelled');
    return 0;
  }
  const outcomes: Outcome[] = [];
  const missing: string[] = [];
  const mismatched: string[] = [];
  for (const f of files) {
    const article = readArticle(f.article);
    if (!article) {
      missing.push(f.article);
      continue;
    }
    const shown = annotateArticle(matcher, article);
    for (const l of f.sentences) {
      const s = article.sentences[l.i];
      if (!s || s.hash !== l.hash) {
        mismatched.push(`${f.article}:${l.i}`);
        continue;
      }
      if (l.unsure) continue;
      const { verdict, annotations } = shown[l.i]!;
      outcomes.push({ article: f.article, index: l.i, text: s.text, expected: expectedVerdict(l), got: verdict, annotations, claims: l.claims, agree: l.agree, conflict: l.conflict });
    }
  }
  if (!outcomes.length) {
    console.log(`eval:real: no labelled article text in ${realTextDir()} (see tests/eval/real/README.md); nothing to score`);
    return 0;
  }
  if (missing.length) console.log(`texts absent, skipped: ${missing.join(' ')}`);
  if (mismatched.length) console.log(`sentences whose text no longer matches its label's hash, skipped: ${mismatched.length} (${mismatched.slice(0, 8).join(' ')}${mismatched.length > 8 ? ' ...' : ''})`);
  const splits = realSplits(files);
  const split = (s: 'tune' | 'test') => outcomes.filter((o) => splits.get(o.article) === s);
  const articles = (os: Outcome[]) => [...new Set(os.map((o) => o.article))].join(' ');
  console.log(`real coverage: ${files.length} labelled articles; held out: ${articles(split('test'))}; tuning: ${articles(split('tune'))}`);
  for (const line of sentenceScoreLines('HELD-OUT', scoreSentences(split('test')))) console.log(line);
  for (const line of sentenceScoreLines('tuning', scoreSentences(split('tune')))) console.log(line);
  for (const line of sentenceScoreLines('all', scoreSentences(outcomes))) console.log(line);
  // Mistakes are listed for the tuning articles only, so the held-out ones stay unseen while tuning.
  if (argv.includes('--errors')) printErrors(split('tune'));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
