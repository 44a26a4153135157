/**
 * The claim explorer: every claim in the packaged claim base with its
 * variants and each source's outlet, date, report id and verbatim quote,
 * searchable (fuse.js, see ./search.ts) and filterable by conflict kind and by
 * report. `#claim=<claimId>` in the URL shows, highlights and focuses one
 * claim; `#q=<text>` starts with a search. Everything is read from the index
 * passed in; nothing is fetched.
 */
import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
// Types only from schema.ts: its zod schemas are for the build, not this page (see KINDS in ./search).
import type { Claim, ClaimIndex, ConflictKind, Source, Variant } from '../claims/schema';
import { CONFLICT_KIND_KEY } from '../claims/conflict-kinds';
import { GLYPH, type Verdict } from '../verdict/verdict';
import { Quote } from '../verdict/Quote';
import { claimElementId, createClaimSearch, formatHash, KINDS, parseHash, type ExplorerFilters } from './search';
import { cleared, isFiltered, START, viewForHash, withKind, withQuery, withSource, type ViewState } from './view';

// ---------------------------------------------------------------------------
// Words


export function kindLabel(kind: ConflictKind): string {
  return i18n.t(`explorer.kind.${CONFLICT_KIND_KEY[kind]}`);
}

/** A claim's own verdict, as the reports give it (no page to differ): disputed, agreed by two or more reports, or one report's. */
export function claimVerdict(claim: Claim): Verdict {
  if (claim.conflict) return 'dispute';
  const reports = new Set(claim.variants.flatMap((v) => v.sources.map((s) => s.report)));
  return reports.size > 1 ? 'agree' : 'single';
}

/** The verdict in words: never colour alone. */
export function claimVerdictText(claim: Claim): string {
  if (claim.conflict) return i18n.t(`explorer.verdict.${CONFLICT_KIND_KEY[claim.conflict.kind]}`);
  return claimVerdict(claim) === 'agree' ? i18n.t('explorer.verdictAgree') : i18n.t('explorer.verdictSingle');
}

/** A source's outlet, else its wire service, else "outlet not named" (as src/claims/sources.ts, but translated). */
export function outletName(s: Source): string {
  return s.outlet ?? (s.wire ? i18n.t('explorer.outletUnnamedWire', [s.wire]) : i18n.t('explorer.outletUnnamed'));
}

function sourceText(s: Source): string {
  return `${outletName(s)}, ${s.date ?? i18n.t('explorer.dateNotGiven')}`;
}

// ---------------------------------------------------------------------------
// One claim

interface ClaimProps {
  claim: Claim;
  topic: string | undefined;
  sources: Map<string, Source>;
  linked: boolean;
  onPermalink: (e: JSX.TargetedMouseEvent<HTMLAnchorElement>) => void;
}

