/**
 * Names spelled in a way the alias table does not list ("Sybyga", "Zelenskyj",
 * "Klichko"): fuse.js fuzzy-matches a capitalised word the claim base does not
 * know against the base's names and their listed spellings, and reads it as
 * the canonical name. This is where fuzzy matching adds what rules cannot;
 * everything else the matcher decides by rules.
 *
 * Only words that could change the answer are looked up: capitalised, long
 * enough to be a name, and unknown to the claim base. Each word is looked up
 * once per matcher (a page repeats its names).
 */
import Fuse from 'fuse.js';
import type { Token } from '../text/tokens';

/** Shorter words are too easily one letter from another name ("Kyiv", "Kiev" are in the alias table). */
const MIN_NAME_LENGTH = 5;
/**
 * fuse.js score (0 exact, 1 anything) under which a word is read as a name. Trade-off: 0.2 takes one
 * letter changed, dropped or added in a name of six or more ("Sybyga", "Zelenskyj") and rejects other
 * words that share most letters with a name ("Sybilla", "Zelenograd").
 */
const NAME_THRESHOLD = 0.2;
/** Names differ in length by at most this many letters from a spelling they are read as. */
const MAX_LENGTH_DIFFERENCE = 2;
/** Words looked up per matcher before the cache stops growing (a hostile page may hold millions of distinct words). */
const CACHE_LIMIT = 20_000;

export class NameSpellings {
  private readonly fuse: Fuse<{ spelling: string; canonical: string }>;
  private readonly cache = new Map<string, string | null>();

  /**
   * `names`: each listed spelling (canonical ones too) with its canonical form; `known`: every word the
   * claim base uses, which is never re-read as a name.
   */
  constructor(
    names: { spelling: string; canonical: string }[],
    private readonly known: ReadonlySet<string>,
  ) {
    const long = names.filter((n) => n.spelling.length >= MIN_NAME_LENGTH && !n.spelling.includes(' '));
    this.fuse = new Fuse(long, { keys: ['spelling'], includeScore: true, ignoreLocation: true, threshold: NAME_THRESHOLD });
  }

  /** The canonical name a capitalised, unknown word stands for, or null. */
  private lookup(word: string): string | null {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const best = this.fuse
      .search(word, { limit: 3 })
      .find((r) => r.item.spelling[0] === word[0] && Math.abs(r.item.spelling.length - word.length) <= MAX_LENGTH_DIFFERENCE);
    const canonical = best ? best.item.canonical : null;
    if (this.cache.size < CACHE_LIMIT) this.cache.set(word, canonical);
    return canonical;
  }

  /** The tokens with misspelled names read as their canonical form; `text` tells capitalised words. */
  apply(tokens: Token[], text: string): Token[] {
    let out: Token[] | null = null;
    tokens.forEach((t, i) => {
      if (t.digits || t.norm.length < MIN_NAME_LENGTH || this.known.has(t.norm)) return;
      const first = text[t.start];
      if (!first || first === first.toLowerCase()) return;
      const canonical = this.lookup(t.norm);
      if (canonical === null || canonical === t.norm) return;
      out ??= [...tokens];
      out[i] = { ...t, norm: canonical };
    });
    return out ?? tokens;
  }
}
