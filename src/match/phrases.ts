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

type Group = readonly (readonly string[])[];

/** How many first letters of a prefix word index it. */
const PREFIX_HEAD = 3;

const NO_HITS: readonly PhraseHit[] = Object.freeze([]);

/**
 * A sentence's tokens by the forms a phrase's first word may match them in (wordMatches): the word, the
 * word less a plural's "s" or "es", and its first PREFIX_HEAD letters for a prefix. Built once per
 * sentence; every group is then looked up phrase by phrase, at the few places its first word stands.
 */
interface Places {
  byForm: Map<string, number[]>;
  byHead: Map<string, number[]>;
}

const placesByTokens = new WeakMap<readonly Token[], Places>();

function placesOf(tokens: readonly Token[]): Places {
  let places = placesByTokens.get(tokens);
  if (places) return places;
  places = { byForm: new Map(), byHead: new Map() };
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  tokens.forEach((t, i) => {
    const w = t.norm;
    add(places!.byForm, w, i);
    if (w.endsWith('s')) add(places!.byForm, w.slice(0, -1), i);
    if (w.endsWith('es')) add(places!.byForm, w.slice(0, -2), i);
    if (w.length >= PREFIX_HEAD) add(places!.byHead, w.slice(0, PREFIX_HEAD), i);
  });
  placesByTokens.set(tokens, places);
  return places;
}

/**
 * A group of phrases, each with where its first word may stand in a sentence (placesOf): phrases whose
 * first word is exact, under that word; those whose first word is a prefix, under its first
 * PREFIX_HEAD letters (a shorter prefix is tried at every word). Hits at one word come in the group's
 * order, as a scan of every phrase at every word finds them.
 */
export class PhraseIndex {
  /** Per phrase, the key its first word is looked up by: the word, or a prefix's head ("" for a short prefix, tried everywhere). */
  private readonly keys: { key: string; head: boolean }[];

  constructor(readonly phrases: Group) {
    this.keys = phrases.map((p) => {
      const first = p[0] ?? '';
      if (!first.endsWith('*')) return { key: first, head: false };
      return { key: first.length > PREFIX_HEAD ? first.slice(0, PREFIX_HEAD) : '', head: true };
    });
  }

  /**
   * Each place a phrase of the group occurs, phrase by phrase, told to `hit` (phrase k at word i) until it
   * answers true. True if it did.
   */
  private scan(tokens: readonly Token[], hit: (i: number, k: number) => boolean): boolean {
    const places = placesOf(tokens);
    for (let k = 0; k < this.phrases.length; k++) {
      const { key, head } = this.keys[k]!;
      const phrase = this.phrases[k]!;
      if (head && key === '') {
        for (let i = 0; i < tokens.length; i++) if (phraseAt(tokens, i, phrase) && hit(i, k)) return true;
        continue;
      }
      for (const i of (head ? places.byHead : places.byForm).get(key) ?? []) if (phraseAt(tokens, i, phrase) && hit(i, k)) return true;
    }
    return false;
  }

  /** Every place any phrase of the group occurs, in token order (and, at one word, the group's order). */
  find(tokens: readonly Token[]): readonly PhraseHit[] {
    const found: { i: number; k: number }[] = [];
    this.scan(tokens, (i, k) => {
      found.push({ i, k });
      return false;
    });
    if (!found.length) return NO_HITS;
    found.sort((x, y) => x.i - y.i || x.k - y.k);
    return Object.freeze(found.map(({ i, k }) => {
      const n = this.phrases[k]!.length;
      return { from: i, to: i + n, length: n };
    }));
  }

  /** Does any phrase of the group occur in the tokens? The same answer as find, sooner. */
  has(tokens: readonly Token[]): boolean {
    return this.scan(tokens, () => true);
  }
}

/** Groups of the same words (every claim's "@prisoner") share one index, and so their hits in a sentence. */
const indexOfGroup = new WeakMap<Group, PhraseIndex>();
const indexOfWords = new Map<string, PhraseIndex>();

function indexOf(group: Group): PhraseIndex {
  let index = indexOfGroup.get(group);
  if (index) return index;
  const key = group.map((p) => p.join(' ')).join('\n');
  index = indexOfWords.get(key);
  if (!index) indexOfWords.set(key, (index = new PhraseIndex(group)));
  indexOfGroup.set(group, index);
  return index;
}

/** The hits found, per sentence's tokens and group: every candidate claim asks for the same groups of the same sentence (and page). */
const found = new WeakMap<readonly Token[], Map<PhraseIndex, readonly PhraseHit[]>>();

/** Every place any phrase of the group occurs, in token order (and, at one word, the group's order). Read only: it is shared. */
export function findGroup(tokens: readonly Token[], group: Group): readonly PhraseHit[] {
  if (!group.length || !tokens.length) return NO_HITS;
  const index = indexOf(group);
  let bySentence = found.get(tokens);
  if (!bySentence) found.set(tokens, (bySentence = new Map()));
  let hits = bySentence.get(index);
  if (!hits) bySentence.set(index, (hits = index.find(tokens)));
  return hits;
}

export function hasGroup(tokens: readonly Token[], group: Group): boolean {
  return findGroup(tokens, group).length > 0;
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

