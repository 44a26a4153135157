import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { ALL_URLS, hasHostAccess, originsFor, requestHostAccess, watchHostAccess } from './host-access';

// The fake browser does not implement permissions (a prompt cannot run here), so they are stubbed per test.
const perms = fakeBrowser.permissions as unknown as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('originsFor', () => {
  it('every site: <all_urls>', () => {
    expect(originsFor({ runOn: 'all', sites: ['a.com'] })).toEqual([ALL_URLS]);
    expect(originsFor(DEFAULT_SETTINGS)).toEqual(['<all_urls>']);
  });
  it('a list: the listed sites and their subdomains', () => {
    expect(originsFor({ runOn: 'list', sites: ['a.com', '10.0.0.2'] })).toEqual(['*://a.com/*', '*://*.a.com/*', '*://10.0.0.2/*']);
    expect(originsFor({ runOn: 'list', sites: [] })).toEqual([]);
  });
  it('on click: nothing (activeTab)', () => {
    expect(originsFor({ runOn: 'click', sites: ['a.com'] })).toEqual([]);
  });
});

describe('hasHostAccess', () => {
  it('asks permissions.contains, for <all_urls> by default', async () => {
    const contains = vi.fn().mockResolvedValue(true);
    perms.contains = contains;
    expect(await hasHostAccess()).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    contains.mockResolvedValue(false);
    expect(await hasHostAccess(['*://a.com/*'])).toBe(false);
    expect(contains).toHaveBeenLastCalledWith({ origins: ['*://a.com/*'] });
  });
  it('true with nothing to check, without asking', async () => {
    const contains = vi.fn();
    perms.contains = contains;
    expect(await hasHostAccess([])).toBe(true);
    expect(contains).not.toHaveBeenCalled();
  });
  it('false, never a throw, when the API fails or is missing', async () => {
    perms.contains = vi.fn().mockRejectedValue(new Error('Invalid match pattern'));
    expect(await hasHostAccess()).toBe(false);
    perms.contains = vi.fn(() => {
      throw new Error('sync');
    });
    expect(await hasHostAccess()).toBe(false);
    perms.contains = vi.fn().mockResolvedValue('yes');
    expect(await hasHostAccess()).toBe(false);
    // The fake's own contains throws "not implemented".
    fakeBrowser.reset();
    delete perms.contains;
    expect(await hasHostAccess()).toBe(false);
  });
});

describe('requestHostAccess', () => {
  it('calls permissions.request synchronously (inside the user gesture) with the origins', async () => {
    let resolve!: (v: boolean) => void;
    const request = vi.fn(() => new Promise<boolean>((r) => (resolve = r)));
    perms.request = request;
    const result = requestHostAccess(['*://a.com/*', '*://*.a.com/*']);
    expect(request).toHaveBeenCalledWith({ origins: ['*://a.com/*', '*://*.a.com/*'] });
    resolve(true);
    expect(await result).toBe(true);
  });
  it('false when refused, rejected or thrown', async () => {
    perms.request = vi.fn().mockResolvedValue(false);
    expect(await requestHostAccess([ALL_URLS])).toBe(false);
    perms.request = vi.fn().mockRejectedValue(new Error('Only permissions specified in the manifest may be requested.'));
    expect(await requestHostAccess([ALL_URLS])).toBe(false);
    perms.request = vi.fn(() => {
      throw new Error('permissions.request may only be called from a user input handler');
    });
    expect(await requestHostAccess([ALL_URLS])).toBe(false);
  });
  it('true for no origins, without a prompt', async () => {
    const request = vi.fn();
    perms.request = request;
    expect(await requestHostAccess([])).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });
});

describe('watchHostAccess', () => {
  function fakeEvent() {
    const listeners = new Set<() => void>();
    return {
      addListener: vi.fn((l: () => void) => listeners.add(l)),
      removeListener: vi.fn((l: () => void) => listeners.delete(l)),
      fire: () => listeners.forEach((l) => l()),
      size: () => listeners.size,
    };
  }
  it('calls back on granted and withdrawn permissions until unsubscribed', () => {
    const added = fakeEvent();
    const removed = fakeEvent();
    perms.onAdded = added;
    perms.onRemoved = removed;
    const cb = vi.fn();
    const stop = watchHostAccess(cb);
    added.fire();
    removed.fire();
    expect(cb).toHaveBeenCalledTimes(2);
    stop();
    expect(added.size() + removed.size()).toBe(0);
    added.fire();
    expect(cb).toHaveBeenCalledTimes(2);
  });
  it('never throws where the events are missing or not implemented', () => {
    // The fake's events throw "not implemented" on addListener.
    const stop = watchHostAccess(() => {});
    expect(() => stop()).not.toThrow();
    perms.onAdded = undefined;
    perms.onRemoved = undefined;
    expect(() => watchHostAccess(() => {})()).not.toThrow();
  });
  it('a throwing callback does not break the event', () => {
    const added = fakeEvent();
    perms.onAdded = added;
    perms.onRemoved = fakeEvent();
    watchHostAccess(() => {
      throw new Error('boom');
    });
    expect(() => added.fire()).not.toThrow();
  });
});
