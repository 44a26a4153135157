/**
 * The card a reader opens from a marker: the sentence's verdict in words, then
 * each fact it states (a claim in plain words) with its own verdict, the
 * agreeing and conflicting sources with outlet, date and exact quote (the
 * differing figure or word emphasised), the kind of conflict or the note on
 * a difference that is no dispute, whether the page's own figure is given by
 * any source, and what the claim base covers. Rendered with Preact inside a
 * shadow root.
 */
import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Claim, ConflictKind, Source, Variant } from '../claims/schema';
import { CONFLICT_KIND_KEY } from '../claims/conflict-kinds';
import { pageDiffers, type Annotation } from '../match/types';
import { sourceLabelWith, type SourceLabelWords } from '../claims/sources';
import type { Verdict } from '../verdict/verdict';
import { verdictText } from '../verdict/words';
import { Quote } from '../verdict/Quote';
import { trusted } from './trusted';

/** One fact a marked sentence states: the matcher's annotation for one claim, and that fact's own verdict. */
export interface Fact {
  annotation: Annotation;
  claim: Claim;
  kind: Verdict;
}

export interface CardProps {
  /** What the sentence states, the most serious first; the card lists each with its own verdict and sources. */
  facts: Fact[];
  /** The sentence's verdict, the one its marker shows. */
  kind: Verdict;
  sources: Map<string, Source>;
  coverage: string;
  onClose: () => void;
  /** Open the claim explorer at a claim ("see all sources"); the link is left out when absent. */
  onOpenExplorer?: (claimId: string) => void;
}

/** Every word the card shows comes from assets/locales/<lang>.yml (block `card`); only the data is not translated. */

/** The kind of conflict in words ("The figure changed over time"). */
export function kindWords(kind: ConflictKind): string {
  return i18n.t(`card.kind.${CONFLICT_KIND_KEY[kind]}`);
}

const SOURCE_WORDS: SourceLabelWords = {
  wireCopy: (wire) => i18n.t('card.source.wireCopy', [wire]),
  reportUnnamed: (report) => i18n.t('card.source.reportUnnamed', [report]),
  dated: (name, date) => i18n.t('card.source.dated', [name, date]),
  undated: (name) => i18n.t('card.source.undated', [name]),
};

/** A source's outlet (or wire service, or report) and date, in the reader's language. */
export function cardSourceLabel(s: Source): string {
  return sourceLabelWith(s, SOURCE_WORDS);
}

/** Stands in for the page's figure in its translated sentence, so the figure can be set in bold. */
const SLOT = '\uE000';

/** "This page says “1,200”: no source gives this.", the figure in bold wherever the translation puts it. */
function PageValue({ value }: { value: string }) {
  const [before = '', ...rest] = i18n.t('card.pageValue', [SLOT]).split(SLOT);
  return (
    <>
      {before}
      <strong>{value}</strong>
      {rest.join('')}
    </>
  );
}

type Heading = 'agree' | 'conflict' | 'sources' | 'otherwise';
const HEADING_ID: Record<Heading, string> = { agree: 'h-agree', conflict: 'h-conflict', sources: 'h-sources', otherwise: 'h-sources-say-otherwise' };

