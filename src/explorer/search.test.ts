import { describe, expect, it } from 'vitest';
import { loadClaimBase } from '../claims/load-node';
import { CONFLICT_KINDS, type Claim } from '../claims/schema';
import { claimElementId, claimSourceIds, createClaimSearch, formatHash, isKindFilter, KINDS, NO_FILTERS, parseHash } from './search';

const index = loadClaimBase();
const search = createClaimSearch(index);
const ids = (claims: Claim[]) => claims.map((c) => c.id);
const byId = (id: string) => index.claims.find((c) => c.id === id)!;
const run = (f: Partial<typeof NO_FILTERS>) => search.run({ ...NO_FILTERS, ...f });

/** Lower-case words of a text, as a reader would type them. */
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** For a claim, the word of its quotes that the fewest other claims use anywhere (question, statements, quotes). */
function rarestQuoteWord(claim: Claim): string {
  const claimText = (c: Claim) => new Set(words([c.question, ...c.variants.flatMap((v) => [v.statement, ...v.sources.map((s) => s.quote)])].join(' ')));
  const texts = index.claims.map(claimText);
  const candidates = [...new Set(claim.variants.flatMap((v) => v.sources.flatMap((s) => words(s.quote))))].filter((w) => w.length >= 5 && !/^\d+$/.test(w));
  candidates.sort((a, b) => texts.filter((t) => t.has(a)).length - texts.filter((t) => t.has(b)).length || a.localeCompare(b));
  return candidates[0]!;
}

