import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rateLimit, type SessionArea } from './rate-limit';

const KEY = 'rate:test';
const area: SessionArea = fakeBrowser.storage.session;
const stored = async () => (await fakeBrowser.storage.session.get(KEY))[KEY];
const takes = async (limit: ReturnType<typeof rateLimit>, times: number[]) => {
  const out: boolean[] = [];
  for (const t of times) out.push(await limit.take(t));
  return out;
};

beforeEach(() => fakeBrowser.reset());

describe('rateLimit', () => {
  it('allows `max` events in any window, then one more each time the oldest leaves it', async () => {
    const limit = rateLimit(3, 10_000, area, KEY);
    expect(await takes(limit, [0, 100, 200, 300, 400])).toEqual([true, true, true, false, false]);
    expect(await limit.take(9_999)).toBe(false);
    expect(await limit.take(10_000)).toBe(true); // the event at 0 has left the window
    expect(await limit.take(10_050)).toBe(false);
    expect(await limit.take(10_100)).toBe(true);
  });

  it('refused events are not counted', async () => {
    const limit = rateLimit(1, 1000, area, KEY);
    expect(await limit.take(0)).toBe(true);
    for (let t = 1; t < 1000; t += 50) expect(await limit.take(t)).toBe(false);
    expect(await limit.take(1000)).toBe(true);
  });

  it('holds across a restart of the service worker: a new limit over the same storage.session knows the recent events', async () => {
    expect(await takes(rateLimit(3, 30_000, area, KEY), [0, 1000, 2000])).toEqual([true, true, true]);
    // The worker stopped and started again: its memory is new, the session storage is not.
    const after = rateLimit(3, 30_000, area, KEY);
    expect(await takes(after, [5000, 29_999])).toEqual([false, false]);
    expect(await after.take(30_000)).toBe(true);
    expect(await rateLimit(3, 30_000, area, KEY).take(30_500)).toBe(false);
  });

  it('stores at most `max` timestamps, and nothing else', async () => {
    const limit = rateLimit(3, 1000, area, KEY);
    for (let t = 0; t < 20_000; t += 100) await limit.take(t);
    const value = await stored();
    expect(Array.isArray(value) && value.length <= 3 && value.every((t) => Number.isFinite(t))).toBe(true);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([KEY]);
  });

  it('takes requests that come at once one at a time: 10 at once allow 3', async () => {
    const limit = rateLimit(3, 30_000, area, KEY);
    expect((await Promise.all(Array.from({ length: 10 }, () => limit.take(5)))).filter(Boolean)).toHaveLength(3);
    // Also from two workers' limits at once (a new one started while the old one had not yet stopped).
    await fakeBrowser.storage.session.clear();
    const [a, b] = [rateLimit(3, 30_000, area, KEY), rateLimit(3, 30_000, area, KEY)];
    expect(await takes(a, [0, 1])).toEqual([true, true]);
    expect(await takes(b, [2, 3])).toEqual([true, false]);
  });

  it('reads garbage or future times in storage as no events, and still limits when the storage fails', async () => {
    for (const garbage of ['x', { 0: 1 }, [Number.NaN, 'a', null], [1e15, 1e15, 1e15], Array(1000).fill('z')]) {
      await fakeBrowser.storage.session.set({ [KEY]: garbage });
      expect(await rateLimit(3, 30_000, area, KEY).take(50_000), JSON.stringify(garbage)).toBe(true);
    }
    const broken: SessionArea = { get: () => Promise.reject(new Error('gone')), set: () => Promise.reject(new Error('gone')) };
    expect(await takes(rateLimit(2, 30_000, broken, KEY), [0, 1, 2])).toEqual([true, true, false]);
  });
});
