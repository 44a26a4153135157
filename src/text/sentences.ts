/**
 * Sentence splitting for news text. Pure: no DOM. A line break that ends a
 * paragraph (blank line) or a block boundary always ends a sentence; inside a
 * paragraph, ".", "!" and "?" end one unless they belong to an abbreviation
 * ("U.S.", "Dr.", "Jan.") or an initial ("J. Smith"), or the next word starts in
 * lower case.
 */

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
    'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp',
    'no', 'nos', 'vs', 'etc', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'assn',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'al', 'fig', 'vol', 'pp', 'cf',
  ],
);

// After a quotation that ends in "!" or "?": one to three capitalised words (a name, a title) and a verb of
// saying that ends the sentence, with at most a few words after it ("on Telegram", "residents") and perhaps a
// clause of when ("as the drones approached"); not a new sentence of reported speech ('"Stay in shelters!"
// Zelensky said 13 civilians were killed.').
const SPEAKER_AFTER_QUOTE = /^(?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3}(?:said|says|wrote|writes|told|tells|urged|urges|added|adds|asked|asks|posted|posts|declared|stated|insisted|warned|warns|exclaimed|shouted|tweeted)(?:\s+(?!that\b)[\p{L}'\u2019-]+){0,4}(?:\s+(?:as|while|when|after|before|amid)\s[^.!?"\u201C\u201D]*)?\s*[.,;]/u;

// Closing marks that may follow the terminal punctuation and still belong to the sentence.
const CLOSERS = `"'\u201D\u2019\u00BB)]`;

function isAbbreviationBefore(text: string, dot: number): boolean {
  // The word that ends at `dot` (the "." itself excluded).
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot);
  if (!word) return false;
  if (word.includes('.')) return true; // U.S, e.g, a.m
  if (/^\p{Lu}$/u.test(word)) return true; // initial: "J."
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Split text into sentences with offsets into the input. Empty sentences are dropped. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed && /[\p{L}\p{N}]/u.test(trimmed)) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\u2029') {
      // A line break inside plain text ends the paragraph, and so the sentence.
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    // Every later mark of this run ends at the same j and so gets the same answer: resume after the
    // run, so a long run of dots ("....x") costs linear time, not quadratic.
    const run = j - 1;
    while (j < text.length && CLOSERS.includes(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) { i = run; continue; } // "1.5", "U.S.-led", "example.com"
    let k = j;
    while (k < text.length && /[ \t\u00A0]/.test(text[k]!)) k++;
    const next = text[k];
    if (next === undefined || next === '\n') {
      push(j);
      i = j - 1;
      continue;
    }
    if (ch === '.' && j === i + 1 && isAbbreviationBefore(text, i)) {
      // "U.S. President" stays one sentence; "... in the U.S. The next" splits only on a clear new start.
      const after = text.slice(k, k + 30);
      if (!/^(The|A|An|It|He|She|They|We|In|On|But|And|This|That|There|Russia|Ukraine)\b/.test(after)) continue;
      if (!/[A-Z]\.$/.test(text.slice(Math.max(0, i - 2), i + 1))) continue;
    }
    // The next sentence starts with an upper-case letter, a letter of a script without case (Arabic,
    // Hebrew, CJK), a figure, or an opening quote/bracket.
    if (!/[\p{Lu}\p{Lo}\p{N}"'\u201C\u2018(\[\u00AB]/u.test(next)) { i = run; continue; }
    // A quoted exclamation or question and who said it are one sentence ('"Stay in shelters!" Klitschko wrote.').
    if ((ch === '!' || ch === '?') && j > run + 1 && SPEAKER_AFTER_QUOTE.test(text.slice(k, k + 160))) { i = run; continue; }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}
