import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { combineFrames, EMPTY_COUNTS, type PageSummary } from '../messages/protocol';
import { bounded, dropFrame, MAX_FRAMES, MAX_ITEMS_PER_TAB, readTabState, recordFrame } from './tab-state';

const summary = (marks: number): PageSummary => ({
  sentences: marks,
  claims: marks,
  counts: { ...EMPTY_COUNTS, agree: marks },
  items: Array.from({ length: marks }, (_, index) => ({ index, claimIds: ['exchange.total'], question: 'How many?', sentence: `Sentence ${index}.`, kind: 'agree' as const })),
  status: 'running',
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('bounded', () => {
  it('keeps the top frame and the newest others, at most MAX_FRAMES', () => {
    const frames = Object.fromEntries([0, ...Array.from({ length: 50 }, (_, i) => i + 1)].map((id) => [String(id), summary(0)]));
    const kept = Object.keys(bounded({ tabId: 1, frames }).frames).map(Number);
    expect(kept).toHaveLength(MAX_FRAMES);
    expect(kept).toContain(0);
    expect(kept).toContain(50);
    expect(kept).not.toContain(1);
  });

  it('lists at most MAX_ITEMS_PER_TAB items, the top frame\'s first, and keeps every count', () => {
    const state = bounded({ tabId: 1, frames: { 0: summary(200), 7: summary(200), 9: summary(200) } });
    expect(Object.values(state.frames).reduce((n, f) => n + f.items.length, 0)).toBe(MAX_ITEMS_PER_TAB);
    expect(state.frames['0']!.items).toHaveLength(200);
    expect(combineFrames(state).counts.agree).toBe(600);
  });
});

describe('recordFrame and dropFrame', () => {
  it('a page that creates and removes frames 100 times leaves only the frames it has', async () => {
    await recordFrame(5, 0, summary(3));
    for (let i = 1; i <= 100; i++) {
      await recordFrame(5, i, summary(200));
      await dropFrame(5, i);
    }
    const state = await readTabState(5);
    expect(Object.keys(state!.frames)).toEqual(['0']);
    expect(combineFrames(state).counts.agree).toBe(3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('3');
  });

  it('frames that never say goodbye are still bounded', async () => {
    for (let i = 0; i <= 100; i++) await recordFrame(6, i, summary(200));
    const state = (await readTabState(6))!;
    expect(Object.keys(state.frames)).toHaveLength(MAX_FRAMES);
    expect(JSON.stringify(state).length).toBeLessThan(250_000);
  });

  it('a full storage keeps the counts (the badge) without the listed items, and nothing throws', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementationOnce(() => Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await recordFrame(7, 0, summary(4));
    const state = (await readTabState(7))!;
    expect(state.frames['0']!.items).toEqual([]);
    expect(combineFrames(state).counts.agree).toBe(4);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('4');
  });

  it('a storage that refuses everything loses nothing but the state: no rejection', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(() => Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(recordFrame(8, 0, summary(2))).resolves.toBeTruthy();
  });
});
