// Property tests for the text pipeline (sentences, tokens, number words,
// aliases, dates) on hostile strings: any input, no exception, offsets that
// always point back into the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTROLS, EMOJI, HTML_LOOKING, hostileString, numberWords, RTL_CJK, TEXT_PIECES } from '../../tests/fixtures/hostile';
import { loadClaimBase } from '../claims/load-node';
import { datesIn, monthsNamed } from './dates';
import { compileAliases, normalizeText } from './normalize';
import { mergeNumberWords } from './numbers';
import { splitSentences } from './sentences';
import { tokenize, type Token } from './tokens';

// FC_RUNS=20000 for a longer hunt.
const RUNS = Number(process.env.FC_RUNS ?? 600);
const aliases = compileAliases(loadClaimBase().aliases);

/** Any string: printable graphemes, any code point, ASCII with controls, or the hostile mixtures. */
const anyString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'binary-ascii', maxLength: 80 }),
  hostileString,
  hostileString,
);

/**
 * `implied`: a word an alias adds to the one written ("FM" read as "foreign minister") stands, of no width,
 * at the end of the word before it, and nowhere else.
 */
function expectTokensWithin(tokens: Token[], text: string, { strict = true, implied = false } = {}) {
  let last = 0;
  for (const t of tokens) {
    expect(Number.isInteger(t.start) && Number.isInteger(t.end), JSON.stringify(t)).toBe(true);
    expect(t.start, JSON.stringify(t)).toBeGreaterThanOrEqual(last);
    if (implied && t.start === t.end) {
      expect(t.start, JSON.stringify(t)).toBe(last);
      expect(t.start, JSON.stringify(t)).toBeGreaterThan(0);
    } else if (strict) expect(t.start, JSON.stringify(t)).toBeLessThan(t.end);
    else expect(t.start).toBeLessThanOrEqual(t.end);
    expect(t.end, JSON.stringify(t)).toBeLessThanOrEqual(text.length);
    expect(t.norm.length, JSON.stringify(t)).toBeGreaterThan(0);
    last = strict ? t.end : t.start;
  }
}

