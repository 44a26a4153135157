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
