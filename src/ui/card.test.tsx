// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadClaimBase } from '../claims/load-node';
import { Matcher } from '../match/matcher';
import type { Annotation } from '../match/types';
import { Card } from './card';
import { readerClick, readerKey } from './test-helpers';
import { factVerdict } from '../verdict/verdict';

const index = loadClaimBase();
const matcher = new Matcher(index);
const sources = new Map(index.sources.map((s) => [s.id, s]));

const claimOf = (id: string) => index.claims.find((c) => c.id === id)!;
const factOf = (a: Annotation) => ({ annotation: a, claim: claimOf(a.claimId), kind: factVerdict(a) });

function show(sentence: string, claimId: string) {
  const a = matcher.matchText(sentence).annotations.find((x) => x.claimId === claimId)!;
  expect(a, sentence).toBeDefined();
  const claim = claimOf(claimId);
  const onClose = vi.fn();
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(<Card facts={[factOf(a)]} kind={factVerdict(a)} sources={sources} coverage="COVERAGE LINE" onClose={onClose} />, root);
  return { root, onClose, claim };
}

describe('Card', () => {
  it('shows the claim, a verdict in words, agreeing and conflicting sources with outlet, date and emphasised exact quote', () => {
    const { root, claim } = show('Ukraine’s deputy foreign minister Andrii Sybiha condemned the attack.', 'people.sybiha-title');
    const text = root.textContent!;
    expect(text).toContain(claim.question);
    expect(text).toMatch(/The sources disagree on this/);
    expect(text).toContain('Agree (1)');
    expect(text).toMatch(/Conflict \(\d\)/);
    expect(text).toContain('Qatar Tribune, 2025-05-25');
    expect(text).toContain(claim.conflict!.note);
    expect([...root.querySelectorAll('strong')].map((s) => s.textContent)).toContain('deputy foreign minister');
    for (const q of root.querySelectorAll('q')) {
      const quotes = claim.variants.flatMap((v) => v.sources.map((s) => s.quote));
      expect(quotes).toContain(q.textContent);
    }
    expect(text).toContain('COVERAGE LINE');
    expect(root.querySelector('[role="dialog"]')!.getAttribute('aria-labelledby')).toBe('cc-title');
  });

  it('says what the page states when no source gives it', () => {
    const { root } = show('Russia and Ukraine released a further 1,200 prisoners each on Saturday.', 'exchange.saturday-count');
    expect(root.textContent).toContain('This page says “1,200”: no source gives this.');
    expect(root.textContent).toMatch(/Sources say otherwise/);
  });

  it('closes on the reader\'s Escape and close button, never on a page\'s scripted ones', () => {
    const { root, onClose } = show('Ukraine’s deputy foreign minister Andrii Sybiha condemned the attack.', 'people.sybiha-title');
    const dialog = root.querySelector('[role="dialog"]')!;
    const close = root.querySelector('button.close') as HTMLButtonElement;
    // What a page script can do to a card it reaches: untrusted events.
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    close.click();
    close.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(onClose).not.toHaveBeenCalled();
    readerKey(dialog, 'Escape');
    readerClick(close);
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('lists each fact of a sentence that states several, with its own verdict, note and sources', () => {
    const sentence = 'Ukraine’s deputy foreign minister Andrii Sybiha said the largest prisoner swap of the war showed Russia could keep its word.';
    const annotations = matcher.matchText(sentence).annotations;
    expect(annotations.map((a) => a.claimId).sort()).toEqual(['exchange.largest', 'people.sybiha-title']);
    const facts = annotations.map(factOf).sort((a, b) => (a.kind === 'dispute' ? -1 : b.kind === 'dispute' ? 1 : 0));
    const opened: string[] = [];
    const root = document.createElement('div');
    document.body.appendChild(root);
    render(<Card facts={facts} kind="dispute" sources={sources} coverage="" onClose={() => {}} onOpenExplorer={(id) => opened.push(id)} />, root);
    expect(root.querySelector('#cc-title')!.textContent).toBe('This sentence states 2 facts from the claim base');
    expect([...root.querySelectorAll('.fact-question')].map((h) => h.textContent)).toEqual(facts.map((f) => f.claim.question));
    expect([...root.querySelectorAll('.fact .verdict')].map((p) => p.textContent)).toEqual(['⚠ The sources disagree on this.', '✓ All sources that report this agree.']);
    // The hedge ("expected to be the largest") is no dispute: a note, not a conflict.
    expect(root.textContent).toContain(claimOf('exchange.largest').detail!.note);
    const ids = [...root.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A click a page script makes (untrusted) opens nothing; the reader's own opens the explorer.
    root.querySelectorAll<HTMLButtonElement>('.explore button').forEach((b) => b.click());
    expect(opened).toEqual([]);
    root.querySelectorAll<HTMLButtonElement>('.explore button').forEach(readerClick);
    expect(opened).toEqual(facts.map((f) => f.claim.id));
  });

  it('renders page-like text in quotes as text, never as markup', () => {
    const claim = index.claims[0]!;
    const a = { ...matcher.matchText('Russia and Ukraine released a further 307 prisoners each on Saturday.').annotations[0]!, pageValue: '<img src=x onerror=alert(1)>', stance: 'differs' as const };
    const root = document.createElement('div');
    render(<Card facts={[{ annotation: a, claim, kind: 'differs' }]} kind="differs" sources={sources} coverage="" onClose={() => {}} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  describe('with every message replaced by a «key» marker (nothing the card says is hard-coded)', () => {
    afterEach(() => vi.restoreAllMocks());

    /** Each message becomes «key|substitution|…», so any English left in the card's chrome came from code. */
    const markMessages = () =>
      vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | (string | number)[]) =>
        `«${[key, ...(subs === undefined ? [] : Array.isArray(subs) ? subs : [subs])].join('|')}»`,
      );
    const CHROME_WORDS = ['Crosscheck', 'Close', 'Agree', 'Conflict', 'Sources', 'This sentence', 'This page', 'Says', 'See all sources', 'not verified', 'outlet not named', 'date not given', 'take a side', 'negates', 'The reports', 'disagree', 'Report'];

    function chrome(annotation: Annotation, claimId: string) {
      const claim = index.claims.find((c) => c.id === claimId)!;
      const root = document.createElement('div');
      render(<Card facts={[{ annotation, claim, kind: factVerdict(annotation) }]} kind={factVerdict(annotation)} sources={sources} coverage="" onClose={() => {}} onOpenExplorer={() => {}} />, root);
      const shown = [root.textContent!, ...[...root.querySelectorAll('*')].flatMap((el) => ['aria-label', 'title'].map((n) => el.getAttribute(n) ?? ''))].join('\n');
      // The messages (nested ones too: a source label inside its dated form), then the data: claim, accounts, quotes, note, the page's words.
      let rest = shown;
      for (let prev = ''; prev !== rest; ) [prev, rest] = [rest, rest.replace(/«[^«»]*»/g, ' ')];
      const data = [claim.question, claim.conflict?.note ?? '', claim.detail?.note ?? '', annotation.pageValue ?? '', annotation.statement, ...claim.variants.flatMap((v) => [v.statement, ...v.sources.map((s) => s.quote)])];
      for (const d of data.filter(Boolean).sort((x, y) => y.length - x.length)) rest = rest.split(d).join(' ');
      return { shown, rest };
    }
    const annotation = (sentence: string, claimId: string) => matcher.matchText(sentence).annotations.find((x) => x.claimId === claimId)!;

    it.each([
      ['agrees, with sources that conflict', 'Ukraine’s deputy foreign minister Andrii Sybiha condemned the attack.', 'people.sybiha-title', ['«card_pageAgrees|', '«card_heading_agree|1»', '«card_heading_conflict|3»', '«card_says|', '«card_kindLabel|«card_kind_contradiction»»']],
      ['takes no side', 'Dozens of people were injured in the Russian attack on Kyiv.', 'strike.kyiv-injured', ['«card_unresolved»', '«card_heading_sources|3»', '«card_kindLabel|«card_kind_changedOverTime»»']],
      ['cites sources without outlet or date', 'Russia and Ukraine carried out the largest prisoner exchange of the war.', 'exchange.largest', ['«card_source_wireCopy|DPA»', '«card_source_reportUnnamed|003»', '«card_source_undated|WE»', '«card_source_dated|']],
      ['gives a figure no source gives', 'Russia and Ukraine released a further 1,200 prisoners each on Saturday.', 'exchange.saturday-count', ['«card_pageValue|', '«card_heading_otherwise|4»']],
    ])('a sentence that %s', (_, sentence, claimId, expected) => {
      markMessages();
      const { shown, rest } = chrome(annotation(sentence, claimId), claimId);
      for (const m of ['«card_brand»', '«card_close»', '«card_verdict|«mark_', '«card_seeAll»', ...expected]) expect(shown).toContain(m);
      for (const w of CHROME_WORDS) expect(rest).not.toContain(w);
      expect(rest).not.toMatch(/\p{L}{2,}/u); // nothing but glyphs, punctuation and figures outside the messages and the data
    });

    it('a sentence that negates what the sources report', () => {
      markMessages();
      const a = { ...annotation('Russia and Ukraine released a further 1,200 prisoners each on Saturday.', 'exchange.saturday-count'), pageValue: null };
      const { shown, rest } = chrome(a, 'exchange.saturday-count');
      expect(shown).toContain('«card_pageNegates»');
      expect(rest).not.toMatch(/\p{L}{2,}/u);
    });
  });
});