describe('splitSentences on any string', () => {
  it('never throws; spans are ordered, non-overlapping, within bounds, trimmed, and each is input.slice(start, end)', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const spans = splitSentences(text);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.text).toBe(s.text.trim());
          expect(s.text).toMatch(/[\p{L}\p{N}]/u);
          last = s.end;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('loses no letter or figure: every one lies inside some span', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const spans = splitSentences(text);
        let k = 0;
        for (let i = 0; i < text.length; i++) {
          const cp = String.fromCodePoint(text.codePointAt(i)!);
          if (!/[\p{L}\p{N}]/u.test(cp)) continue;
          while (k < spans.length && spans[k]!.end <= i) k++;
          expect(k < spans.length && spans[k]!.start <= i, `${JSON.stringify(cp)} at ${i} in ${JSON.stringify(text)}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a line break always ends a sentence: no span holds \\n or U+2029', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        for (const s of splitSentences(text)) expect(s.text).not.toMatch(/[\n\u2029]/);
      }),
      { numRuns: RUNS },
    );
  });

  it('sentences joined by "\\n" split back into exactly those sentences', () => {
    // Each line is one sentence without an inner stop: what comes back is the lines, trimmed.
    const line = fc
      .array(fc.constantFrom('Moscow', 'freed', '307', 'U.S.', 'Dr.', 'prisoners', '“Kyiv”', '—', 'علی', '中文', '👍', 'e.g.'), { minLength: 1, maxLength: 8 })
      .map((ws) => ws.join(' '))
      .filter((l) => /[\p{L}\p{N}]/u.test(l));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const text = lines.join('\n');
        expect(splitSentences(text).map((s) => s.text)).toEqual(lines);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps "U.S." and "Dr." inside a sentence and splits at a plain full stop before a capital', () => {
    const word = fc.constantFrom('officials', 'said', 'the', 'talks', 'continued', 'in', 'Istanbul', 'on', 'Saturday');
    const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(words, fc.constantFrom('U.S.', 'Dr.', 'Mr.', 'e.g.'), words, words, (a, abbr, b, c) => {
        const first = `Officials ${a} ${abbr} ${b.toLowerCase()} ${c}.`;
        const text = `${first} Later ${c}.`;
        expect(splitSentences(text).map((s) => s.text)).toEqual([first, `Later ${c}.`]);
      }),
      { numRuns: RUNS },
    );
  });

  it('takes linear, not quadratic, time on long runs of stops (regression: 30,000 dots took 2.6 s)', () => {
    for (const run of ['.'.repeat(200_000) + 'x', '!?'.repeat(100_000) + ' lower', '. '.repeat(100_000), `Word${'.'.repeat(100_000)} next`]) {
      const t0 = performance.now();
      const spans = splitSentences(run);
      const ms = performance.now() - t0;
      expect(spans.length).toBeLessThanOrEqual(run.length);
      // Linear is a few ms here; the old quadratic scan took minutes on 200,000 dots.
      expect(ms, `${ms} ms`).toBeLessThan(2_000);
    }
  });
});

describe('tokenize and normalizeText on any string', () => {
  it('never throw; every token is within bounds with start < end (an alias\'s added word, of no width), in order, not overlapping, with a non-empty norm', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        expectTokensWithin(tokenize(text), text);
        expectTokensWithin(normalizeText(text, aliases), text, { implied: true });
      }),
      { numRuns: RUNS },
    );
  });

  it('an alias that adds words ("FM", the foreign minister) adds them of no width at the end of the word written', () => {
    expect(normalizeText('Deputy FM Sybiha', aliases).map((t) => [t.norm, t.start, t.end])).toEqual([['deputy', 0, 6], ['foreign', 7, 9], ['minister', 9, 9], ['sybiha', 10, 16]]);
    expectTokensWithin(normalizeText('fm', aliases), 'fm', { implied: true });
  });

  it('a word token covers letters of the input; a digits token is a plain figure', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        for (const t of tokenize(text)) {
          const raw = text.slice(t.start, t.end);
          if (t.digits) {
            expect(t.norm).toMatch(/^\d+(\.\d+)?$/);
            expect(raw.replace(/,/g, '')).toBe(t.norm);
          } else {
            expect(raw).toMatch(/^[\p{L}\p{M}]/u);
            expect(t.norm).toBe(t.norm.toLowerCase());
            expect(t.norm).not.toMatch(/[\s,.]/);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('regression: a bare "n\'t" gives one "not" token, not an empty zero-width one', () => {
    expect(tokenize("n't")).toEqual([{ norm: 'not', start: 0, end: 3, digits: false }]);
    expect(tokenize("ca n't go").map((t) => [t.norm, t.start, t.end])).toEqual([['ca', 0, 2], ['not', 3, 6], ['go', 7, 9]]);
    expect(tokenize("didn't").map((t) => [t.norm, t.start, t.end])).toEqual([['did', 0, 3], ['not', 3, 6]]);
  });

  it('with multi-word aliases, tokens stay within bounds and in order (extra canonical words are zero-width at the alias end)', () => {
    const multi = compileAliases({ 'new york city': 'nyc', kiev: 'kyiv city', 'the hague': 'den haag', 'u s': 'united states' });
    const piece = fc.oneof(fc.constantFrom('New York City', 'Kiev', 'the Hague', 'U S', 'new', 'york'), fc.constantFrom(...TEXT_PIECES));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }).map((xs) => xs.join(' ')), anyString, (a, b) => {
        const text = `${a} ${b}`;
        const tokens = normalizeText(text, multi);
        expectTokensWithin(tokens, text, { strict: false });
        for (const [i, t] of tokens.entries()) if (t.start === t.end) expect(tokens[i - 1]?.end).toBe(t.end);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('number words', () => {
  it('merging keeps offsets in bounds: each merged token spans whole input tokens, in order', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const tokens = tokenize(text);
        const merged = mergeNumberWords(tokens, text);
        expectTokensWithin(merged, text);
        expect(merged.length).toBeLessThanOrEqual(tokens.length);
        const starts = new Set(tokens.map((t) => t.start));
        const ends = new Set(tokens.map((t) => t.end));
        for (const t of merged) {
          expect(starts.has(t.start) && ends.has(t.end), JSON.stringify(t)).toBe(true);
          if (t.digits) expect(Number.isNaN(Number(t.norm)), t.norm).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any number written in words as its figure, spanning exactly the words', () => {
    const before = fc.constantFrom('', 'Officials freed ', 'about ', 'Kyiv: ', '“', '(');
    const after = fc.constantFrom('', ' prisoners', ' people each.', '”', ')', ', officials said');
    fc.assert(
      fc.property(before, fc.integer({ min: 0, max: 999_999_999 }), after, (pre, n, post) => {
        const words = numberWords(n);
        const text = `${pre}${words}${post}`;
        const figure = normalizeText(text, aliases).find((t) => t.digits)!;
        expect(figure, text).toBeDefined();
        expect(figure.norm, text).toBe(String(n));
        expect(text.slice(figure.start, figure.end)).toBe(words);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads figures with thousands separators and "N million" as their values', () => {
    const FACTOR = { thousand: 1e3, million: 1e6, billion: 1e9, '': 1 } as const;
    // Values are kept to 3 decimals (x * 1000 must stay an exact double): up to 9 * 10^12.
    const scaled = fc
      .constantFrom(...(Object.keys(FACTOR) as (keyof typeof FACTOR)[]))
      .chain((scale) => fc.tuple(fc.integer({ min: 0, max: Math.floor(9e12 / FACTOR[scale]) }), fc.constant(scale)));
    fc.assert(
      fc.property(scaled, ([n, scale]) => {
        const written = n.toLocaleString('en-US');
        const text = `${written}${scale ? ` ${scale}` : ''} prisoners`;
        const [figure] = normalizeText(text, aliases);
        expect(Number(figure!.norm)).toBe(n * FACTOR[scale]);
        expect(text.slice(figure!.start, figure!.end)).toBe(scale ? `${written} ${scale}` : written);
      }),
      { numRuns: RUNS },
    );
  });

  it('regression: words that name Object.prototype members are not number words or months', () => {
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf']) {
      const text = `The ${word} said 5 ${word} prisoners on ${word} 24 2025.`;
      const merged = mergeNumberWords(tokenize(text), text);
      expect(merged.filter((t) => t.digits).map((t) => t.norm), word).toEqual(['5', '24', '2025']);
      expect(monthsNamed(`${word} 2025`)).toEqual([]);
    }
  });

  it('regression: "0 thousand" is 0 and "a million and five" is 1000005', () => {
    const figure = (text: string) => normalizeText(text, aliases).find((t) => t.digits)!.norm;
    expect(figure('0 thousand prisoners')).toBe('0');
    expect(figure('zero hundred prisoners')).toBe('0');
    expect(figure('a million and five prisoners')).toBe('1000005');
    expect(figure('two billion and seven prisoners')).toBe('2000000007');
    expect(figure('a thousand prisoners')).toBe('1000');
  });
});

describe('dates on any string', () => {
  it('never throw and give YYYY-MM values only', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom('', ' on 24 May 2025', ' on May 24, 2025', ' in July 2022', ' 31 Dec 1999'), (a, b) => {
        const text = a + b;
        for (const d of [...datesIn(normalizeText(text, aliases)), ...monthsNamed(text)]) expect(d).toMatch(/^(19|20)\d\d-(0[1-9]|1[0-2])$/);
        if (b === ' on 24 May 2025') expect(datesIn(normalizeText(text, aliases))).toContain('2025-05');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fixture pieces', () => {
  it('every hostile piece alone goes through the whole pipeline', () => {
    for (const text of [...TEXT_PIECES, ...CONTROLS, ...EMOJI, ...RTL_CJK, ...HTML_LOOKING]) {
      for (const s of splitSentences(text)) expect(s.text).toBe(text.slice(s.start, s.end));
      expectTokensWithin(normalizeText(text, aliases), text);
    }
  });
});
