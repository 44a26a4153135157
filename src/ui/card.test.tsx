// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { loadClaimBase } from '../claims/load-node';
import { Matcher } from '../match/matcher';
import { Card } from './card';
import { markKind } from './mark-kind';

const index = loadClaimBase();
const matcher = new Matcher(index);
const sources = new Map(index.sources.map((s) => [s.id, s]));

function show(sentence: string, claimId: string) {
  const a = matcher.matchText(sentence).annotations.find((x) => x.claimId === claimId)!;
  expect(a, sentence).toBeDefined();
  const claim = index.claims.find((c) => c.id === claimId)!;
  const onClose = vi.fn();
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(<Card annotation={a} claim={claim} kind={markKind(a, claim)} sources={sources} coverage="COVERAGE LINE" onClose={onClose} />, root);
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

  it('closes on Escape and on the close button', () => {
    const { root, onClose } = show('Ukraine’s deputy foreign minister Andrii Sybiha condemned the attack.', 'people.sybiha-title');
    root.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    (root.querySelector('button.close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('renders page-like text in quotes as text, never as markup', () => {
    const claim = index.claims[0]!;
    const a = { ...matcher.matchText('Russia and Ukraine released a further 307 prisoners each on Saturday.').annotations[0]!, pageValue: '<img src=x onerror=alert(1)>', pageDiffers: true, stance: 'differs' as const };
    const root = document.createElement('div');
    render(<Card annotation={a} claim={claim} kind="differs" sources={sources} coverage="" onClose={() => {}} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
