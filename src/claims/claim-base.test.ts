// The curated claim base itself: complete, verbatim, unique, and with the conflicts a careful reader finds.
import { describe, expect, it } from 'vitest';
import { loadClaimBase, readReports } from './load-node';
import { compileAliases, normalizeText } from '../text/normalize';

const index = loadClaimBase();
const reports = readReports();

describe('the claim base', () => {
  it('has well over 100 claims, every one with sources and quotes', () => {
    expect(index.claims.length).toBeGreaterThan(100);
    for (const c of index.claims) for (const v of c.variants) expect(v.sources.length, c.id).toBeGreaterThan(0);
  });

  it('draws claims from every source of every report', () => {
    const perSource = new Map<string, number>();
    for (const c of index.claims) for (const v of c.variants) for (const s of v.sources) perSource.set(s.source, (perSource.get(s.source) ?? 0) + 1);
    for (const s of index.sources) expect(perSource.get(s.id) ?? 0, s.id).toBeGreaterThanOrEqual(8);
    expect(Object.keys(reports).sort()).toEqual([...new Set(index.sources.map((s) => s.report))].sort());
  });

  it('quotes every source verbatim (only white space and quote/dash marks normalised)', () => {
    // An independent check from the build's: a regex built from the quote's words, tolerant only of
    // white-space runs and of the mark variants.
    const marks: Record<string, string> = { "'": "['\u2018\u2019]", '"': '["\u201C\u201D]', '-': '[-\u2013\u2014]' };
    for (const c of index.claims)
      for (const v of c.variants)
        for (const s of v.sources) {
          const pattern = s.quote
            .trim()
            .split(/\s+/)
            .map((w) => [...w].map((ch) => marks[ch.replace(/[\u2018\u2019]/, "'").replace(/[\u201C\u201D]/, '"').replace(/[\u2013\u2014]/, '-')] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(''))
            .join('\\s+');
          expect(new RegExp(pattern).test(reports[s.report]!), `${c.id} / ${s.source}: ${s.quote}`).toBe(true);
        }
  });

  it('has unique claim ids and unique variant ids within each claim', () => {
    const ids = index.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of index.claims) expect(new Set(c.variants.map((v) => v.id)).size, c.id).toBe(c.variants.length);
  });

  it('gives every claim with several variants a conflict kind or a detail note, and at least two reports on different sides', () => {
    const multi = index.claims.filter((c) => c.variants.length > 1);
    expect(multi.filter((c) => c.conflict).length).toBeGreaterThanOrEqual(4);
    for (const c of multi) {
      expect(!!c.conflict !== !!c.detail, c.id).toBe(true);
      const sides = c.variants.map((v) => new Set(v.sources.map((s) => s.source)));
      expect(sides.filter((s) => s.size > 0).length, c.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('aliases', () => {
  const aliases = compileAliases(index.aliases);
  const norm = (s: string) => normalizeText(s, aliases).map((t) => t.norm).join(' ');

  it('resolve every spelling to its canonical form, and the canonical form to itself', () => {
    for (const [spelling, canonical] of Object.entries(index.aliases)) {
      expect(norm(spelling), spelling).toBe(norm(canonical));
      expect(norm(canonical)).toBe(canonical);
    }
  });

  it.each([
    ['Kiev', 'Kyiv'],
    ['Zelenskyy', 'Zelensky'],
    ['Andrii', 'Andriy'],
    ['Odessa', 'Odesa'],
    ['Vitalii', 'Vitali'],
    ['Tymur', 'Teymur'],
  ])('treat %s and %s as the same entity, both ways', (a, b) => {
    expect(norm(a)).toBe(norm(b));
    expect(norm(`${a} said`)).toBe(norm(`${b} said`));
  });
});

describe('the conflicts a careful reader finds', () => {
  // Read off the reports by hand: which reports stand on each side, and how they differ.
  // Material (VERDICTS.md): both accounts cannot be true as written, or a reader who takes one for the other
  // is misled. 'detail': the reports differ, but not materially (a hedge, more or less detail, two counts of
  // different things, several officials giving the same figures, two separate remarks).
  const EXPECTED: [claim: string, kind: string, sides: string[][]][] = [
    ['people.sybiha-title', 'contradiction', [['000', '001', '004'], ['002']]],
    ['people.tkachenko-title', 'detail', [['000'], ['002']]],
    ['strike.kyiv-injured', 'changed-over-time', [['000', '002'], ['004']]],
    ['strike.odesa-port-dead', 'changed-over-time', [['002', '004'], ['003']]],
    ['strike.districts-count', 'detail', [['000'], ['002']]],
    ['strike.difficult-night', 'detail', [['002', '004'], ['000']]],
    ['strike.attack-figures-attribution', 'detail', [['000'], ['004']]],
    ['strike.sybiha-sanctions-wording', 'quote-wording', [['000'], ['004']]],
    ['exchange.friday-composition-attribution', 'detail', [['003'], ['001']]],
    ['exchange.ministry-details', 'detail', [['001', '004'], ['002']]],
    ['exchange.largest', 'detail', [['000', '001'], ['002', '003']]],
    ['exchange.shaven-heads', 'detail', [['000'], ['003']]],
    ['talks.soldier-casualties', 'detail', [['002'], ['003']]],
  ];
  it.each(EXPECTED)('%s is a %s conflict with the right reports on each side', (id, kind, sides) => {
    const claim = index.claims.find((c) => c.id === id);
    expect(claim, id).toBeDefined();
    expect(claim!.conflict?.kind ?? (claim!.detail ? 'detail' : undefined)).toBe(kind);
    const got = claim!.variants.map((v) => [...new Set(v.sources.map((s) => s.report.slice(0, 3)))].sort()).sort();
    expect(got).toEqual(sides.map((s) => [...s].sort()).sort());
  });
});
