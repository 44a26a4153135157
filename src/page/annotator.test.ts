// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadClaimBase } from '../claims/load-node';
import { PageAnnotator } from './annotator';
import { readerClick, readerKey } from '../ui/test-helpers';

const index = loadClaimBase();
/** Wait for the annotator's mutation handling (batched, MUTATION_SETTLE_MS) to reach what `check` asserts: no fixed sleep on a loaded machine. */
const eventually = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 20 });
/** The claims of every mark on the page (one mark per sentence, which may state several). */
const marks = () => [...document.querySelectorAll('crosscheck-mark')].flatMap((m) => m.getAttribute('data-crosscheck-claims')!.split(' '));

afterEach(() => {
  // A test that failed half-way leaves its layer behind: no later test may find it.
  document.querySelectorAll('crosscheck-layer').forEach((e) => e.remove());
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('PageAnnotator (happy-dom, no Highlight API: the fallback path)', () => {
  it('marks matched sentences, leaves page text unchanged, and removes every trace on destroy', async () => {
    document.title = 'Russia and Ukraine exchange prisoners';
    document.body.innerHTML = '<article><h1>War in Ukraine</h1><p>Russia and Ukraine released a further <b>307</b> prisoners each on Saturday. The weather was fine.</p></article>';
    const before = document.body.innerHTML;
    const annotator = new PageAnnotator(document, index);
    await annotator.start();
    expect(marks()).toContain('exchange.saturday-count');
    const host = document.querySelector('crosscheck-mark[data-crosscheck-claims~="exchange.saturday-count"]')!;
    expect(host.getAttribute('data-crosscheck-differs')).toBe('false');
    expect(host.getAttribute('data-crosscheck-agree')!.split(' ').length).toBeGreaterThan(1);
    expect(host.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toMatch(/^Crosscheck, agree: All sources/);
    expect(document.body.innerHTML).toBe(before); // the layer hangs off <html>, not the page's body
    annotator.destroy();
    expect(document.querySelector('crosscheck-layer')).toBeNull();
    expect(document.querySelector('[data-crosscheck-ui]')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });

  it('scans paragraphs added later and drops marks of removed or edited text', async () => {
    document.body.innerHTML = '<main><h1>Ukraine live</h1><p id="a">Nothing here yet.</p></main>';
    const annotator = new PageAnnotator(document, index);
    await annotator.start();
    expect(marks()).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'Ukraine’s deputy foreign minister Andrii Sybiha condemned the attack.';
    document.querySelector('main')!.appendChild(p);
    await eventually(() => expect(marks()).toContain('people.sybiha-title'));
    p.firstChild!.textContent = 'Sybiha said nothing today about Ukraine.';
    await eventually(() => expect(marks()).toEqual([])); // a name without a title asserts no title
    p.firstChild!.textContent = 'Dozens of people were injured in the Russian attack on Kyiv.';
    await eventually(() => expect(document.querySelector('crosscheck-mark')?.getAttribute('data-crosscheck-kind')).toBe('agree')); // no side taken: agrees with every report
    p.remove();
    await eventually(() => expect(marks()).toEqual([]));
    annotator.destroy();
  });

  it('stops when its signal aborts (extension disabled or reloaded)', async () => {
    document.body.innerHTML = '<p>Russia and Ukraine released a further 307 prisoners each on Saturday.</p>';
    const ctl = new AbortController();
    const annotator = new PageAnnotator(document, index, { signal: ctl.signal });
    await annotator.start();
    expect(marks().length).toBeGreaterThan(0);
    ctl.abort();
    expect(document.querySelector('crosscheck-layer')).toBeNull();
  });

  it('follows the page\'s own theme switch: a class on <html> or a data-theme on <body>, not only a relayout', async () => {
    document.head.innerHTML = '<style>html.dark body, body[data-theme="dark"] { background-color: rgb(13, 17, 23); color: rgb(230, 237, 243); }</style>';
    document.body.innerHTML = '<p>Russia and Ukraine released a further 307 prisoners each on Saturday.</p>';
    const annotator = new PageAnnotator(document, index);
    await annotator.start();
    const button = () => document.querySelector('crosscheck-mark')!.shadowRoot!.querySelector('button')!;
    expect(button().classList.contains('on-dark')).toBe(false);
    document.documentElement.classList.add('dark');
    await eventually(() => expect(button().classList.contains('on-dark')).toBe(true));
    document.documentElement.classList.remove('dark');
    await eventually(() => expect(button().classList.contains('on-dark')).toBe(false));
    document.body.setAttribute('data-theme', 'dark');
    await eventually(() => expect(button().classList.contains('on-dark')).toBe(true));
    annotator.destroy();
    document.body.removeAttribute('data-theme');
  });

  it('stops watching the page\'s theme when it ends', async () => {
    const observe = vi.spyOn(window.MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(window.MutationObserver.prototype, 'disconnect');
    try {
      document.body.innerHTML = '<p>Russia and Ukraine released a further 307 prisoners each on Saturday.</p>';
      const ctl = new AbortController();
      const annotator = new PageAnnotator(document, index, { signal: ctl.signal });
      await annotator.start();
      const themeObservers = observe.mock.contexts.filter((_, i) => (observe.mock.calls[i]![1] as MutationObserverInit).attributeFilter?.includes('data-theme'));
      expect(themeObservers.length).toBeGreaterThan(0);
      ctl.abort();
      for (const o of themeObservers) expect(disconnect.mock.contexts).toContain(o);
      annotator.destroy();
    } finally {
      observe.mockRestore();
      disconnect.mockRestore();
    }
  });

  it('acts on the reader\'s events only: a page\'s scripted clicks, keys and pointers open and close nothing', async () => {
    document.body.innerHTML = '<p id="p">Russia and Ukraine released a further 307 prisoners each on Saturday.</p>';
    const annotator = new PageAnnotator(document, index);
    await annotator.start();
    const button = document.querySelector('crosscheck-mark')!.shadowRoot!.querySelector('button')!;
    const card = () => document.querySelector('crosscheck-card');
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(card()).toBeNull();
    readerClick(button);
    expect(card()).not.toBeNull();
    // Everything a page can send at an open card: Escape on the document and inside the card, a pointer
    // outside it, clicks on its close button, and a click on the marker that opened it.
    const root = card()!.shadowRoot!;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    root.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    document.getElementById('p')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    root.querySelector<HTMLButtonElement>('button.close')!.click();
    button.click();
    expect(card()).not.toBeNull();
    readerKey(document.body, 'Escape');
    expect(card()).toBeNull();
    annotator.destroy();
  });

  it('takes every word of its markers and of the coverage line from the messages (none hard-coded)', async () => {
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | (string | number)[]) =>
      `«${[key, ...(subs === undefined ? [] : Array.isArray(subs) ? subs : [subs])].join('|')}»`,
    );
    try {
      document.body.innerHTML = '<p>Russia and Ukraine released a further 307 prisoners each on Saturday.</p>';
      const annotator = new PageAnnotator(document, index);
      await annotator.start();
      const host = document.querySelector('crosscheck-mark[data-crosscheck-claims~="exchange.saturday-count"]')!;
      const question = index.claims.find((c) => c.id === 'exchange.saturday-count')!.question;
      const button = host.shadowRoot!.querySelector('button')!;
      expect(button.getAttribute("aria-label")).toBe(`«mark_label|«mark_agree_verdict»|${question}|«mark_agree_short»»`);
      expect(button.title).toBe('«mark_title|«mark_agree_verdict»»');
      expect(button.textContent).toBe('«mark_agree_short»');
      expect(button.querySelector('.glyph')?.getAttribute('data-glyph')).toBe('✓');
      button.click();
      expect(document.querySelector('crosscheck-card')).toBeNull(); // a page's scripted click opens no card
      readerClick(button);
      const card = document.querySelector('crosscheck-card')!.shadowRoot!;
      const reports = new Set(index.sources.map((s) => s.report)).size;
      expect(card.querySelector('.coverage')!.textContent).toBe(`«card_coverage|${index.claims.length}|${reports}»`);
      const close = card.querySelector('button.close')!;
      expect(close.getAttribute('aria-label')).toBe('«card_close»');
      for (const text of [button.getAttribute('aria-label')!, button.title, button.textContent!, card.querySelector('.coverage')!.textContent!, close.getAttribute('aria-label')!]) {
        const rest = text.split(question).join(' ').replace(/«[^«»]*»/g, ' ').replace(/«[^«»]*»/g, ' ');
        expect(rest).not.toMatch(/\p{L}{2,}/u);
        for (const w of ['Crosscheck', 'Open sources', 'agree', 'not verified', 'claims', 'Close']) expect(rest).not.toContain(w);
      }
      annotator.destroy();
    } finally {
      spy.mockRestore();
    }
  });
});
