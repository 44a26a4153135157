import { describe, expect, it } from 'vitest';
import { datesIn, daysNamed, monthsNamed } from './dates';
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
  it('names days of a month, alone or in a range, either side of the month, with or without a year', () => {
    expect(daysNamed(tokenize('on the night of May 21'))).toEqual(['05-21']);
    expect(daysNamed(tokenize('overnight on 17-18 May'))).toEqual(['05-18', '05-17']);
    expect(daysNamed(tokenize('on May 23, 2025, and on 24 May'))).toEqual(['05-23', '05-24']);
    expect(daysNamed(tokenize('since May 2025, 307 prisoners'))).toEqual([]);
  });
});
