import { describe, expect, it } from 'vitest';
import { datesIn, monthsNamed } from './dates';
import { tokenize } from './tokens';

describe('dates', () => {
  it('finds full dates in either order', () => {
    expect(datesIn(tokenize('on the night of 9 July 2025'))).toEqual(['2025-07']);
    expect(datesIn(tokenize('on May 24, 2025, Russia'))).toEqual(['2025-05']);
  });
  it('leaves month-and-year references and the verb "may" out of full dates', () => {
    expect(datesIn(tokenize('since the invasion in February 2022, it may 2 times'))).toEqual([]);
    expect(monthsNamed('since the invasion in February 2022')).toEqual(['2022-02']);
  });
});
