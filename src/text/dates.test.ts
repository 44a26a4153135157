import { describe, expect, it } from 'vitest';
import { datesIn, daysNamed, eventYears, monthsNamed, timesAgo } from './dates';
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
    // A dateline, then a count: the number after the colon is no day of the month.
    expect(daysNamed(tokenize('Kyiv, 24 May: 15 hurt in drone raid'))).toEqual(['05-24']);
    // An abbreviated month, and any spacing, still takes its day (a second review).
    expect(daysNamed(tokenize('In another swap on Oct. 2, and on Sept.  28'))).toEqual(['10-02', '09-28']);
  });

  it('reads times counted back from the page\'s day, and not spans that end now', () => {
    const ago = (text: string) => timesAgo(tokenize(text));
    expect(ago("He was freed in last month's exchange.")).toEqual([{ unit: 'month', count: 1, at: 5 }]);
    expect(ago('The swap took place two weeks ago, and a month ago the talks began.')).toEqual([{ unit: 'week', count: 2, at: 5 }, { unit: 'month', count: 1, at: 9 }]);
    expect(ago('It happened 3 months ago.')).toEqual([{ unit: 'month', count: 3, at: 3 }]);
    expect(ago("Last spring's exchange and this spring's talks")).toEqual([{ unit: 'spring', count: 1, at: 1 }, { unit: 'spring', count: 0, at: 5 }]);
    expect(ago('Over the last month, and in the past two weeks, swaps went on.')).toEqual([]);
    expect(ago('Months ago, and weeks later, it ended.')).toEqual([]);
  });

  it('reads a year as the time of what is told only after "in" or "during", and not as a point of reference', () => {
    const years = (text: string) => eventYears(tokenize(text));
    expect(years('Prisoners were exchanged at the border during an earlier swap in 2024.')).toEqual(['2024']);
    expect(years('The two sides met in March 2022 and in early 2023.')).toEqual(['2022', '2023']);
    expect(years('It was the largest swap since the war began in 2022.')).toEqual([]);
    expect(years('Russia, which launched the war by invading its neighbour in 2022, holds a fifth of Ukraine.')).toEqual([]);
    expect(years('The first direct talks since 2022 were held in Istanbul.')).toEqual([]);
    expect(years('Some 2024 prisoners were freed in all.')).toEqual([]);
    // A year (or month and year) opening the sentence, set off, dates it: a timeline's entry.
    const opening = (text: string) => eventYears(tokenize(text), text);
    expect(opening('JANUARY 2024 – In what was then the biggest swap, 230 Ukrainians came home.')).toEqual(['2024']);
    expect(opening('2022: the first exchange of the war.')).toEqual(['2022']);
    expect(opening('2000 drones were launched in a week.')).toEqual([]);
  });
});
