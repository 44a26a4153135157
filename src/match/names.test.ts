// Fuzzy name spellings (fuse.js) on the real claim base: misspelled names are read as the base's names;
// other words, and names in lower case, are left alone.
import { describe, expect, it } from 'vitest';
import { loadClaimBase } from '../claims/load-node';
import { Matcher } from './matcher';
import { NameSpellings } from './names';
import { tokenize } from '../text/tokens';

const matcher = new Matcher(loadClaimBase());
const claims = (s: string) => matcher.matchText(s).annotations.map((a) => a.claimId);

describe('NameSpellings', () => {
  const names = new NameSpellings(
    [{ spelling: 'sybiha', canonical: 'sybiha' }, { spelling: 'sybiga', canonical: 'sybiha' }, { spelling: 'zelensky', canonical: 'zelensky' }],
    new Set(['minister', 'sybiha', 'sybiga', 'zelensky']),
  );
  const read = (text: string) => names.apply(tokenize(text), text).map((t) => t.norm).join(' ');

  it('reads a capitalised word one letter from a name as that name', () => {
    expect(read('Minister Sybyga spoke')).toBe('minister sybiha spoke');
    expect(read('Zelenskyj said')).toBe('zelensky said');
  });

  it('leaves other words, short words and words in lower case alone', () => {
    expect(read('Sybilla Jones spoke')).toBe('sybilla jones spoke');
    expect(read('sybyga spoke')).toBe('sybyga spoke');
    expect(read('Zelenograd Syb')).toBe('zelenograd syb');
  });
});

describe('the matcher with fuzzy names', () => {
  it('marks a sentence whose name is spelled in a way no alias lists', () => {
    expect(claims('Ukraine’s deputy foreign minister Andrii Sybyga condemned the attack.')).toContain('people.sybiha-title');
    expect(claims('Ukraine’s deputy foreign minister Andrii Sybiha condemned the attack.')).toContain('people.sybiha-title');
  });

  it('does not turn another name into one of the base’s', () => {
    expect(claims('Ukraine’s deputy foreign minister Andrii Sybilla condemned the attack.')).toEqual([]);
  });
});
