import { describe, expect, it } from 'vitest';
import { compileAliases, normalizeText } from '../text/normalize';
import { hasGroup, PhraseIndex } from './phrases';

const tokens = (text: string) => normalizeText(text, compileAliases({}));

describe('PhraseIndex: a group looked up by word gives hasGroup\'s answer', () => {
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
    expect(index.has(t)).toBe(hasGroup(t, group));
  });

  it('finds plurals of an exact first word ("seas") and a prefix word\'s every form, and nothing else', () => {
    expect(index.has(tokens('Two seas met.'))).toBe(true);
    expect(index.has(tokens('The Israelis left.'))).toBe(true);
    expect(index.has(tokens('The Iranian delegation left.'))).toBe(false);
    expect(index.has(tokens('West of the river.'))).toBe(false);
  });
});
