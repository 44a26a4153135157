/**
 * Tokenisation shared by the claim build and the matcher: words and figures in
 * lower case with diacritics removed, each with its offsets in the input.
 * Pure: no DOM, no browser API.
 */
import { foldMarks } from './fold';

export interface Token {
  /** Normalised form: lower case, no diacritics, figures without separators. */
  norm: string;
  start: number;
  end: number;
  /** True for tokens that are figures written in digits. */
  digits: boolean;
}

// A figure (1,000 / 1.5 / 620) or a word (letters and marks, inner apostrophes and hyphens split).
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:'[\p{L}]+)?/gu;

/** Plain ASCII has no marks to strip: most words of an English page, spared two normalisations. */
const ASCII = /^[\x00-\x7f]*$/;

export function stripDiacritics(s: string): string {
  if (ASCII.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

export function tokenize(text: string): Token[] {
  const folded = foldMarks(text);
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (/^\d/.test(raw)) {
      out.push({ norm: raw.replace(/,/g, ''), start, end, digits: true });
      continue;
    }
    let norm = stripDiacritics(raw.toLowerCase());
    // Possessive and contracted forms: Russia's -> russia, didn't -> did + not.
    if (norm.endsWith("'s")) norm = norm.slice(0, -2);
    else if (norm.endsWith("n't")) {
      // A bare "n't" ("ca n't") has no stem: no empty, zero-width token before "not".
      if (norm.length > 3) out.push({ norm: norm.slice(0, -3), start, end: end - 3, digits: false });
      out.push({ norm: 'not', start: end - 3, end, digits: false });
      continue;
    } else if (norm.includes("'")) norm = norm.replace(/'.*$/, '');
    if (norm) out.push({ norm, start, end, digits: false });
  }
  return out;
}
