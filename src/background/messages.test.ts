// Who may ask the background what (issue 11, item 6): only Crosscheck's own pages about any tab, only its
// scripts in a tab about their own frame, and nothing from another extension.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_COUNTS, type PageSummary } from '../messages/protocol';
import { onMessage, type Sender } from './index';
import { readTabState, recordFrame } from './tab-state';

const summary: PageSummary = { sentences: 2, claims: 2, counts: { ...EMPTY_COUNTS, agree: 2 }, items: [], status: 'running' };
const id = () => fakeBrowser.runtime.id;
const popup = (): Sender => ({ id: id(), url: fakeBrowser.runtime.getURL('/popup.html') });
const frame = (tabId: number, frameId = 0): Sender => ({ id: id(), tab: { id: tabId, url: 'https://news.example/a' }, frameId, url: 'https://news.example/a' });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the background answers only the senders that may ask', () => {
  it('a tab\'s state: to Crosscheck\'s pages, not to a script in a page', async () => {
    await recordFrame(3, 0, summary);
    expect(await onMessage({ type: 'cc:tab-state', tabId: 3 }, popup())).toMatchObject({ tabId: 3 });
    expect(await onMessage({ type: 'cc:tab-state', tabId: 3 }, frame(9))).toBeNull();
    expect(await onMessage({ type: 'cc:tab-state', tabId: 3 }, { ...popup(), id: 'another-extension' })).toBeUndefined();
    expect(await onMessage({ type: 'cc:tab-state', tabId: Number.NaN }, popup())).toBeNull();
  });

  it('"run here" in a tab: only from Crosscheck\'s pages', async () => {
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue();
    expect(await onMessage({ type: 'cc:run-here', tabId: 4 }, frame(9))).toEqual({ ok: false });
    expect(run).not.toHaveBeenCalled();
    expect(await onMessage({ type: 'cc:run-here', tabId: 4 }, popup())).toEqual({ ok: true });
    expect(run).toHaveBeenCalled();
  });

  it('a summary or a frame gone: only from a script in a tab, about its own frame', async () => {
    expect(await onMessage({ type: 'cc:summary', summary }, popup())).toBeUndefined();
    expect(await readTabState(5)).toBeNull();
    expect(await onMessage({ type: 'cc:summary', summary }, frame(5, 2))).toEqual({ ok: true });
    expect(Object.keys((await readTabState(5))!.frames)).toEqual(['2']);
    expect(await onMessage({ type: 'cc:frame-gone' }, popup())).toBeUndefined();
    expect(await onMessage({ type: 'cc:frame-gone' }, frame(5, 2))).toEqual({ ok: true });
    expect((await readTabState(5))!.frames).toEqual({});
  });

  it('a summary of the wrong shape: dropped, and the frame\'s last good one stays', async () => {
    expect(await onMessage({ type: 'cc:summary', summary }, frame(8))).toEqual({ ok: true });
    const forged = [
      { ...summary, sentences: 1e9, counts: { ...EMPTY_COUNTS, dispute: 1e9 } },
      { ...summary, counts: { ...EMPTY_COUNTS, agree: -2 } },
      { ...summary, items: Array.from({ length: 5000 }, (_, index) => ({ index, claimIds: ['a.b'], question: 'q', sentence: 'x'.repeat(10_000), kind: 'agree' })) },
      { ...summary, status: 'anything' },
      'not a summary',
    ];
    for (const bad of forged) expect(await onMessage({ type: 'cc:summary', summary: bad as PageSummary }, frame(8))).toEqual({ ok: false });
    expect((await readTabState(8))!.frames['0']).toEqual(summary);
  });

  it('injects the annotator into the document that asked, where the browser names it', async () => {
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue();
    expect(await onMessage({ type: 'cc:inject' }, { ...frame(6, 3), documentId: 'doc-1' })).toEqual({ ok: true });
    expect(run.mock.calls.at(-1)![0]).toMatchObject({ target: { tabId: 6, documentIds: ['doc-1'] } });
    expect(await onMessage({ type: 'cc:inject' }, frame(6, 3))).toEqual({ ok: true });
    expect(run.mock.calls.at(-1)![0]).toMatchObject({ target: { tabId: 6, frameIds: [3] } });
    expect(await onMessage({ type: 'cc:inject' }, popup())).toEqual({ ok: false });
  });

  it('opens at most 3 explorer tabs in any 30 s', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await onMessage({ type: 'cc:open-explorer', claimId: 'exchange.saturday-count' }, frame(7)));
    expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: false }, { ok: false }]);
    expect(create).toHaveBeenCalledTimes(3);
  });

  it('still refuses after the service worker restarts: the recent times are in storage.session', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.resetModules();
    const first = await import('./index');
    for (let i = 0; i < 3; i++) expect(await first.onMessage({ type: 'cc:open-explorer' }, frame(7))).toEqual({ ok: true });
    // A new worker: the module is loaded again, with nothing in memory.
    vi.resetModules();
    const restarted = await import('./index');
    expect(restarted.onMessage).not.toBe(first.onMessage);
    expect(await restarted.onMessage({ type: 'cc:open-explorer' }, frame(7))).toEqual({ ok: false });
    expect(create).toHaveBeenCalledTimes(3);
    expect((await fakeBrowser.storage.session.get(restarted.EXPLORER_RATE_KEY))[restarted.EXPLORER_RATE_KEY]).toHaveLength(3);
  });
});
