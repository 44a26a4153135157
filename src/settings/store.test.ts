import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './settings';

/**
 * @wxt-dev/storage runs migrations when the item is defined, i.e. when store.ts
 * is loaded, as in an extension page. So each test seeds storage first, then
 * loads a fresh copy of the module.
 */
async function freshStore() {
  vi.resetModules();
  return import('./store');
}

const stored = async () => fakeBrowser.storage.local.get(['settings', 'settings$']);

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('loadSettings', () => {
  it('gives the defaults when nothing is stored', async () => {
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('uses the key "settings" in storage.local, with the version under "settings$"', async () => {
    const { updateSettings } = await freshStore();
    await updateSettings({ mark: 'problems' });
    expect(await stored()).toEqual({ settings: { ...DEFAULT_SETTINGS, mark: 'problems' }, settings$: { v: SETTINGS_VERSION } });
  });

  it.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['a number', 7],
    ['an array', ['problems']],
    ['an object of wrong types', { mark: 1, sensitivity: {}, runOn: null, sites: 'x', paused: [1, 2] }],
  ])('gives the defaults for %s stored at the current version', async (_, value) => {
    await fakeBrowser.storage.local.set({ settings: value, settings$: { v: SETTINGS_VERSION } });
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields of a partly corrupt value', async () => {
    await fakeBrowser.storage.local.set({ settings: { mark: 'problems', runOn: 'nowhere', paused: ['WWW.A.com', 'no such host'] }, settings$: { v: SETTINGS_VERSION } });
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, mark: 'problems', paused: ['a.com'] });
  });

  it('garbage without version metadata (taken as version 1) is migrated to defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('gives the defaults, without throwing, for a version newer than this build, and leaves it in storage', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const newer = { mark: 'problems', sensitivity: 'strict', runOn: 'click', sites: ['a.com'], paused: ['b.com'] };
    await fakeBrowser.storage.local.set({ settings: newer, settings$: { v: SETTINGS_VERSION + 1 } });
    const { loadSettings } = await freshStore();
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    expect(error).toHaveBeenCalled(); // @wxt-dev/storage reports the refused downgrade
    expect(await stored()).toEqual({ settings: newer, settings$: { v: SETTINGS_VERSION + 1 } });
  });

  it('gives the defaults when storage itself fails', async () => {
    const { loadSettings } = await freshStore();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('quota'));
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });
});

describe('migration from version 1', () => {
  it('migrates the first draft’s shape and stores it at the current version', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: true, onlyConflicts: true, strict: true, disabledSites: ['https://www.Example.com/x', 'bad host'] } });
    const { loadSettings } = await freshStore();
    const expected: Settings = { mark: 'problems', sensitivity: 'strict', runOn: 'all', sites: [], paused: ['example.com'] };
    expect(await loadSettings()).toEqual(expected);
    expect(await stored()).toEqual({ settings: expected, settings$: { v: SETTINGS_VERSION } });
  });

  it('also with an explicit v1 marker', async () => {
    await fakeBrowser.storage.local.set({ settings: { onlyConflicts: false, strict: true }, settings$: { v: 1 } });
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'strict' });
  });
});

describe('updateSettings', () => {
  it('stores a change and returns the result', async () => {
    const { loadSettings, updateSettings } = await freshStore();
    expect(await updateSettings({ runOn: 'list', sites: ['b.com', 'a.com'] })).toEqual({ ...DEFAULT_SETTINGS, runOn: 'list', sites: ['a.com', 'b.com'] });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, runOn: 'list', sites: ['a.com', 'b.com'] });
  });

  it('validates: invalid fields of a change leave the stored value as it was, hosts are normalised', async () => {
    const { loadSettings, updateSettings } = await freshStore();
    await updateSettings({ mark: 'problems', sensitivity: 'strict' });
    const bad = { mark: 'bogus', sensitivity: 3, runOn: 'nowhere', sites: ['HTTP://WWW.X.org/a', 'not a host'], paused: 'a.com' } as unknown as Partial<Settings>;
    const out = await updateSettings(bad);
    expect(out).toEqual({ ...DEFAULT_SETTINGS, mark: 'problems', sensitivity: 'strict', sites: ['x.org'] });
    expect(await loadSettings()).toEqual(out);
    expect((await stored()).settings).toEqual(out);
  });

  it('takes a function of the current settings', async () => {
    const { updateSettings } = await freshStore();
    await updateSettings({ paused: ['a.com', 'b.com'] });
    expect((await updateSettings((s) => ({ paused: s.paused.filter((h) => h !== 'a.com') }))).paused).toEqual(['b.com']);
  });

  it('runs quick successive changes one after another, so none is lost', async () => {
    const { loadSettings, updateSettings } = await freshStore();
    await updateSettings({ paused: ['a.com', 'b.com', 'c.com'] });
    await Promise.all([
      updateSettings((s) => ({ paused: s.paused.filter((h) => h !== 'a.com') })),
      updateSettings((s) => ({ paused: s.paused.filter((h) => h !== 'b.com') })),
      updateSettings({ mark: 'problems' }),
    ]);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, mark: 'problems', paused: ['c.com'] });
  });

  it('a failed write rejects, and the next change still runs', async () => {
    const { loadSettings, updateSettings } = await freshStore();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(updateSettings({ mark: 'problems' })).rejects.toThrow('quota');
    await updateSettings({ sensitivity: 'strict' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'strict' });
  });

  it('over a newer build’s value: starts from the defaults and records this version, so that build migrates it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ settings: { mark: 'problems', future: true }, settings$: { v: SETTINGS_VERSION + 1 } });
    const { updateSettings } = await freshStore();
    await updateSettings({ runOn: 'click' });
    expect(await stored()).toEqual({ settings: { ...DEFAULT_SETTINGS, runOn: 'click' }, settings$: { v: SETTINGS_VERSION } });
  });
});

describe('watchSettings', () => {
  it('fires with parsed values on every change, from any context', async () => {
    const { updateSettings, watchSettings } = await freshStore();
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await updateSettings({ mark: 'problems' });
    // Another context writing raw storage, including junk.
    await fakeBrowser.storage.local.set({ settings: { mark: 'problems', paused: ['WWW.Elsewhere.com', 42] } });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await fakeBrowser.storage.local.remove('settings');
    stop();
    await updateSettings({ mark: 'all' });
    expect(seen).toEqual([
      { ...DEFAULT_SETTINGS, mark: 'problems' },
      { ...DEFAULT_SETTINGS, mark: 'problems', paused: ['elsewhere.com'] },
      DEFAULT_SETTINGS,
      DEFAULT_SETTINGS,
    ]);
  });
});
