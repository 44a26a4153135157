import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './search';
import { cleared, isFiltered, START, viewForHash, withKind, withQuery, withSource } from './view';

const ids = new Set(['exchange.saturday-count']);

describe('explorer view', () => {
  it('a claim in the URL clears the filters and is linked, or named missing; a search starts one', () => {
    const searching = withQuery(START, 'drones');
    expect(viewForHash(searching, '#claim=exchange.saturday-count', ids)).toEqual({ filters: NO_FILTERS, linked: 'exchange.saturday-count', missing: null, tick: 1 });
    expect(viewForHash(START, '#claim=nope', ids)).toMatchObject({ linked: null, missing: 'nope', tick: 1 });
    expect(viewForHash(START, '#q=Sybiha', ids)).toMatchObject({ filters: { ...NO_FILTERS, query: 'Sybiha' }, linked: null });
    expect(viewForHash(searching, '#other', ids)).toBe(searching);
  });

  it('each control changes only its filter; unknown values are ignored or "any"', () => {
    const linked = viewForHash(START, '#claim=exchange.saturday-count', ids);
    expect(withQuery(linked, 'x')).toMatchObject({ filters: { query: 'x' }, linked: null });
    expect(withKind(START, 'attribution').filters.kind).toBe('attribution');
    expect(withKind(START, 'bogus')).toBe(START);
    expect(withSource(START, 'r1', new Set(['r1'])).filters.source).toBe('r1');
    expect(withSource(START, 'r9', new Set(['r1'])).filters.source).toBe('any');
    expect(isFiltered(START.filters)).toBe(false);
    expect(isFiltered(withQuery(START, '  ').filters)).toBe(false);
    expect(isFiltered(withKind(START, 'none').filters)).toBe(true);
    expect(cleared(withKind(withQuery(START, 'x'), 'none')).filters).toEqual(NO_FILTERS);
  });
});