function ClaimArticle({ claim, topic, sources, linked, onPermalink }: ClaimProps) {
  const id = claimElementId(claim.id);
  const multi = claim.variants.length > 1;
  const verdict = claimVerdict(claim);
  return (
    <article id={id} tabIndex={-1} class={linked ? 'claim linked' : 'claim'} aria-labelledby={`${id}-q`} data-claim-id={claim.id}>
      {linked && <p class="linked-badge">{i18n.t('explorer.linked')}</p>}
      {topic && <p class="topic">{i18n.t('explorer.topic', [topic])}</p>}
      <h2 id={`${id}-q`} class="question">{claim.question}</h2>
      <p class={`verdict verdict-${verdict}`}>
        <span class="glyph" aria-hidden="true">{GLYPH[verdict]}</span>{' '}
        {claimVerdictText(claim)}
      </p>
      {claim.conflict && (
        <p class="note">
          <span class="label">{i18n.t('explorer.noteLabel')}</span> {claim.conflict.note}
        </p>
      )}
      <ul class="variants">
        {claim.variants.map((v, vi) => (
          <li key={v.id} class="variant">
            <h3 class="statement">
              {multi && <span class="variant-n">{i18n.t('explorer.variant', [String(vi + 1), String(claim.variants.length)])}: </span>}
              {v.statement}
            </h3>
            <ul class="sources">
              {v.sources.map((s) => {
                const src = sources.get(s.source);
                return (
                  <li key={s.source} class="source">
                    <p class="source-meta">
                      <span class="outlet">{src ? outletName(src) : s.source}</span>,{' '}
                      {src?.date ? <time dateTime={src.date}>{src.date}</time> : i18n.t('explorer.dateNotGiven')},{' '}
                      <span class="report">{i18n.t('explorer.reportId', [s.source])}</span>
                    </p>
                    <Quote claim={claim} variant={v} quote={s.quote} block emphasis={multi} />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      <p class="claim-foot">
        <span class="claim-id">
          {i18n.t('explorer.claimIdLabel')} <code>{claim.id}</code>
        </span>{' '}
        <a class="permalink" href={formatHash({ claim: claim.id })} onClick={onPermalink} aria-describedby={`${id}-q`}>
          {i18n.t('explorer.permalink')}
        </a>
      </p>
    </article>
  );
}

// ---------------------------------------------------------------------------
// The page

export interface ExplorerProps {
  index: ClaimIndex;
}

export function Explorer({ index }: ExplorerProps): JSX.Element {
  const search = useMemo(() => createClaimSearch(index), [index]);
  const sources = useMemo(() => new Map(index.sources.map((s) => [s.id, s])), [index]);
  const topics = useMemo(() => new Map(index.topics.map((t) => [t.id, t.title])), [index]);
  const ids = useMemo(() => new Set(index.claims.map((c) => c.id)), [index]);

  const [view, setView] = useState<ViewState>(() => viewForHash(START, location.hash, ids));
  const { filters } = view;
  const applyHash = useCallback((hash: string) => setView((v) => viewForHash(v, hash, ids)), [ids]);

  useEffect(() => {
    const onHash = () => applyHash(location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [applyHash]);

  // Scroll the linked claim into view and move focus to it.
  useEffect(() => {
    if (!view.linked || view.tick === 0) return;
    const el = document.getElementById(claimElementId(view.linked));
    if (!el) return;
    el.focus({ preventScroll: true });
    // At once, not smoothly: a linked claim can be thousands of pixels down the page.
    el.scrollIntoView?.({ block: 'start', behavior: 'instant' });
  }, [view.linked, view.tick]);

  const results = useMemo(() => search.run(filters), [search, filters]);

  const replaceHash = (hash: string) => {
    try {
      history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
    } catch {
      // The page still works without a shareable URL.
    }
  };

  const onQuery = (e: JSX.TargetedEvent<HTMLInputElement>) => {
    const query = e.currentTarget.value;
    // Typing starts a search of its own: the URL now names the search, not the linked claim.
    setView((v) => withQuery(v, query));
    replaceHash(formatHash({ q: query.trim() ? query : undefined }));
  };
  const onKind = (e: JSX.TargetedEvent<HTMLSelectElement>) => {
    const kind = e.currentTarget.value;
    setView((v) => withKind(v, kind));
  };
  const onSource = (e: JSX.TargetedEvent<HTMLSelectElement>) => {
    const value = e.currentTarget.value;
    setView((v) => withSource(v, value, new Set(sources.keys())));
  };
  const onClear = () => {
    setView(cleared);
    if (parseHash(location.hash).q !== undefined) replaceHash('');
  };
  const onPermalink = (e: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
    // Following the link to the claim already in the URL fires no hashchange: apply it here.
    const href = e.currentTarget.getAttribute('href') ?? '';
    if (href === location.hash) {
      e.preventDefault();
      applyHash(href);
    }
  };

  const filtered = isFiltered(filters);
  const total = search.total;

  return (
    <>
      <header class="page-header">
        <p class="brand">{i18n.t('explorer.brand')}</p>
        <h1>{i18n.t('explorer.title')}</h1>
        <p class="intro muted">{i18n.t('explorer.intro')}</p>
      </header>
      <main>
        <Filters filters={filters} sources={index.sources} filtered={filtered} onQuery={onQuery} onKind={onKind} onSource={onSource} onClear={onClear} />
        <p id="cc-count" class="count" role="status" aria-live="polite" aria-atomic="true">
          {i18n.t('explorer.count', total, [String(results.length), String(total)])}
        </p>
        {view.missing !== null && (
          <p class="notice" role="alert">
            {i18n.t('explorer.unknownClaim', [view.missing])}
          </p>
        )}
        {results.length === 0 && <p class="notice">{i18n.t('explorer.noResults')}</p>}
        <div class="claims">
          {results.map((c) => (
            <ClaimArticle key={c.id} claim={c} topic={topics.get(c.topic)} sources={sources} linked={c.id === view.linked} onPermalink={onPermalink} />
          ))}
        </div>
      </main>
    </>
  );
}

/** The search field, the conflict-kind and report selects, and "clear filters". */
function Filters({ filters, sources, filtered, onQuery, onKind, onSource, onClear }: {
  filters: ExplorerFilters;
  sources: readonly Source[];
  filtered: boolean;
  onQuery: (e: JSX.TargetedEvent<HTMLInputElement>) => void;
  onKind: (e: JSX.TargetedEvent<HTMLSelectElement>) => void;
  onSource: (e: JSX.TargetedEvent<HTMLSelectElement>) => void;
  onClear: () => void;
}): JSX.Element {
  return (
    <form class="filters" role="search" aria-label={i18n.t('explorer.filters')} onSubmit={(e) => e.preventDefault()}>
      <div class="field field-search">
        <label for="cc-q">{i18n.t('explorer.searchLabel')}</label>
        <input id="cc-q" type="search" value={filters.query} onInput={onQuery} aria-describedby="cc-q-hint" autocomplete="off" spellcheck={false} />
        <p id="cc-q-hint" class="hint muted">{i18n.t('explorer.searchHint')}</p>
      </div>
      <div class="field">
        <label for="cc-kind">{i18n.t('explorer.kindLabel')}</label>
        <select id="cc-kind" value={filters.kind} onChange={onKind}>
          <option value="any">{i18n.t('explorer.kindAny')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
          <option value="none">{i18n.t('explorer.kindNone')}</option>
        </select>
      </div>
      <div class="field">
        <label for="cc-source">{i18n.t('explorer.reportLabel')}</label>
        <select id="cc-source" value={filters.source} onChange={onSource}>
          <option value="any">{i18n.t('explorer.reportAny')}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {i18n.t('explorer.reportOption', [sourceText(s), s.id])}
            </option>
          ))}
        </select>
      </div>
      <div class="field field-actions">
        <button type="button" onClick={onClear} disabled={!filtered}>
          {i18n.t('explorer.clearFilters')}
        </button>
      </div>
    </form>
  );
}
