/**
 * The explorer's state as pure functions: what a URL hash asks for, and what each filter control does
 * to the state. The component (./Explorer.tsx) holds the state and renders it.
 */
import { NO_FILTERS, isKindFilter, parseHash, type ExplorerFilters } from './search';

export interface ViewState {
  filters: ExplorerFilters;
  /** The claim the URL names, when the index has it. */
  linked: string | null;
  /** A claim id the URL names that the index does not have. */
  missing: string | null;
  /** Bumped each time the URL asks for the linked claim, so it is scrolled to and focused again. */
  tick: number;
}

export const START: ViewState = { filters: NO_FILTERS, linked: null, missing: null, tick: 0 };

/** The view a URL hash asks for; the same view when the hash asks for nothing Crosscheck knows. */
export function viewForHash(prev: ViewState, hash: string, ids: ReadonlySet<string>): ViewState {
  const h = parseHash(hash);
  if (h.claim !== undefined) {
    // Every filter is cleared so the linked claim is visible.
    const known = ids.has(h.claim);
    return { filters: NO_FILTERS, linked: known ? h.claim : null, missing: known ? null : h.claim, tick: prev.tick + 1 };
  }
  if (h.q !== undefined) return { filters: { ...NO_FILTERS, query: h.q }, linked: null, missing: null, tick: prev.tick };
  return prev;
}

/** Typing starts a search of its own: the view no longer shows the linked claim. */
export function withQuery(v: ViewState, query: string): ViewState {
  return { ...v, filters: { ...v.filters, query }, linked: null, missing: null };
}

/** A conflict kind from the select; a value that is none leaves the view as it is. */
export function withKind(v: ViewState, kind: string): ViewState {
  return isKindFilter(kind) ? { ...v, filters: { ...v.filters, kind } } : v;
}

/** A report from the select; one the index does not have is "any". */
export function withSource(v: ViewState, value: string, known: ReadonlySet<string>): ViewState {
  return { ...v, filters: { ...v.filters, source: value === 'any' || known.has(value) ? value : 'any' } };
}

export function cleared(v: ViewState): ViewState {
  return { ...v, filters: NO_FILTERS, missing: null };
}

/** Does any filter narrow the list (so "clear filters" has something to do)? */
export function isFiltered(f: ExplorerFilters): boolean {
  return f.query.trim() !== '' || f.kind !== 'any' || f.source !== 'any';
}
