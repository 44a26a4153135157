import { describe, expect, it } from 'vitest';
import { loadClaimBase } from '../claims/load-node';
import { loadEvalSet } from '../eval/eval-set';
import { splitSentences } from '../text/sentences';
import { Matcher } from './matcher';
import { compileGate, gatePattern, gateTerms } from './topic-gate';

const index = loadClaimBase();
const matcher = new Matcher(index);
const gate = compileGate(gatePattern(gateTerms(index)));

describe('topic gate', () => {
  it('passes every source quote and every report (they all state claims)', () => {
    const quotes = index.claims.flatMap((c) => c.variants.flatMap((v) => v.sources.map((s) => s.quote)));
    expect(quotes.length).toBeGreaterThan(200);
    for (const q of quotes) if (matcher.matchText(q).annotations.length) expect(gate.test(q), q).toBe(true);
  });

  it('never rejects a text the matcher marks: transliterations, diacritics, case', () => {
    const texts = [
      'KIEV: Russia and Ukraine released a further 307 prisoners each on Saturday.',
      'In Kyïv, officials said at least 15 people were injured in the attack.',
      'Zelenskyy said 307 prisoners were freed on Saturday, in Ukrainian exchange talks.',
      'Odessa port: three people were killed.',
    ];
    for (const t of texts) {
      const marked = matcher.matchText(t).annotations.length > 0;
      if (marked) expect(gate.test(t), t).toBe(true);
    }
    expect(gate.test('In Kyïv, nothing happened.')).toBe(true);
    expect(gate.test('ＵＫＲＡＩＮＥ')).toBe(false); // full-width letters are not folded by the tokenizer either
  });

  it('rejects text without any topic word, and that text gets no mark', () => {
    const t = 'The city council met on Tuesday. About 307 fans travelled to the away game, and 15 were injured in a crush. Café owners agreed.';
    expect(gate.test(t)).toBe(false);
    expect(splitSentences(t).flatMap((s) => matcher.matchSentence(s))).toEqual([]);
  });

  it('every term comes from a context phrase or an alias spelling of one', () => {
    const terms = gateTerms(index);
    const contextWords = new Set(index.claims.flatMap((c) => c.context.map((p) => p[0]!.replace(/\*$/, ''))));
    for (const t of terms) expect(contextWords.has(t) || Object.keys(index.aliases).some((a) => a.startsWith(t)), t).toBe(true);
  });

  it('stays linear on long runs of letters around a diacritic (no backtracking blow-up)', () => {
    // A quadratic scan of these 400,000 letters would run far past the test's timeout.
    const cjk = '漢'.repeat(200_000) + 'é' + '字'.repeat(200_000);
    expect(gate.test(cjk)).toBe(false);
    expect(gate.test(`${'漢'.repeat(100_000)} Kyïv ${'字'.repeat(100_000)}`)).toBe(true);
  });

  it('passes every sentence of the evaluation set that the matcher marks (with its context)', () => {
    const items = loadEvalSet();
    let marked = 0;
    for (const it of items) {
      if (!matcher.matchText(it.text, it.context).annotations.length) continue;
      marked++;
      expect(gate.test(`${it.context ?? ''}\n${it.text}`), it.id).toBe(true);
    }
    expect(marked).toBeGreaterThan(200);
  });
});
