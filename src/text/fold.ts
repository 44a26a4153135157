/**
 * Character folding shared by the claim build (verbatim-quote checks) and the
 * matcher. Folding keeps string length stable only where noted; callers that
 * need offsets into the original text use `foldWithMap`.
 */

const QUOTE_MARKS = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTE_MARKS = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;

/** Fold quote and dash marks to ASCII; one character in, one character out. */
export function foldMarks(text: string): string {
  return text.replace(QUOTE_MARKS, "'").replace(DOUBLE_QUOTE_MARKS, '"').replace(DASHES, '-');
}

/** Fold marks and collapse every run of white space to one space. */
export function foldForQuote(text: string): string {
  return foldMarks(text).replace(SPACES, ' ').trim();
}
