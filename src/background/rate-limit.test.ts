import { describe, expect, it } from 'vitest';
import { rateLimit } from './rate-limit';

describe('rateLimit', () => {
  it('allows `max` events in any window, then one more each time the oldest leaves it', () => {
    const limit = rateLimit(3, 10_000);
    expect([0, 100, 200, 300, 400].map((t) => limit.take(t))).toEqual([true, true, true, false, false]);
    expect(limit.take(9_999)).toBe(false);
    expect(limit.take(10_000)).toBe(true); // the event at 0 has left the window
    expect(limit.take(10_050)).toBe(false);
    expect(limit.take(10_100)).toBe(true);
  });

  it('refused events are not counted', () => {
    const limit = rateLimit(1, 1000);
    expect(limit.take(0)).toBe(true);
    for (let t = 1; t < 1000; t += 50) expect(limit.take(t)).toBe(false);
    expect(limit.take(1000)).toBe(true);
  });
});
