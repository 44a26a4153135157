/**
 * Finding compiled phrases (token lists, "word*" for a prefix) in a sentence's
 * normalised tokens.
 */
import type { Token } from '../text/tokens';

export interface PhraseHit {
  /** Token index of the first and one past the last word of the hit. */
  from: number;
  to: number;
  length: number;
}

/** Does a sentence's token match a phrase's word? On the hot path: compares in place, builds no strings. */
export function wordMatches(token: string, word: string): boolean {
  const n = word.length;
  if (word.charCodeAt(n - 1) === 42 /* "*": a prefix */) {
    if (token.length < n - 1) return false;
    for (let k = 0; k < n - 1; k++) if (token.charCodeAt(k) !== word.charCodeAt(k)) return false;
    return true;
  }
  if (token === word) return true;
  // Plural and third-person "s"/"es" forms match the bare word.
  const extra = token.length - n;
  if (extra !== 1 && extra !== 2) return false;
  if (extra === 1 ? !token.endsWith('s') : !token.endsWith('es')) return false;
  return token.startsWith(word);
}

export function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[i + k];
    if (!t || !wordMatches(t.norm, phrase[k]!)) return false;
  }
  return true;
}

/** Every place any phrase of the group occurs, in token order. */
export function findGroup(tokens: readonly Token[], group: readonly (readonly string[])[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (let i = 0; i < tokens.length; i++)
    for (const phrase of group)
      if (phraseAt(tokens, i, phrase)) hits.push({ from: i, to: i + phrase.length, length: phrase.length });
  return hits;
}

export function hasGroup(tokens: readonly Token[], group: readonly (readonly string[])[]): boolean {
  for (let i = 0; i < tokens.length; i++) for (const phrase of group) if (phraseAt(tokens, i, phrase)) return true;
  return false;
}

/** Where a claim's words start and end in the sentence (a loop, not Math.min(...hits): no spread to overflow the stack). */
export function extentOf(hits: readonly PhraseHit[]): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const h of hits) {
    first = Math.min(first, h.from);
    last = Math.max(last, h.to);
  }
  return { first, last };
}

/**
 * The hits that no longer hit holds ("deputy foreign minister", not the "foreign minister" inside it),
 * sorted longest first. A longer hit holding x starts at most `longest - 1` words before it; the furthest
 * end of the hits starting at each word answers it without comparing every pair (a sentence may have
 * thousands).
 */
export function outermost<T extends { h: PhraseHit }>(found: readonly T[]): T[] {
  const sorted = [...found].sort((a, b) => b.h.length - a.h.length);
  const furthest = new Map<number, number>();
  for (const { h } of sorted) furthest.set(h.from, Math.max(furthest.get(h.from) ?? 0, h.to));
  const longest = sorted[0]?.h.length ?? 0;
  const inside = (x: PhraseHit) => {
    if ((furthest.get(x.from) ?? 0) > x.to) return true;
    for (let f = x.from - 1; f > x.from - longest; f--) if ((furthest.get(f) ?? -1) >= x.to) return true;
    return false;
  };
  return sorted.filter((x) => !inside(x.h));
}

/**
 * A group of phrases looked up by each token's own form rather than tried one by one: the phrases whose
 * first word is exact under that word (and its bare form for "s"/"es" plurals, as wordMatches reads
 * them), those whose first word is a prefix tried at every token. For long groups read once per sentence
 * (`@other-wars`).
 */
export class PhraseIndex {
  private readonly exact = new Map<string, (readonly string[])[]>();
  /** Phrases whose first word is a prefix, by its first PREFIX_HEAD letters (shorter prefixes under ""). */
  private readonly prefixed = new Map<string, (readonly string[])[]>();

  constructor(group: readonly (readonly string[])[]) {
    const add = (map: Map<string, (readonly string[])[]>, key: string, p: readonly string[]) => map.set(key, [...(map.get(key) ?? []), p]);
    for (const p of group) {
      const first = p[0]!;
      if (!first.endsWith('*')) add(this.exact, first, p);
      else add(this.prefixed, first.length > PREFIX_HEAD ? first.slice(0, PREFIX_HEAD) : '', p);
    }
  }

  /** Does any phrase of the group occur in the tokens? The same answer as hasGroup, sooner. */
  has(tokens: readonly Token[]): boolean {
    const short = this.prefixed.get('');
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!.norm;
      if (this.exact.get(w)?.some((p) => phraseAt(tokens, i, p))) return true;
      if (w.endsWith('s') && this.exact.get(w.slice(0, -1))?.some((p) => phraseAt(tokens, i, p))) return true;
      if (w.endsWith('es') && this.exact.get(w.slice(0, -2))?.some((p) => phraseAt(tokens, i, p))) return true;
      if (w.length >= PREFIX_HEAD && this.prefixed.get(w.slice(0, PREFIX_HEAD))?.some((p) => phraseAt(tokens, i, p))) return true;
      if (short?.some((p) => phraseAt(tokens, i, p))) return true;
    }
    return false;
  }
}

/** How many first letters of a prefix word index it. */
const PREFIX_HEAD = 3;
