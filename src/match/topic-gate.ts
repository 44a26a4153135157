/**
 * The topic gate: a cheap test, on a page's raw text, of whether any claim
 * could match there at all. Every claim needs one of its topic's context
 * words in the sentence or in the page's opening (src/match/matcher.ts), so a
 * page whose text holds none of those words, in any spelling the aliases
 * allow and with or without diacritics, cannot get a mark. The content script
 * runs this test first and loads the claim index, matcher and card UI only on
 * pages that pass it.
 *
 * The gate is a superset test: it may pass a page that then gets no mark
 * (the word sits in a script, or in an unrelated sentence), never the other
 * way round. Pure: built from the claim index at build time, run on a string.
 */
import type { ClaimIndex } from '../claims/schema';
import { stripDiacritics, tokenize } from '../text/tokens';

export interface TopicGateSpec {
  /** Lower-case ASCII substrings; a text that holds none of them cannot match any claim. */
  terms: string[];
}

/** The substrings the gate looks for: each context phrase's first word, and every alias spelling that resolves to one. */
export function gateTerms(index: Pick<ClaimIndex, 'claims' | 'aliases'>): string[] {
  const stems = new Set<string>();
  for (const c of index.claims) for (const phrase of c.context) if (phrase[0]) stems.add(phrase[0].replace(/\*$/, ''));
  const terms = new Set(stems);
  for (const [spelling, canonical] of Object.entries(index.aliases)) {
    const canonicalWords = tokenize(canonical).map((t) => t.norm);
    // A token equal to (or starting with) a stem, after alias resolution, came from this spelling's words.
    if (canonicalWords.some((w) => [...stems].some((s) => w.includes(s)))) {
      const first = tokenize(spelling)[0]?.norm;
      if (first) terms.add(first);
    }
  }
  // A term that contains another term is implied by it.
  const sorted = [...terms].sort((a, b) => a.length - b.length || a.localeCompare(b));
  return sorted.filter((t, i) => !sorted.slice(0, i).some((s) => t.includes(s)));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** The gate's regular expression (source, used with flag `i`): the terms as plain substrings. */
export function gatePattern(terms: string[]): { ascii: string } {
  return { ascii: terms.map(escape).join('|') };
}

/**
 * Words holding a Latin letter with a diacritic or a combining mark
 * ("Kyïv"): the only places a term can hide from the plain pattern, since a
 * token is its word lower-cased with diacritics removed.
 */
const NEEDS_FOLDING = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/;
const MARKED = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/g;
const LETTER = /[\p{L}\p{M}]/u;
/** Longest word looked at around a marked letter (a term is at most a few dozen letters). */
const MAX_WORD = 64;

/** The word around position i, at most MAX_WORD characters each side (linear, whatever the text). */
function wordAround(text: string, i: number): { from: number; to: number } {
  let from = i;
  let to = i + 1;
  while (from > 0 && i - from < MAX_WORD && LETTER.test(text[from - 1]!)) from--;
  while (to < text.length && to - i < MAX_WORD && LETTER.test(text[to]!)) to++;
  return { from, to };
}

export interface TopicGate {
  test(text: string): boolean;
}

export function compileGate(pattern: { ascii: string }): TopicGate {
  const ascii = new RegExp(pattern.ascii, 'i');
  return {
    test(text: string): boolean {
      if (!text) return false;
      if (ascii.test(text)) return true;
      if (!NEEDS_FOLDING.test(text)) return false;
      let done = -1;
      for (const m of text.matchAll(MARKED)) {
        if (m.index < done) continue; // another marked letter of a word already tested
        const { from, to } = wordAround(text, m.index);
        done = to;
        if (ascii.test(stripDiacritics(text.slice(from, to)))) return true;
      }
      return false;
    },
  };
}
