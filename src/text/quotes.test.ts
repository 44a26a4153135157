import { describe, expect, it } from 'vitest';
import { quoteRanges } from './quotes';

describe('quoteRanges', () => {
  it('finds double, single and unclosed quotations, not apostrophes', () => {
    const text = 'Kyiv’s mayor said “stay home” and ‘it’s calm’, then "go" and «nein» and “open';
    const quoted = quoteRanges(text).map(([a, b]) => text.slice(a, b)).sort();
    expect(quoted).toEqual(['"go"', '«nein»', '‘it’s calm’', '“open', '“stay home”'].sort());
  });
});
