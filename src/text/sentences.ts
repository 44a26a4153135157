/**
 * Sentence splitting for news text. Pure: no DOM. A line break that ends a
 * paragraph (blank line) or a block boundary always ends a sentence; inside a
 * paragraph, ".", "!" and "?" end one unless they belong to an abbreviation
 * ("U.S.", "Dr.", "Jan.") or an initial ("J. Smith"), or the next word starts in
 * lower case.
 */
import { QUOTING, wordsPattern } from './saying';


export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
  /**
   * For a sentence inside a quotation of several sentences that ends in its speaker ('"We can't force
   * Ukraine. We can't force Russia," Rubio said.'): the words after the quotation that name who said it
   * ("Rubio said."), which the matcher reads as the sentence's own attribution.
   */
  attribution?: string;
  /** The sentence begins inside a quotation opened in a sentence before it ('... They must want it," he said.'). */
  continuesQuote?: boolean;
}

/**
 * A sentence as the matcher reads it: one of a longer quotation becomes one quoted sentence with its
 * speaker ('"We can't force Ukraine to make a deal.' and 'Rubio said.' read '"We can't force Ukraine
 * to make a deal," Rubio said.'), and one that begins inside a quotation gets its opening mark back.
 */
export function readingText(s: SentenceSpan): string {
  let text = s.text;
  const curly = text.startsWith('\u201C') || (!text.startsWith('"') && text.includes('\u201D'));
  if (s.continuesQuote || (s.attribution && !text.startsWith('"') && !text.startsWith('\u201C'))) text = `${curly ? '\u201C' : '"'}${text}`;
  if (!s.attribution) return text;
  return `${text.replace(/[\u201D"]+$/u, '').replace(/\.+$/, ',')}${curly ? '\u201D' : '"'} ${s.attribution}`;
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

const QUOTING_VERB = wordsPattern(QUOTING);

// After a quotation that ends in "!" or "?": one to three capitalised words (a name, a title) and a verb of
// saying (QUOTING) that ends the sentence, with at most a few words after it ("on Telegram", "residents") and perhaps a
// clause of when ("as the drones approached"); not a new sentence of reported speech ('"Stay in shelters!"
// Zelensky said 13 civilians were killed.').
const SPEAKER_AFTER_QUOTE = new RegExp(`^(?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+){1,3}${QUOTING_VERB}(?:\\s+(?!that\\b)[\\p{L}'\u2019-]+){0,4}(?:\\s+(?:as|while|when|after|before|amid)\\s[^.!?"\u201C\u201D]*)?\\s*[.,;]`, 'u');

// What follows the close of a quotation of several sentences: a comma before the closing mark, then who
// said it, in up to six words before a verb of saying or right after one ('... to make a deal," Trump envoy
// Steve Witkoff told reporters.', '... of terror," said Lammy.').
const ATTRIBUTION_AFTER_QUOTE = new RegExp(`^\\s*(?:(?:[\\p{L}'\u2019.-]+\\s+){1,6}${QUOTING_VERB}|${QUOTING_VERB}\\s+\\p{L})`, 'u');
/** How far a quotation of several sentences may run to the words that name its speaker. */
const MAX_QUOTE_SPAN = 400;

/**
 * Where the quotation open at `from` closes with a comma and its speaker after it, in the same paragraph
 * and within MAX_QUOTE_SPAN: the offset just after the closing mark, or -1.
 */
function quoteCloseBeforeSpeaker(text: string, from: number, close: string): number {
  const limit = Math.min(text.length, from + MAX_QUOTE_SPAN);
  for (let c = from; c < limit; c++) {
    const ch = text[c]!;
    if (ch === '\n' || ch === '\u2029') return -1;
    if (ch === close || (close === '"' && ch === '\u201D'))
      return text[c - 1] === ',' && ATTRIBUTION_AFTER_QUOTE.test(text.slice(c + 1, c + 80)) ? c + 1 : -1;
  }
  return -1;
}

/** The quotation open at the end of `text`, if any: the mark that will close it. Curly quotes, and straight ones by parity. */
function openQuoteAt(text: string, from: number, to: number, open: string | null): string | null {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\u201C') open = '\u201D';
    else if (ch === '\u201D') open = null;
    else if (ch === '"') open = open ? null : '"';
    else if (ch === '\n' || ch === '\u2029') open = null;
  }
  return open;
}

/** How long the words that name a quotation's speaker may run, in characters with each run of spaces as one. */
const MAX_ATTRIBUTION = 100;

/**
 * The words after a quotation that name its speaker, up to the end of their clause: no further quotation
 * or sentence comes with them ('Sybiha wrote on X.', not 'she said.. "There is no greater joy," ...').
 */
function speakerClause(after: string): string {
  // Not at a full stop: the sentence ends at its last one, and those inside it are abbreviations ("U.S. envoy").
  const end = after.search(/[!?;:\u2026"\u201C\u201D\u00AB]/u);
  // Spaces collapsed first: how a page spaces its words changes nothing of what is read.
  return `${(end < 0 ? after : after.slice(0, end)).replace(/\s+/gu, ' ').slice(0, MAX_ATTRIBUTION).trim().replace(/\.+$/, '')}.`;
}

/**
 * Give each sentence that ends inside a quotation of several sentences the words after the quotation that
 * name its speaker (SentenceSpan.attribution): the rest of the sentence the quotation closes in. Mark
 * each that begins inside one (continuesQuote).
 */
function attributeQuotes(text: string, out: SentenceSpan[]): void {
  let open: string | null = null;
  let at = 0;
  out.forEach((s, k) => {
    open = openQuoteAt(text, at, s.start, open);
    if (open) s.continuesQuote = true;
    open = openQuoteAt(text, s.start, s.end, open);
    at = s.end;
    if (!open) return;
    const close = quoteCloseBeforeSpeaker(text, s.end, open);
    if (close < 0) return;
    // The sentence the quotation closes in: one of the next few, as it closes within MAX_QUOTE_SPAN.
    for (let h = k + 1; h < out.length && out[h]!.start < close; h++)
      if (out[h]!.end >= close) s.attribution = speakerClause(text.slice(close, out[h]!.end));
  });
}

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
  attributeQuotes(text, out);
  return out;
}
