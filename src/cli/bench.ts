/**
 * `npm run bench`: the matcher against the naive baseline (one default
 * `new Fuse(allQuotes).search(sentence)` per sentence), measured side by side
 * in one run on the same inputs; per-sentence time with the claim base scaled
 * to 10x and 100x with synthetic claims; the shipped index's size (raw and
 * gzipped) and its heap cost once loaded. Prints ratios, asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { loadClaimBase, readReports } from '../claims/load-node';
import type { Claim, ClaimIndex } from '../claims/schema';
import { loadEvalSet } from '../eval/eval-set';
import { scoreItems } from '../eval/score';
import { SENSITIVITY } from '../match/calibration';
import { Matcher } from '../match/matcher';
import type { Annotation } from '../match/types';
import { splitSentences } from '../text/sentences';
import { scoreLine } from './eval';

const index = loadClaimBase();
const evalItems = loadEvalSet();
const reportSentences = Object.values(readReports()).flatMap((t) => splitSentences(t).map((s) => s.text));
const inputs = [...evalItems.map((i) => i.text), ...reportSentences];

/** The naive baseline: one Fuse over every quote, default options, one search per sentence. */
class Baseline {
  private readonly quotes: { quote: string; claim: Claim; variant: number }[];
  private readonly fuse: Fuse<string>;
  constructor(idx: ClaimIndex) {
    this.quotes = idx.claims.flatMap((claim) => claim.variants.flatMap((v, vi) => v.sources.map((s) => ({ quote: s.quote, claim, variant: vi }))));
    this.fuse = new Fuse(this.quotes.map((q) => q.quote));
  }
  annotate(sentence: string): Annotation[] {
    const top = this.fuse.search(sentence)[0];
    if (!top) return [];
    const { claim, variant } = this.quotes[top.refIndex]!;
    const v = claim.variants[variant]!;
    const others = claim.variants.filter((x) => x !== v).flatMap((x) => x.sources);
    return [{
      sentence, start: 0, end: sentence.length, claimId: claim.id, statement: v.statement, stance: 'agrees', variantId: v.id,
      agree: [...new Set(v.sources.map((s) => s.report))], conflict: [...new Set(others.map((s) => s.report))],
      agreeSources: v.sources.map((s) => s.source), conflictSources: others.map((s) => s.source),
      pageValue: null, score: 1 - (top.score ?? 1),
    }];
  }
}

function timeIt(fn: () => void, minMs = 1500): number {
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = performance.now() - t0;
  } while (elapsed < minMs);
  return elapsed / runs;
}

/** Scale the base with synthetic claims about other entities: same shape, words that real text does not use. */
function scaled(idx: ClaimIndex, factor: number): ClaimIndex {
  const claims: Claim[] = [...idx.claims];
  for (let k = 1; k < factor; k++)
    for (const c of idx.claims) {
      const tag = (w: string) => `zq${k.toString(36)}${w}`;
      claims.push({
        ...c,
        id: `${c.id}-synthetic-${k}`,
        all: c.all.map((g, gi) => (gi === 0 ? g.map((p) => p.map(tag)) : g)),
        context: c.context.map((p) => p.map(tag)),
      });
    }
  return { ...idx, claims };
}

const matcher = new Matcher(index, { minScore: SENSITIVITY.standard });
const baseline = new Baseline(index);

console.log(`inputs: ${inputs.length} sentences (evaluation set + the reports' own sentences); claim base ${index.claims.length} claims`);

// Warm up both, then time them alternately so machine load falls on both alike.
for (const s of inputs.slice(0, 50)) { matcher.matchText(s); baseline.annotate(s); }
const tMatcher: number[] = [];
const tBaseline: number[] = [];
for (let round = 0; round < 3; round++) {
  tMatcher.push(timeIt(() => { for (const s of inputs) matcher.matchText(s); }, 800));
  tBaseline.push(timeIt(() => { for (const s of inputs) baseline.annotate(s); }, 800));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mPer = median(tMatcher) / inputs.length;
const bPer = median(tBaseline) / inputs.length;
console.log(`\nthroughput: matcher ${(1000 / mPer).toFixed(0)} sentences/s, baseline ${(1000 / bPer).toFixed(0)} sentences/s`);
console.log(`THROUGHPUT RATIO matcher/baseline: ${(bPer / mPer).toFixed(1)}x (target >= 300x)`);

const accM = scoreItems(evalItems, (it) => matcher.matchText(it.text, it.context).annotations).scores;
const accB = scoreItems(evalItems, (it) => baseline.annotate(it.text)).scores;
console.log('\naccuracy on the whole evaluation set:');
console.log(scoreLine('matcher', accM));
console.log(scoreLine('baseline', accB));

console.log('\nscaling (per-sentence time, same inputs; median of 3 interleaved rounds):');
const factors = [1, 10, 100];
const scaledMatchers = factors.map((f) => new Matcher(f === 1 ? index : scaled(index, f), { minScore: SENSITIVITY.standard }));
for (const m of scaledMatchers) for (const s of inputs.slice(0, 50)) m.matchText(s);
const perFactor: number[][] = factors.map(() => []);
for (let round = 0; round < 3; round++)
  scaledMatchers.forEach((m, i) => perFactor[i]!.push(timeIt(() => { for (const s of inputs) m.matchText(s); }, 600) / inputs.length));
const base1 = median(perFactor[0]!);
factors.forEach((factor, i) => {
  const per = median(perFactor[i]!);
  console.log(`  ${String(factor).padStart(3)}x claims (${scaledMatchers[i]!.index.claims.length}): ${(per * 1000).toFixed(1)} µs/sentence, ${(per / base1).toFixed(2)}x the 1x time (target <= 1.5x at 100x)`);
});

const raw = readFileSync(new URL('../../.generated/claim-index.json', import.meta.url));
console.log(`\nshipped index: ${(raw.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KiB gzipped`);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  // Twice: the first collection can leave garbage of the timing loops for the second.
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const loaded = new Matcher(JSON.parse(raw.toString('utf8')) as ClaimIndex);
  loaded.matchText('warm up');
  gc();
  const after = process.memoryUsage().heapUsed;
  console.log(`heap once loaded (parsed index + matcher): ${((after - before) / 1024).toFixed(0)} KiB`);
  void loaded;
} else console.log('heap: run with node --expose-gc to measure');
