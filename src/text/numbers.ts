/**
 * Number words to figures: "three hundred and seven" -> 307, "a thousand" ->
 * 1000, "1.5 million" -> 1500000. Works on token lists from tokens.ts and
 * returns a new list where each number phrase is one digits token spanning
 * the words it came from.
 */
import type { Token } from './tokens';

/** Lookup tables as maps, so "constructor" or "toString" in a text is not a number word. */
const table = (entries: Record<string, number>): ReadonlyMap<string, number> => new Map(Object.entries(entries));

const UNITS = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALES = table({ hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 });
const ORDINAL_WORDS = new Set(['first', 'second', 'third']);

/**
 * Words before "a dozen" that make it a bound, read as 12 ("more than a dozen", "at least a dozen"); a
 * bare "a dozen" is loose, a vague count like "dozens".
 */
const DOZEN_BOUNDS = new Set(['than', 'least', 'over', 'under']);

function wordValue(w: string): number | undefined {
  return UNITS.get(w) ?? TENS.get(w);
}

/** Merge runs of number words (and digit + scale, "1.5 million") into single digits tokens. */
export function mergeNumberWords(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.norm === 'a' && tokens[i + 1]?.norm === 'dozen' && DOZEN_BOUNDS.has(tokens[i - 1]?.norm ?? '')) {
      out.push({ norm: '12', start: t.start, end: tokens[i + 1]!.end, digits: true });
      i += 2;
      continue;
    }
    // "Half a dozen" is six.
    if (t.norm === 'half' && tokens[i + 1]?.norm === 'a' && tokens[i + 2]?.norm === 'dozen') {
      out.push({ norm: '6', start: t.start, end: tokens[i + 2]!.end, digits: true });
      i += 3;
      continue;
    }
    const startsNumber =
      wordValue(t.norm) !== undefined ||
      (t.digits && SCALES.get(tokens[i + 1]?.norm ?? '') !== undefined) ||
      ((t.norm === 'a' || t.norm === 'one') && SCALES.get(tokens[i + 1]?.norm ?? '') !== undefined);
    if (!startsNumber || ORDINAL_WORDS.has(t.norm)) {
      out.push(t);
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    // Whether the current group has its own figure: "0 thousand" is 0, a bare "thousand" counts one.
    let group = false;
    let j = i;
    let consumed = false;
    for (; j < tokens.length; j++) {
      const w = tokens[j]!;
      const gapOk = j === i || /^[\s-]*$/.test(text.slice(tokens[j - 1]!.end, w.start));
      if (!gapOk) break;
      if (w.digits && j === i) { current = Number(w.norm); consumed = group = true; continue; }
      if ((w.norm === 'a' || w.norm === 'one') && j === i && SCALES.get(tokens[j + 1]?.norm ?? '')) { current = 1; consumed = group = true; continue; }
      const v = wordValue(w.norm);
      if (v !== undefined && !w.digits) {
        // "twenty five": add; "five twenty" would be two numbers, stop.
        if (current % 10 !== 0 && current < 100 && consumed && v < 10 && current >= 10) break;
        current += v;
        consumed = group = true;
        continue;
      }
      const s = SCALES.get(w.norm);
      if (s !== undefined && consumed) {
        if (s === 100) current = (group ? current : 1) * 100;
        else { total += (group ? current : 1) * s; current = 0; }
        group = s === 100;
        continue;
      }
      // "three hundred and seven", "two thousand and five", "a million and one".
      if (w.norm === 'and' && consumed && wordValue(tokens[j + 1]?.norm ?? '') !== undefined && SCALES.get(tokens[j - 1]!.norm) !== undefined) continue;
      break;
    }
    const value = total + current;
    const last = tokens[j - 1]!;
    out.push({ norm: String(Math.round(value * 1000) / 1000), start: t.start, end: last.end, digits: true });
    i = j;
  }
  return out;
}
