import { describe, expect, it } from 'vitest';
import { compileAliases, normalizeText } from '../text/normalize';
import { figureFits, findFigures } from './figures';

const figures = (text: string) => findFigures(normalizeText(text, compileAliases({})), text).map((f) => `${f.qualifier} ${f.value}`);

describe('findFigures', () => {
  it('reads a qualifier before the figure, and one after it', () => {
    expect(figures('nearly 400 prisoners')).toEqual(['nearly 400']);
    expect(figures('three hundred or so prisoners')).toEqual(['about 300']);
    expect(figures('300-odd prisoners')).toEqual(['more-than 300']);
    expect(figures('300 or more prisoners')).toEqual(['at-least 300']);
    expect(figures('307 prisoners, or more than that')).toEqual(['exact 307']);
  });

  it('reads no date, clock time or share as a count', () => {
    expect(figures('On 24 May 2025 at 06:15, 98% of them')).toEqual([]);
  });

  it('a qualified figure fits a value within its reach', () => {
    const [about] = findFigures(normalizeText('three hundred or so', compileAliases({})), 'three hundred or so');
    expect(figureFits(about!, 307)).toBe(true);
    expect(figureFits(about!, 390)).toBe(false);
  });
});
