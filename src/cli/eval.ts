/**
 * `npm run eval`: precision, recall and F1 of matching on the labelled
 * evaluation set, and how often the agree/conflict lists are exactly right.
 * Figures are printed for the held-out test half (never tuned on), the tuning
 * half, and all. `--calibrate` sweeps the similarity threshold on the tuning
 * half; `--errors` lists every mistake. It also scores the sentences labelled
 * with a verdict only (tests/eval/verdicts, src/eval/verdict-set.ts).
 */
import type { ClaimIndex } from '../claims/schema';
import { SENSITIVITY } from '../match/calibration';
import { Matcher } from '../match/matcher';
import { loadEvalSet, type EvalItem } from '../eval/eval-set';
import { scoreItems, type ItemOutcome, type Scores } from '../eval/score';
import { loadClaimBase } from '../claims/load-node';
import { scoreSentences, sentenceScoreLines, type Judged } from '../eval/sentence-score';
import { judgeVerdictItems, loadVerdictSet } from '../eval/verdict-set';
import { verdictOf, verdictsBySentence, type Verdict } from '../verdict/verdict';

const fmt = (x: number) => x.toFixed(3);
export function scoreLine(name: string, s: Scores): string {
  return `${name.padEnd(10)} items ${String(s.items).padStart(4)}  pairs tp ${s.tp} fp ${s.fp} fn ${s.fn}  precision ${fmt(s.precision)}  recall ${fmt(s.recall)}  F1 ${fmt(s.f1)}  lists exactly right ${fmt(s.listsRightRate)} (${s.listsRight}/${s.tp})`;
}

export function evaluate(matcher: Matcher, items: EvalItem[]) {
  return scoreItems(items, (it) => matcher.matchText(it.text, it.context).annotations);
}

function printErrors(outcomes: ItemOutcome[]): void {
  for (const o of outcomes) {
    if (!o.falsePositives.length && !o.missed.length && !o.wrongLists.length) continue;
    console.log(`\n[${o.item.id} ${o.item.kind} ${o.item.split}] ${o.item.text}`);
    for (const a of o.falsePositives) console.log(`   FP ${a.claimId} (${a.stance}, score ${a.score})`);
    for (const c of o.missed) console.log(`   MISSED ${c}`);
    for (const w of o.wrongLists)
      console.log(`   LISTS ${w.claim}: expected agree [${w.expected.agree}] conflict [${w.expected.conflict}], got agree [${w.got.agree}] conflict [${w.got.conflict}] (${w.got.stance} ${w.got.pageValue ?? ''})`);
  }
}

/**
 * The verdict a reader should see on an item (VERDICTS.md): from the union of
 * its expected claims' lists; a fact with no agreeing report and some
 * conflicting ones is one where the page differs.
 */
export function expectedItemVerdict(item: EvalItem): Verdict | null {
  if (!item.expect.length) return null;
  return verdictOf({
    pageDiffers: item.expect.some((e) => !e.agree.length && e.conflict.length > 0),
    agree: [...new Set(item.expect.flatMap((e) => e.agree))],
    conflict: [...new Set(item.expect.flatMap((e) => e.conflict))],
  });
}

/** Each item judged as a reader meets it: one sentence, one verdict or none. */
export function judgeItems(matcher: Matcher, items: EvalItem[]): Judged[] {
  return items.map((it) => {
    const shown = verdictsBySentence(matcher.matchText(it.text, it.context).annotations);
    return { expected: expectedItemVerdict(it), got: shown.length ? verdictOf({ pageDiffers: shown.some((s) => s.pageDiffers), agree: shown.flatMap((s) => s.agree), conflict: shown.flatMap((s) => s.conflict) }) : null };
  });
}

/** Labels must name real claims, and only reports that back the claim. */
export function validateLabels(index: ClaimIndex, items: EvalItem[]): string[] {
  const problems: string[] = [];
  const claims = new Map(index.claims.map((c) => [c.id, c]));
  for (const it of items)
    for (const e of it.expect) {
      const c = claims.get(e.claim);
      if (!c) {
        problems.push(`${it.file} ${it.id}: unknown claim "${e.claim}"`);
        continue;
      }
      const reports = new Set(c.variants.flatMap((v) => v.sources.map((s) => s.report)));
      for (const r of [...e.agree, ...e.conflict])
        if (!reports.has(r)) problems.push(`${it.file} ${it.id}: report "${r}" gives nothing on ${e.claim}`);
      if (e.agree.some((r) => e.conflict.includes(r))) problems.push(`${it.file} ${it.id}: a report both agrees and conflicts on ${e.claim}`);
    }
  return problems;
}

