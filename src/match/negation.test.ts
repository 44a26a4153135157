import { describe, expect, it } from 'vitest';
import { compileAliases, normalizeText } from '../text/normalize';
import { clausesOf } from './negation';

describe('clausesOf', () => {
  it('opens a clause at a semicolon, a dash or "but"', () => {
    const text = 'A was freed; B was not — C came, but D left while E stayed';
    const tokens = normalizeText(text, compileAliases({}));
    expect(Array.from(clausesOf(tokens, text))).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4]);
  });
});
