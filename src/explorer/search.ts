/**
 * The claim explorer's search and filters: pure functions over the compiled
 * claim index (no DOM, no browser API, no i18n), so they run in Node tests
 * exactly as in the extension page.
 *
 * Search is fuse.js token search over each claim's question, its variants'
 * statements, the verbatim quotes, the sources' outlet / wire / report id, and
 * the claim id. Every word of the query must match somewhere in the claim
 * (fuzzily, so a small typo still finds it), so adding a word narrows the
 * list. With a query the claims come back by relevance (claims that have the
 * query's words as typed before claims found only through a fuzzy match, then
 * by fuse.js's score); without one, in the index's order.
 */
import Fuse from 'fuse.js';
import { CONFLICT_KINDS, type ConflictKind } from '../claims/conflict-kinds';
import type { Claim, ClaimIndex } from '../claims/schema';

/** The conflict kinds in the order the page offers them. */
export const KINDS: readonly ConflictKind[] = CONFLICT_KINDS;

/** `any`: every claim; `none`: claims whose sources do not conflict; else claims with that conflict kind. */
export type KindFilter = 'any' | 'none' | ConflictKind;

export interface ExplorerFilters {
  query: string;
  kind: KindFilter;
  /** `any`, or a source id from `index.sources` (report 003 has two sources, so this is a source, not a report file). */
  source: string;
}

export const NO_FILTERS: Readonly<ExplorerFilters> = Object.freeze({ query: '', kind: 'any', source: 'any' });

export function isKindFilter(value: string): value is KindFilter {
  return value === 'any' || value === 'none' || (KINDS as readonly string[]).includes(value);
}

/** The ids of the sources quoted anywhere in a claim, in order of first appearance. */
export function claimSourceIds(claim: Claim): string[] {
  return [...new Set(claim.variants.flatMap((v) => v.sources.map((s) => s.source)))];
}

export function matchesKind(claim: Claim, kind: KindFilter): boolean {
  if (kind === 'any') return true;
  if (kind === 'none') return !claim.conflict;
  return claim.conflict?.kind === kind;
}

export function matchesSource(claim: Claim, source: string): boolean {
  return source === 'any' || claim.variants.some((v) => v.sources.some((s) => s.source === source));
}

interface SearchDoc {
  /** Everything below in one folded string, to tell exact hits from fuzzy ones. */
  folded: string;
  id: string;
  question: string;
  statements: string[];
  quotes: string[];
  outlets: string[];
}

/** Lower case, accents and curly quotes folded: for comparing what was typed with the text. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

function docFor(claim: Claim, sources: Map<string, ClaimIndex['sources'][number]>): SearchDoc {
  const doc = {
    // "exchange.saturday-count" is also searchable as its words ("saturday count").
    id: `${claim.id} ${claim.id.replace(/[.-]+/g, ' ')}`,
    question: claim.question,
    statements: claim.variants.map((v) => v.statement),
    quotes: claim.variants.flatMap((v) => v.sources.map((s) => s.quote)),
    outlets: claimSourceIds(claim).map((id) => {
      const s = sources.get(id);
      return s ? [s.outlet, s.wire, s.report, s.id, s.date].filter(Boolean).join(' ') : id;
    }),
  };
  return { ...doc, folded: fold([doc.id, doc.question, ...doc.statements, ...doc.quotes, ...doc.outlets].join('\n')) };
}

export interface ClaimSearch {
  /** The claims that pass every filter: by relevance with a query, else in index order. */
  run(filters: ExplorerFilters): Claim[];
  readonly total: number;
}

export function createClaimSearch(index: ClaimIndex): ClaimSearch {
  const sources = new Map(index.sources.map((s) => [s.id, s]));
  const claims = index.claims;
  const byId = new Map(claims.map((c) => [c.id, c]));
  const docs = claims.map((c) => docFor(c, sources));
  const fuse = new Fuse(
    docs,
    {
      keys: [
        { name: 'question', weight: 2 },
        { name: 'statements', weight: 1.5 },
        { name: 'quotes', weight: 1 },
        { name: 'outlets', weight: 1 },
        { name: 'id', weight: 1 },
      ],
      useTokenSearch: true,
      tokenMatch: 'all',
      ignoreLocation: true,
      ignoreDiacritics: true,
      // How far a word may be from what was typed. Looser than this and "tribune" finds "attribution".
      threshold: 0.3,
      includeScore: true,
      shouldSort: true,
    },
  );
  return {
    total: claims.length,
    run({ query, kind, source }) {
      const pass = (c: Claim) => matchesKind(c, kind) && matchesSource(c, source);
      const q = query.trim();
      if (!q) return claims.filter(pass);
      const words = [...new Set(fold(q).match(WORD) ?? [])];
      const exactWords = (i: number) => words.filter((w) => docs[i]!.folded.includes(w)).length;
      const found = fuse
        .search(q)
        .map((r) => ({ i: r.refIndex, score: r.score ?? 1, exact: exactWords(r.refIndex) }))
        .sort((a, b) => b.exact - a.exact || a.score - b.score || a.i - b.i)
        .map((r) => claims[r.i]!);
      // A claim id typed in full comes first whatever its score.
      const exact = byId.get(q.toLowerCase());
      const ordered = exact ? [exact, ...found.filter((c) => c !== exact)] : found;
      return ordered.filter(pass);
    },
  };
}

// ---------------------------------------------------------------------------
// The page's URL hash: `#claim=<claimId>` links one claim, `#q=<text>` a search.

export interface HashState {
  claim?: string;
  q?: string;
}

export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: HashState = {};
  const claim = params.get('claim');
  const q = params.get('q');
  if (claim) state.claim = claim;
  if (q !== null) state.q = q;
  return state;
}

export function formatHash(state: HashState): string {
  const params = new URLSearchParams();
  if (state.claim) params.set('claim', state.claim);
  if (state.q) params.set('q', state.q);
  const s = params.toString();
  return s ? `#${s}` : '';
}

/**
 * The element id of a claim's article. Claim ids are `<topic>.<slug>` in lower
 * case, but the page does not rely on that: anything outside [a-z0-9-] is
 * written as `_<hex>_`, so the id is always a plain, unambiguous HTML id.
 */
export function claimElementId(claimId: string): string {
  return `claim-${claimId.replace(/[^a-z0-9-]/gu, (ch) => `_${ch.codePointAt(0)!.toString(16)}_`)}`;
}