function main(argv: string[]): void {
  const index = loadClaimBase();
  const items = loadEvalSet();
  const problems = validateLabels(index, items);
  if (problems.length || argv.includes('--validate')) {
    console.log(problems.length ? problems.join('\n') : `labels valid: ${items.length} items`);
    if (problems.length) process.exitCode = 1;
    return;
  }
  const tune = items.filter((i) => i.split === 'tune');
  const test = items.filter((i) => i.split === 'test');
  if (argv.includes('--calibrate')) {
    console.log('threshold sweep on the tuning half:');
    let best = { t: 0, f1: -1 };
    for (let t = 0; t <= 0.5001; t += 0.025) {
      const { scores } = evaluate(new Matcher(index, { minScore: t }), tune);
      console.log(scoreLine(`t=${t.toFixed(3)}`, scores));
      if (scores.precision >= 0.97 && scores.f1 > best.f1 + 1e-9) best = { t, f1: scores.f1 };
    }
    console.log(`\nchosen: minScore ${best.t.toFixed(3)} (tuning F1 ${fmt(best.f1)}); put it in src/match/calibration.ts`);
    return;
  }
  const matcher = new Matcher(index, { minScore: SENSITIVITY.standard });
  console.log(`evaluation set: ${items.length} sentences (${tune.length} tuning, ${test.length} held-out test), claim base ${index.claims.length} claims, threshold ${SENSITIVITY.standard}`);
  const byKind = new Map<string, number>();
  for (const i of items) byKind.set(i.kind, (byKind.get(i.kind) ?? 0) + 1);
  console.log(`kinds: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const testRun = evaluate(matcher, test);
  console.log(scoreLine('TEST', testRun.scores));
  console.log(scoreLine('tuning', evaluate(matcher, tune).scores));
  const all = evaluate(matcher, items);
  console.log(scoreLine('all', all.scores));
  console.log('\nper sentence, as a reader meets it (VERDICTS.md):');
  for (const line of sentenceScoreLines('TEST', scoreSentences(judgeItems(matcher, test)))) console.log(line);
  for (const line of sentenceScoreLines('tuning', scoreSentences(judgeItems(matcher, tune)))) console.log(line);
  // The sentences labelled with a verdict only (tests/eval/verdicts): tuned on, all of them.
  const verdictSet = loadVerdictSet(index);
  if (verdictSet.problems.length) {
    console.log(verdictSet.problems.join('\n'));
    process.exitCode = 1;
    return;
  }
  const judgedVerdicts = judgeVerdictItems(matcher, verdictSet.items);
  console.log(`\nsentences in other outlets' manner, labelled with a verdict (tests/eval/verdicts, tuned on): ${judgedVerdicts.length}, ${verdictSet.items.length - judgedVerdicts.length} unsure left out`);
  for (const line of sentenceScoreLines('outlets', scoreSentences(judgedVerdicts))) console.log(line);
  // Each file apart too: a file new to the matcher shows how it does on text it was not tuned on.
  const byFile = Map.groupBy(judgedVerdicts, (j) => j.item.at.replace(/:\d+$/, ''));
  for (const [file, judged] of byFile) {
    const s = scoreSentences(judged);
    console.log(`  ${file.replace(/^.*\//, '').padEnd(16)} ${s.sentences} sentences  marks P ${s.marks.precision.toFixed(3)} (${s.marks.right}/${s.marks.shown}) R ${s.marks.recall.toFixed(3)}  warnings P ${s.warnings.precision.toFixed(3)} (${s.warnings.right}/${s.warnings.shown}) R ${s.warnings.recall.toFixed(3)} (${s.warnings.right}/${s.warnings.due})`);
  }
  // Mistakes are listed for the tuning half only, so the held-out half stays unseen while tuning.
  if (argv.includes("--errors")) {
    printErrors(evaluate(matcher, tune).outcomes);
    for (const j of judgedVerdicts)
      if (j.got !== j.expected)
        console.log(`\n[${j.item.at}] expected ${j.expected ?? 'none'}, got ${j.got ?? 'none'} (${j.item.claims.join(' ') || '-'}: ${j.item.why})\n  ${j.item.text}\n   ${j.annotations.map((a) => `${a.claimId} ${a.stance}${a.pageValue ? ` "${a.pageValue}"` : ''}`).join('; ')}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
