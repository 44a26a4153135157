// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { loadClaimBase } from '../claims/load-node';
import type { ClaimIndex } from '../claims/schema';
import { Explorer } from './Explorer';
import { claimElementId, claimSourceIds, createClaimSearch, NO_FILTERS } from './search';

const index = loadClaimBase();
const search = createClaimSearch(index);
const byId = (id: string) => index.claims.find((c) => c.id === id)!;

let root: HTMLElement | undefined;

function mount(hash = '', idx: ClaimIndex = index) {
  history.replaceState(null, '', `/explorer.html${hash}`);
  root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(<Explorer index={idx} />, root!));
  return root;
}

afterEach(() => {
  if (root) {
    act(() => render(null, root!));
    root.remove();
    root = undefined;
  }
  history.replaceState(null, '', '/explorer.html');
});

const articles = (r: HTMLElement) => [...r.querySelectorAll('article')];
const shownIds = (r: HTMLElement) => articles(r).map((a) => a.dataset.claimId);
const countText = (r: HTMLElement) => r.querySelector('[aria-live="polite"]')!.textContent;

function type(r: HTMLElement, text: string) {
  const input = r.querySelector<HTMLInputElement>('input[type="search"]')!;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(r: HTMLElement, label: string, value: string) {
  const select = r.querySelector<HTMLSelectElement>(`#${[...r.querySelectorAll('label')].find((l) => l.textContent === label)!.htmlFor}`)!;
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function navigate(hash: string) {
  await act(async () => {
    location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('Explorer', () => {
  it('has a heading, landmarks and labelled controls', () => {
    const r = mount();
    expect(r.querySelectorAll('h1')).toHaveLength(1);
    expect(r.querySelector('h1')!.textContent).toBe('Claim explorer');
    expect(r.querySelector('header')).not.toBeNull();
    expect(r.querySelector('main')).not.toBeNull();
    expect(r.querySelector('[role="search"]')!.getAttribute('aria-label')).toBeTruthy();
    for (const control of r.querySelectorAll('input, select')) {
      const label = r.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent, control.outerHTML).toBeTruthy();
    }
    expect(r.querySelector('input')!.getAttribute('type')).toBe('search');
    const kinds = [...r.querySelectorAll<HTMLOptionElement>('#cc-kind option')].map((o) => o.value);
    expect(kinds).toEqual(['any', 'contradiction', 'changed-over-time', 'part-vs-whole', 'attribution', 'quote-wording', 'omission', 'none']);
    const reports = [...r.querySelectorAll<HTMLOptionElement>('#cc-source option')];
    expect(reports.map((o) => o.value)).toEqual(['any', ...index.sources.map((s) => s.id)]);
    // Each report is named with its outlet (or wire), its date and its id.
    const qatar = reports.find((o) => o.value === '000_43242b43e3f2e229')!;
    expect(qatar.textContent).toBe('Qatar Tribune, 2025-05-25, report 000_43242b43e3f2e229');
    expect(reports.find((o) => o.value === '001_d728d23e68c312cc')!.textContent).toBe('DPA copy (outlet not named), 2025-05-24, report 001_d728d23e68c312cc');
  });

  it('shows every claim, in index order, with no filter', () => {
    const r = mount();
    expect(shownIds(r)).toEqual(index.claims.map((c) => c.id));
    expect(countText(r)).toBe(`${index.claims.length} of ${index.claims.length} claims`);
    for (const a of articles(r)) expect(a.id).toBe(claimElementId(a.dataset.claimId!));
    // Every quote of the base is on the page.
    const quoteCount = index.claims.reduce((n, c) => n + c.variants.reduce((m, v) => m + v.sources.length, 0), 0);
    expect(r.querySelectorAll('blockquote')).toHaveLength(quoteCount);
  });

  it('shows each quote verbatim with its outlet, date and report id, and the differing words emphasised', () => {
    const r = mount();
    const picks = [index.claims[0]!, byId('people.sybiha-title'), index.claims.find((c) => c.conflict?.kind === 'contradiction')!, index.claims[index.claims.length - 1]!];
    for (const claim of picks) {
      const article = r.querySelector<HTMLElement>(`#${claimElementId(claim.id)}`)!;
      expect(article, claim.id).not.toBeNull();
      expect(article.querySelector('h2')!.textContent).toBe(claim.question);
      const topic = index.topics.find((t) => t.id === claim.topic)!.title;
      expect(article.textContent).toContain(`Topic: ${topic}`);
      const sources = [...article.querySelectorAll('li.source')];
      const expected = claim.variants.flatMap((v) => v.sources);
      expect(sources).toHaveLength(expected.length);
      expected.forEach((s, i) => {
        const li = sources[i]!;
        expect(li.querySelector('blockquote')!.textContent).toBe(s.quote);
        expect(li.querySelector('.source-meta')!.textContent).toContain(`report ${s.source}`);
        const src = index.sources.find((x) => x.id === s.source)!;
        if (src.outlet) expect(li.querySelector('.outlet')!.textContent).toBe(src.outlet);
        expect(li.querySelector('.source-meta')!.textContent).toContain(src.date ?? 'date not given');
      });
      for (const v of claim.variants) expect(article.textContent).toContain(v.statement);
    }
    const sybiha = r.querySelector(`#${claimElementId('people.sybiha-title')}`)!;
    expect([...sybiha.querySelectorAll('blockquote strong')].map((s) => s.textContent)).toContain('deputy foreign minister');
    // One variant: nothing to differ from, nothing emphasised.
    const single = index.claims.find((c) => c.variants.length === 1)!;
    expect(r.querySelector(`#${claimElementId(single.id)} blockquote strong`)).toBeNull();
  });

  it('says in words whether the sources agree or conflict, and how', () => {
    const r = mount();
    const conflict = index.claims.find((c) => c.conflict?.kind === 'contradiction')!;
    const conflictArticle = r.querySelector(`#${claimElementId(conflict.id)}`)!;
    expect(conflictArticle.querySelector('.verdict')!.textContent).toContain('Sources conflict: contradiction');
    expect(conflictArticle.textContent).toContain(conflict.conflict!.note);
    const agree = index.claims.find((c) => !c.conflict && new Set(c.variants.flatMap((v) => v.sources.map((s) => s.report))).size > 1)!;
    expect(r.querySelector(`#${claimElementId(agree.id)} .verdict`)!.textContent).toContain('Sources agree');
    const single = index.claims.find((c) => new Set(c.variants.flatMap((v) => v.sources.map((s) => s.report))).size === 1)!;
    expect(r.querySelector(`#${claimElementId(single.id)} .verdict`)!.textContent).toContain('One source only');
    for (const a of articles(r)) expect(a.querySelector('.verdict')!.textContent!.trim().length).toBeGreaterThan(3);
  });

  it('narrows as the reader types, by relevance, and the live count follows', () => {
    const r = mount();
    type(r, 'Sybiha deputy');
    const expected = search.run({ ...NO_FILTERS, query: 'Sybiha deputy' }).map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(index.claims.length);
    expect(shownIds(r)).toEqual(expected);
    expect(shownIds(r)[0]).toBe('people.sybiha-title');
    expect(countText(r)).toBe(`${expected.length} of ${index.claims.length} claims`);
    expect(location.hash).toBe('#q=Sybiha+deputy');
    type(r, 'xylophone zqxwv');
    expect(articles(r)).toHaveLength(0);
    expect(countText(r)).toBe(`0 of ${index.claims.length} claims`);
    expect(r.textContent).toContain('No claim matches');
    type(r, '');
    expect(articles(r)).toHaveLength(index.claims.length);
    expect(location.hash).toBe('');
  });

  it('filters by conflict kind and by report', () => {
    const r = mount();
    choose(r, 'Conflict kind', 'attribution');
    expect(shownIds(r)).toEqual(index.claims.filter((c) => c.conflict?.kind === 'attribution').map((c) => c.id));
    choose(r, 'Conflict kind', 'none');
    expect(shownIds(r)).toEqual(index.claims.filter((c) => !c.conflict).map((c) => c.id));
    choose(r, 'Conflict kind', 'any');
    const source = '002_7cd15216d6601b6c';
    choose(r, 'Report', source);
    expect(shownIds(r)).toEqual(index.claims.filter((c) => claimSourceIds(c).includes(source)).map((c) => c.id));
    const clear = [...r.querySelectorAll('button')].find((b) => b.textContent === 'Clear search and filters')!;
    expect(clear.disabled).toBe(false);
    act(() => clear.click());
    expect(shownIds(r)).toHaveLength(index.claims.length);
    expect(r.querySelector<HTMLSelectElement>('#cc-source')!.value).toBe('any');
  });

  it('#claim= shows that claim even when filters hid it, highlights it and moves focus to it', async () => {
    const target = byId('people.sybiha-title');
    const r = mount('#claim=people.sybiha-title');
    const article = r.querySelector<HTMLElement>(`#${claimElementId(target.id)}`)!;
    expect(article).not.toBeNull();
    expect(document.activeElement).toBe(article);
    expect(article.getAttribute('tabindex')).toBe('-1');
    expect(article.classList.contains('linked')).toBe(true);
    expect(article.textContent).toContain('Linked claim');
    expect(r.querySelectorAll('.linked')).toHaveLength(1);
    expect(shownIds(r)).toHaveLength(index.claims.length);

    // Filter it out, then follow a link to another claim that the filter hides too.
    choose(r, 'Conflict kind', 'omission');
    const other = index.claims.find((c) => !c.conflict && c.id !== target.id)!;
    expect(shownIds(r)).not.toContain(other.id);
    await navigate(`#claim=${other.id}`);
    const otherArticle = r.querySelector<HTMLElement>(`#${claimElementId(other.id)}`)!;
    expect(otherArticle).not.toBeNull();
    expect(document.activeElement).toBe(otherArticle);
    expect(otherArticle.textContent).toContain('Linked claim');
    expect(r.querySelectorAll('.linked')).toHaveLength(1);
    expect(r.querySelector<HTMLSelectElement>('#cc-kind')!.value).toBe('any');
    expect(shownIds(r)).toHaveLength(index.claims.length);
  });

  it('each claim links to itself with #claim=', () => {
    const r = mount();
    const claim = index.claims[3]!;
    const link = r.querySelector<HTMLAnchorElement>(`#${claimElementId(claim.id)} a.permalink`)!;
    expect(link.getAttribute('href')).toBe(`#claim=${encodeURIComponent(claim.id)}`);
  });

  it('#claim= with an unknown id says so and shows every claim', () => {
    const r = mount('#claim=no.such-claim');
    expect(r.querySelector('[role="alert"]')!.textContent).toBe('No claim has the id “no.such-claim”. Showing every claim.');
    expect(articles(r)).toHaveLength(index.claims.length);
    expect(r.querySelector('.linked')).toBeNull();
  });

  it('#q= fills the search box and searches', async () => {
    const r = mount('#q=Qatar%20Tribune');
    expect(r.querySelector<HTMLInputElement>('input[type="search"]')!.value).toBe('Qatar Tribune');
    const expected = search.run({ ...NO_FILTERS, query: 'Qatar Tribune' }).map((c) => c.id);
    expect(shownIds(r)).toEqual(expected);
    await navigate('#q=zelensky');
    expect(r.querySelector<HTMLInputElement>('input[type="search"]')!.value).toBe('zelensky');
    expect(shownIds(r)).toEqual(search.run({ ...NO_FILTERS, query: 'zelensky' }).map((c) => c.id));
  });

  it('passes axe-core (WCAG A/AA and best practice; colour contrast needs a real browser)', async () => {
    // A slice of the base with every kind of verdict, plus the linked state, keeps happy-dom quick.
    const claims = [...index.claims.filter((c) => c.conflict), ...index.claims.filter((c) => !c.conflict).slice(0, 8)];
    const r = mount(`#claim=${claims[0]!.id}`, { ...index, claims });
    document.documentElement.lang = 'en';
    document.title = 'Crosscheck claim explorer';
    expect(r.querySelector('.linked')).not.toBeNull();
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}`)).toEqual([]);
    expect(result.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['label', 'landmark-one-main', 'page-has-heading-one', 'duplicate-id-aria']));
  });

  it('renders the data as text, never as markup', () => {
    const evil = structuredClone(index) as ClaimIndex;
    const claim = evil.claims[0]!;
    claim.question = '<img src=x onerror=alert(1)> question';
    claim.variants[0]!.sources[0]!.quote = '<script>alert(1)</script> quote';
    claim.id = 'x"><b>.id';
    const r = mount('', evil);
    expect(r.querySelector('img, script, b')).toBeNull();
    expect(r.textContent).toContain('<img src=x onerror=alert(1)> question');
    expect(r.textContent).toContain('<script>alert(1)</script> quote');
    expect(r.querySelector(`#${claimElementId('x"><b>.id')}`)).not.toBeNull();
  });
});
