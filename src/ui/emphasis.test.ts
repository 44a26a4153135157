import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/schema';
import { emphasise } from './emphasis';

const numberClaim = { slot: { type: 'number', near: [], others: [] } } as unknown as Claim;
const choiceClaim = { slot: { type: 'choice', near: [], others: [] } } as unknown as Claim;

describe('emphasise', () => {
  it('emphasises the figure, in digits with separators or in words, without touching other figures', () => {
    expect(emphasise('a total of 1,000 prisoners each, 390 on Friday', numberClaim, { value: 1000 } as never)).toEqual([
      { text: 'a total of ', em: false },
      { text: '1,000', em: true },
      { text: ' prisoners each, 390 on Friday', em: false },
    ]);
    expect(emphasise('three women and 387 men', numberClaim, { value: 3 } as never)[0]).toEqual({ text: 'three', em: true });
    expect(emphasise('released 3070 people', numberClaim, { value: 307 } as never)).toEqual([{ text: 'released 3070 people', em: false }]);
  });

  it('emphasises the longest chosen phrase of a choice variant, in any case', () => {
    const parts = emphasise('Andrii Sybiha, Ukraine’s deputy foreign minister', choiceClaim, { say: [['foreign', 'minister'], ['deputy', 'foreign', 'minister']] } as never);
    expect(parts.filter((p) => p.em).map((p) => p.text)).toEqual(['deputy foreign minister']);
    expect(parts.map((p) => p.text).join('')).toBe('Andrii Sybiha, Ukraine’s deputy foreign minister');
  });

  it('leaves a quote whole when nothing is found', () => {
    expect(emphasise('no figure here', numberClaim, { value: 5 } as never)).toEqual([{ text: 'no figure here', em: false }]);
  });
});
