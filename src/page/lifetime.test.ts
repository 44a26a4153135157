import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOTATOR_GLOBAL, startLifetime } from './lifetime';

describe('annotator lifetime', () => {
  afterEach(() => vi.useRealTimers());

  it('ends when the extension is gone, checked on a timer, and then stops checking', () => {
    vi.useFakeTimers();
    let gone = false;
    const checks = vi.fn(() => gone);
    const scope = {};
    const ctl = startLifetime(scope, checks, 1000);
    vi.advanceTimersByTime(3000);
    expect(ctl.signal.aborted).toBe(false);
    expect(checks).toHaveBeenCalledTimes(3);
    gone = true;
    vi.advanceTimersByTime(1000);
    expect(ctl.signal.aborted).toBe(true);
    expect(ANNOTATOR_GLOBAL in scope).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(checks).toHaveBeenCalledTimes(4);
  });

  it('a newer copy in the same frame ends the one before it; ending the old one leaves the new one in place', () => {
    vi.useFakeTimers();
    const scope = {};
    const first = startLifetime(scope, () => false);
    const second = startLifetime(scope, () => false);
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    expect((scope as Record<string, unknown>)[ANNOTATOR_GLOBAL]).toBe(second);
    second.abort();
    expect(ANNOTATOR_GLOBAL in scope).toBe(false);
  });

  it('no DOM event reaches it: only its own scope and the extension check end it', () => {
    vi.useFakeTimers();
    const scope = {};
    const ctl = startLifetime(scope, () => false);
    // What the WXT content script context listened for: a page can post or dispatch it at will.
    globalThis.dispatchEvent?.(new Event('wxt:content-script-started'));
    vi.advanceTimersByTime(10_000);
    expect(ctl.signal.aborted).toBe(false);
    ctl.abort();
  });
});