describe('claim search', () => {
  it('with no query and no filter gives every claim in index order', () => {
    expect(ids(run({}))).toEqual(ids(index.claims));
    expect(search.total).toBe(index.claims.length);
    expect(ids(run({ query: '   ' }))).toEqual(ids(index.claims));
  });

  it('finds a claim by a word that only appears in one of its quotes', () => {
    // A spread of claims across the base, each found by its own rarest quote word.
    const sample = index.claims.filter((_, i) => i % 15 === 0);
    expect(sample.length).toBeGreaterThan(5);
    for (const claim of sample) {
      const w = rarestQuoteWord(claim);
      const found = ids(run({ query: w }));
      expect(found, `"${w}" for ${claim.id}`).toContain(claim.id);
      expect(found.indexOf(claim.id), `"${w}" for ${claim.id}`).toBeLessThan(5);
    }
  });

  it('finds a quote by several of its words, and adding words narrows the results', () => {
    const claim = byId('people.sybiha-title');
    const quote = claim.variants[1]!.sources[0]!.quote; // "Andrii Sybiha, Ukraine's deputy foreign minister"
    const one = ids(run({ query: 'sybiha' }));
    const three = ids(run({ query: 'sybiha deputy minister' }));
    expect(one).toContain(claim.id);
    expect(three[0]).toBe(claim.id);
    expect(three.length).toBeLessThan(one.length);
    expect(three.every((id) => one.includes(id))).toBe(true);
    expect(ids(run({ query: quote }))[0]).toBe(claim.id);
  });

  it('finds claims by outlet: every claim quoting that outlet', () => {
    const qatar = index.sources.find((s) => s.outlet === 'Qatar Tribune')!;
    expect(qatar).toBeDefined();
    const expected = index.claims.filter((c) => claimSourceIds(c).includes(qatar.id)).map((c) => c.id);
    const found = ids(run({ query: 'Qatar Tribune' }));
    expect(expected.length).toBeGreaterThan(0);
    for (const id of expected) expect(found).toContain(id);
    // Claims not quoting the Qatar Tribune are found only when their own text says "Qatar" (none do today).
    const others = found.filter((id) => !expected.includes(id));
    for (const id of others) expect(JSON.stringify(byId(id)).toLowerCase()).toContain('qatar');
    // A wire service named only as a source's wire is an outlet too.
    const dpa = index.sources.find((s) => s.wire === 'DPA')!;
    for (const c of index.claims.filter((c) => claimSourceIds(c).includes(dpa.id))) expect(ids(run({ query: 'DPA' }))).toContain(c.id);
  });

  it('is fuzzy: a typo still finds the claim', () => {
    expect(ids(run({ query: 'Sybiah' }))).toContain('people.sybiha-title');
    expect(ids(run({ query: 'Qatr Tribun' }))).toContain(index.claims.find((c) => claimSourceIds(c).includes('000_43242b43e3f2e229'))!.id);
    const prisoners = ids(run({ query: 'prisoners' }));
    const typo = ids(run({ query: 'prisonners' }));
    expect(prisoners.length).toBeGreaterThan(0);
    expect(typo).toEqual(expect.arrayContaining(prisoners.slice(0, 3)));
  });

  it('finds a claim by its id, first', () => {
    for (const c of [index.claims[0]!, index.claims[index.claims.length - 1]!, byId('people.sybiha-title')]) {
      expect(ids(run({ query: c.id }))[0]).toBe(c.id);
    }
  });

  it('finds nothing for words no claim has', () => {
    expect(run({ query: 'xylophone zqxwv' })).toEqual([]);
    // Punctuation only, or a very long query: no word to search for, and no error.
    expect(() => run({ query: '?! … “”' })).not.toThrow();
    expect(() => run({ query: 'prisoners '.repeat(40) + 'x'.repeat(80) })).not.toThrow();
  });

  it('offers the conflict kinds of the schema, in its order', () => {
    expect(KINDS).toEqual([...CONFLICT_KINDS]);
    for (const k of [...CONFLICT_KINDS, 'any', 'none']) expect(isKindFilter(k)).toBe(true);
    expect(isKindFilter('contradictions')).toBe(false);
  });

  it('filters by conflict kind: exactly the claims with that kind, or with no conflict', () => {
    let covered = 0;
    for (const kind of CONFLICT_KINDS) {
      const expected = index.claims.filter((c) => c.conflict?.kind === kind).map((c) => c.id);
      expect(ids(run({ kind })), kind).toEqual(expected);
      covered += expected.length;
    }
    const none = index.claims.filter((c) => !c.conflict).map((c) => c.id);
    expect(ids(run({ kind: 'none' }))).toEqual(none);
    expect(covered + none.length).toBe(index.claims.length);
    // The base has conflicts of several kinds, so the filter is tested on real data, not only empty lists.
    expect(CONFLICT_KINDS.filter((k) => run({ kind: k }).length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('filters by report: exactly the claims that quote that source', () => {
    for (const s of index.sources) {
      const expected = index.claims.filter((c) => c.variants.some((v) => v.sources.some((x) => x.source === s.id))).map((c) => c.id);
      expect(expected.length, s.id).toBeGreaterThan(0);
      expect(ids(run({ source: s.id })), s.id).toEqual(expected);
    }
    expect(run({ source: 'no-such-source' })).toEqual([]);
  });

  it('combines the query with both filters', () => {
    const source = '002_7cd15216d6601b6c';
    const all = run({ query: 'minister' });
    const narrowed = run({ query: 'minister', kind: 'contradiction', source });
    const expected = all.filter((c) => c.conflict?.kind === 'contradiction' && claimSourceIds(c).includes(source));
    expect(ids(narrowed)).toEqual(ids(expected));
    expect(narrowed.length).toBeGreaterThan(0);
  });
});

describe('URL hash', () => {
  it('reads #claim= and #q=, decoding them', () => {
    expect(parseHash('#claim=people.sybiha-title')).toEqual({ claim: 'people.sybiha-title' });
    expect(parseHash('#q=deputy%20foreign%20minister')).toEqual({ q: 'deputy foreign minister' });
    expect(parseHash('#q=a+b&claim=x.y')).toEqual({ q: 'a b', claim: 'x.y' });
    expect(parseHash('')).toEqual({});
    expect(parseHash('#something-else')).toEqual({});
  });

  it('writes what it reads', () => {
    for (const s of [{ claim: 'exchange.saturday-count' }, { q: 'Qatar & "Tribune" #1' }, {}]) expect(parseHash(formatHash(s))).toEqual(s);
  });
});

describe('claimElementId', () => {
  it('gives a plain id, distinct for distinct claim ids', () => {
    const all = index.claims.map((c) => claimElementId(c.id));
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^claim-[a-z0-9_-]+$/);
    expect(claimElementId('people.sybiha-title')).toBe('claim-people_2e_sybiha-title');
    expect(claimElementId('a"b <x>')).toMatch(/^claim-[a-z0-9_-]+$/);
    expect(claimElementId('a.b')).not.toBe(claimElementId('a_2e_b'));
  });
});