function SourceList({ heading, idPrefix, claim, variants, only, sources }: {
  heading: Heading;
  idPrefix: string;
  claim: Claim;
  variants: Variant[];
  only: Set<string>;
  sources: Map<string, Source>;
}) {
  const rows = variants.flatMap((v) => v.sources.filter((s) => only.has(s.source)).map((s) => ({ v, s })));
  if (!rows.length) return null;
  const id = `${idPrefix}${HEADING_ID[heading]}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{i18n.t(`card.heading.${heading}`, [String(rows.length)])}</h3>
      <ul>
        {rows.map(({ v, s }) => {
          const src = sources.get(s.source);
          return (
            <li key={s.source}>
              <div class="outlet">{src ? cardSourceLabel(src) : s.source}</div>
              {variants.length > 1 && <div class="says">{i18n.t('card.says', [v.statement])}</div>}
              <Quote claim={claim} variant={v} quote={s.quote} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** One fact: what the sentence says of it, how the sources differ, and the sources on each side. */
function FactSection({ fact, idPrefix, titled, sources, onOpenExplorer }: {
  fact: Fact;
  idPrefix: string;
  /** Several facts: each gets its question as a heading and its own verdict. */
  titled: boolean;
  sources: Map<string, Source>;
  onOpenExplorer?: (claimId: string) => void;
}) {
  const { annotation: a, claim, kind } = fact;
  const agree = new Set(a.agreeSources);
  const conflict = new Set(a.conflictSources);
  const allSources = new Set(claim.variants.flatMap((v) => v.sources.map((s) => s.source)));
  const unresolved = a.stance === 'unresolved';
  const text = verdictText(kind);
  return (
    <div class={`fact fact-${kind}`}>
      {titled && (
        <>
          <h2 class="fact-question">{claim.question}</h2>
          <p class={`verdict verdict-${kind}`}>
            <span aria-hidden="true">{text.glyph} </span>
            {i18n.t('card.verdict', [text.verdict])}
          </p>
        </>
      )}
      {a.stance === 'agrees' && <p class="page-says">{i18n.t('card.pageAgrees', [a.statement])}</p>}
      {pageDiffers(a) && <p class="page-says">{a.pageValue ? <PageValue value={a.pageValue} /> : i18n.t('card.pageNegates')}</p>}
      {unresolved && <p class="page-says">{i18n.t('card.unresolved')}</p>}
      {claim.conflict && (
        <p class="conflict-kind">
          <span class="label">{i18n.t('card.kindLabel', [kindWords(claim.conflict.kind)])}</span> {claim.conflict.note}
        </p>
      )}
      {claim.detail && <p class="detail">{claim.detail.note}</p>}
      {unresolved ? (
        <SourceList heading="sources" idPrefix={idPrefix} claim={claim} variants={claim.variants} only={allSources} sources={sources} />
      ) : (
        <>
          <SourceList heading="agree" idPrefix={idPrefix} claim={claim} variants={claim.variants} only={agree} sources={sources} />
          <SourceList heading={pageDiffers(a) ? 'otherwise' : 'conflict'} idPrefix={idPrefix} claim={claim} variants={claim.variants} only={conflict} sources={sources} />
        </>
      )}
      {onOpenExplorer && (
        <p class="explore">
          <button type="button" class="link" onClick={trusted(() => onOpenExplorer(claim.id))}>
            {i18n.t('card.seeAll')}
          </button>
        </p>
      )}
    </div>
  );
}

export function Card({ facts, kind, sources, coverage, onClose, onOpenExplorer }: CardProps): JSX.Element {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const text = verdictText(kind);
  const several = facts.length > 1;
  // The reader's own keys and clicks only (src/ui/trusted.ts): a page's scripted Escape or .click() leaves the card open.
  const onKeyDown = trusted((e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  });
  const onCloseClick = trusted(() => onClose());
  return (
    <div class={`card card-${kind}`} role="dialog" aria-modal="false" aria-labelledby="cc-title" aria-describedby="cc-verdict" onKeyDown={onKeyDown}>
      <header>
        <span class="brand">{i18n.t('card.brand')}</span>
        <button ref={closeRef} type="button" class="close" onClick={onCloseClick} aria-label={i18n.t('card.close')}>
          ×
        </button>
      </header>
      <h2 id="cc-title">{several ? i18n.t('card.facts', [String(facts.length)]) : facts[0]!.claim.question}</h2>
      <p id="cc-verdict" class={`verdict verdict-${kind}`}>
        <span aria-hidden="true">{text.glyph} </span>
        {i18n.t('card.verdict', [text.verdict])}
      </p>
      {facts.map((f, i) => (
        <FactSection key={f.claim.id} fact={f} idPrefix={several ? `f${i}-` : ''} titled={several} sources={sources} onOpenExplorer={onOpenExplorer} />
      ))}
      <p class="coverage">{coverage}</p>
    </div>
  );
}

export const CARD_CSS = `
:host { all: initial; }
.card { box-sizing: border-box; width: min(420px, calc(100vw - 16px)); max-height: min(70vh, 560px); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #ffffff;
  border: 1px solid #d0d7de; border-left: 6px solid #57606a; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 10px 14px 12px; }
.card-agree { border-left-color: #1a7f37; } .card-dispute { border-left-color: #9a6700; }
.card-differs { border-left-color: #cf222e; } .card-single { border-left-color: #0969da; }
header { display: flex; justify-content: space-between; align-items: center; }
.brand { font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: #57606a; }
.close { font: inherit; font-size: 20px; line-height: 1; background: none; border: 1px solid transparent; border-radius: 6px; color: inherit; cursor: pointer; padding: 2px 8px; }
.close:focus-visible, a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
h2 { font-size: 15px; margin: 6px 0; } h3 { font-size: 13px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .03em; color: #57606a; }
.verdict { font-weight: 600; margin: 4px 0; }
.page-says, .conflict-kind, .detail { margin: 6px 0; } .label { font-weight: 600; } .detail { color: #57606a; font-size: 13px; }
.fact + .fact { margin-top: 10px; padding-top: 8px; border-top: 2px solid #eaeef2; } .fact-question { font-size: 14px; margin: 4px 0; }
ul { list-style: none; margin: 0; padding: 0; } li { padding: 6px 0; border-top: 1px solid #eaeef2; }
.outlet { font-weight: 600; font-size: 13px; } .says { font-size: 12px; color: #57606a; }
.quote { display: block; font-style: italic; margin-top: 2px; } .quote strong { font-style: normal; background: rgba(212,167,44,.3); padding: 0 2px; border-radius: 3px; }
.explore { margin: 8px 0 0; }
.link { all: unset; cursor: pointer; color: #0969da; text-decoration: underline; font-size: 13px; }
.link:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.coverage { font-size: 12px; color: #57606a; margin: 10px 0 0; border-top: 1px solid #eaeef2; padding-top: 8px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; }
  .brand, h3, .says, .coverage, .detail { color: #9198a1; } li, .coverage, .fact + .fact { border-color: #30363d; }
  .quote strong { background: rgba(210,153,34,.35); } .link { color: #4493f8; }
}
@media (prefers-reduced-motion: no-preference) { .card { animation: cc-in .12s ease-out; } }
@keyframes cc-in { from { opacity: 0; transform: translateY(-4px); } to { opacity: 1; transform: none; } }
`;

