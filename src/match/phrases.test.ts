import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAliases, normalizeText } from '../text/normalize';
import type { Token } from '../text/tokens';
import { findGroup, phraseAt, PhraseIndex } from './phrases';

const tokens = (text: string) => normalizeText(text, compileAliases({}));

/** The plain reading the index must give: every phrase tried at every word, in the group's order. */
function scan(t: readonly Token[], group: string[][]) {
  const hits: { from: number; to: number; length: number }[] = [];
  for (let i = 0; i < t.length; i++) for (const p of group) if (phraseAt(t, i, p)) hits.push({ from: i, to: i + p.length, length: p.length });
  return hits;
}

describe('PhraseIndex: a group looked up by word gives a plain scan\'s answer', () => {
  const group = [['gaza'], ['israel*'], ['west', 'bank'], ['houthi*'], ['sea'], ['el', 'fasher'], ['iran']];
  const index = new PhraseIndex(group);
  it.each([
    'Talks on Gaza broke up.',
    'Israeli officials said nothing.',
    'Settlers in the West Bank attacked a village.',
    'The west of the bank was closed.',
    'Houthis fired at ships in the Red Sea.',
    'Two seas met.',
    'Fighting in El Fasher went on.',
    'The Iranian delegation left.',
    'Iran sent no one.',
    'Russia struck Kyiv overnight.',
    '',
  ])('%s', (text) => {
    const t = tokens(text);
    expect(index.has(t)).toBe(scan(t, group).length > 0);
    expect(index.find(t)).toEqual(scan(t, group));
  });

  it('finds plurals of an exact first word ("seas") and a prefix word\'s every form, and nothing else', () => {
    expect(index.has(tokens('Two seas met.'))).toBe(true);
    expect(index.has(tokens('The Israelis left.'))).toBe(true);
    expect(index.has(tokens('The Iranian delegation left.'))).toBe(false);
    expect(index.has(tokens('West of the river.'))).toBe(false);
  });
});

describe('findGroup', () => {
  const words = ['swap', 'swaps', 'swapped', 'sea', 'seas', 'release', 'releases', 'released', 'pass', 'passes', 'passe', 'a', 'side', 'each', 'way', 'ab', 'abc', 'abcd', 'x'];
  const phrase = fc.array(fc.constantFrom('swap*', 'sea', 'releas*', 'pass', 'passe', 'a', 'side', 'each', 'way', 'ab*', 'a*', 'abc*', 'x'), { minLength: 1, maxLength: 3 });
  it('finds what a plain scan finds, in the same order, for any group and sentence (and again from its memory)', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom(...words), { maxLength: 14 }), (group, sentence) => {
        const t = tokens(sentence.join(' '));
        const want = scan(t, group);
        expect(findGroup(t, group)).toEqual(want);
        expect(findGroup(t, group.map((p) => [...p]))).toEqual(want);
        expect(new PhraseIndex(group).has(t)).toBe(want.length > 0);
      }),
      { numRuns: 400 },
    );
  });
});
