import { describe, expect, it } from 'vitest';
import { compileAliases, normalizeText } from './normalize';

const aliases = compileAliases({ kiev: 'kyiv', zelenskyy: 'zelensky', 'prisoners of war': 'prisoners of war', vitalii: 'vitali' });
const norms = (t: string) => normalizeText(t, aliases).map((x) => x.norm);

describe('normalizeText', () => {
  it('lower-cases, strips diacritics and possessives, folds marks', () => {
    expect(norms('Mathernová’s “horrific” — Russia’s')).toEqual(['mathernova', 'horrific', 'russia']);
  });

  it('splits contractions into a negation', () => {
    expect(norms("didn't")).toEqual(['did', 'not']);
  });

  it('resolves aliases to the canonical form', () => {
    expect(norms('Kiev Mayor Vitalii Klitschko and Zelenskyy')).toEqual(['kyiv', 'mayor', 'vitali', 'klitschko', 'and', 'zelensky']);
  });

  it.each([
    ['three hundred and seven prisoners', '307'],
    ['a thousand prisoners', '1000'],
    ['1,000 prisoners', '1000'],
    ['one thousand prisoners', '1000'],
    ['two hundred fifty drones', '250'],
    ['twenty-five drones', '25'],
    ['fourteen missiles', '14'],
    ['1.5 million people', '1500000'],
  ])('reads "%s" as %s', (text, value) => {
    expect(norms(text)[0]).toBe(value);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Over three hundred and seven POWs';
    const toks = normalizeText(text, aliases);
    expect(text.slice(toks[1]!.start, toks[1]!.end)).toBe('three hundred and seven');
  });

  it('does not read ordinals or "one of" phrases as counts', () => {
    expect(norms('the first round')).toEqual(['the', 'first', 'round']);
  });
});
