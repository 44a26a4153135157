/**
 * Quotations in a sentence: where a page gives someone's own words.
 */
import type { Token } from './tokens';

/**
 * The quotations of a sentence, as character ranges: double quotes (curly, straight, guillemets, low-high),
 * single quotes that open at a word's start (headlines), and a quote left open at the sentence's end (it
 * runs on into the next).
 */
export function quoteRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const patterns = [/“[^”]*(?:”|$)/g, /«[^»]*(?:»|$)/g, /„[^“”]*(?:[“”]|$)/g, /"[^"]*"/g, /(?<![\p{L}\d])‘(?:[^‘’]|’(?=\p{L}))+’(?!\p{L})/gu, /(?<![\p{L}\d])'(?:[^']|'(?=\p{L}))+'(?!\p{L})/gu];
  for (const re of patterns) for (const m of text.matchAll(re)) if (m[0].length > 1) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Do the tokens from..to stand inside one of the quotations? */
export function inQuotes(tokens: readonly Token[], from: number, to: number, quotes: readonly [number, number][]): boolean {
  return quotes.some(([a, b]) => tokens[from]!.start >= a && tokens[to - 1]!.end <= b);
}
