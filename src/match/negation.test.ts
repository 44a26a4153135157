import { describe, expect, it } from 'vitest';
import { compileAliases, normalizeText } from '../text/normalize';
import { asks, clausesOf } from './negation';

describe('clausesOf', () => {
  it('opens a clause at a semicolon, a dash or "but"', () => {
    const text = 'A was freed; B was not — C came, but D left while E stayed';
    const tokens = normalizeText(text, compileAliases({}));
    expect(Array.from(clausesOf(tokens, text))).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4]);
  });

  it('opens a clause at ", not": what it negates is set against what came before', () => {
    const text = 'The total was 1,000 per side, not 1,000 in all';
    const tokens = normalizeText(text, compileAliases({}));
    expect(Array.from(clausesOf(tokens, text))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('opens a clause at a comma and a word that joins clauses, not before a figure', () => {
    const text = 'No truce was agreed, and Russia balked; 390 came home, and 307 later';
    const tokens = normalizeText(text, compileAliases({}));
    expect(Array.from(clausesOf(tokens, text))).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
  });
});

describe('asks', () => {
  it('tells a question of its own from a statement that quotes or reports one', () => {
    expect(asks('So were 15 or 10 people injured in Kyiv?')).toBe(true);
    expect(asks('Is this the largest swap of the war? ')).toBe(true);
    expect(asks('"Where is the memorandum?" Sybiha asked.')).toBe(false);
    expect(asks('He asked: "Why now?"')).toBe(false);
    expect(asks('Each side freed 307 prisoners on Saturday.')).toBe(false);
  });
});
