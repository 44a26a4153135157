// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../settings/settings';
import { updateSettings } from '../settings/store';
import { mountOptionsPage } from './options-page';
import { byText, mount, radio, storedSettings, stubPermissions, typeInto, waitFor } from './test-helpers';

let unmount: (() => void) | undefined;

async function open(seed?: Partial<Settings>) {
  if (seed) await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ...seed }, settings$: { v: SETTINGS_VERSION } });
  const page = mount(mountOptionsPage(document));
  unmount = page.unmount;
  const root = page.root;
  await waitFor(() => radio(root, 'mark', 'all'));
  return root;
}

const status = (root: HTMLElement) => root.querySelector('[role="status"].save-status')!.textContent!.trim();
const accessText = (root: HTMLElement) => root.querySelector('.access-state')!.textContent!;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

describe('options page', () => {
  it('renders the defaults with landmarks, a heading, labelled radio groups and the page language', async () => {
    stubPermissions({ granted: ['<all_urls>'] });
    const root = await open();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Crosscheck settings');
    expect(root.querySelector('main h1')!.textContent).toBe('Crosscheck settings');
    const legends = [...root.querySelectorAll('fieldset > legend')].map((l) => l.textContent);
    expect(legends).toEqual(['What to mark', 'Sensitivity', 'Where to run']);
    expect(radio(root, 'mark', 'all').checked).toBe(true);
    expect(radio(root, 'sensitivity', 'standard').checked).toBe(true);
    expect(radio(root, 'runOn', 'all').checked).toBe(true);
    // Every radio has a label and a description that exist.
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      expect(root.querySelector(`label[for="${input.id}"]`)!.textContent!.length).toBeGreaterThan(3);
      expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent!.length).toBeGreaterThan(10);
    }
    expect(byText(root, 'label', 'Standard (default)')).toBeTruthy();
    expect(root.textContent).toContain('precision at 1.000');
    expect(root.textContent).toContain('activeTab');
    expect(root.querySelector('.paused .empty')!.textContent).toBe('Crosscheck is not paused on any site.');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['chrome-extension://test-extension-id/explorer.html', 'chrome-extension://test-extension-id/welcome.html']);
    await waitFor(() => expect(accessText(root)).toContain('Granted'));
  });

  it('stores each choice at once and says "Saved" in a polite live region', async () => {
    stubPermissions({ granted: ['<all_urls>'] });
    const root = await open();
    const live = root.querySelector('.save-status')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    radio(root, 'mark', 'problems').click();
    await waitFor(async () => expect(await storedSettings()).toMatchObject({ mark: 'problems' }));
    await waitFor(() => expect(status(root)).toBe('Saved'));
    radio(root, 'sensitivity', 'strict').click();
    await waitFor(() => expect(radio(root, 'sensitivity', 'strict').checked).toBe(true));
    await waitFor(async () => expect(await storedSettings()).toEqual({ ...DEFAULT_SETTINGS, mark: 'problems', sensitivity: 'strict' }));
    radio(root, 'mark', 'all').click();
    await waitFor(async () => expect(await storedSettings()).toMatchObject({ mark: 'all', sensitivity: 'strict' }));
  });

  it('switching to "only sites on a list" asks for those sites in the same handler; a refusal is shown, nothing crashes', async () => {
    const perms = stubPermissions({ answer: false });
    const root = await open({ sites: ['a.com'] });
    radio(root, 'runOn', 'list').click();
    // Synchronously, inside the click: permissions.request needs the user gesture.
    expect(perms.request).toHaveBeenCalledWith({ origins: ['*://a.com/*', '*://*.a.com/*'] });
    await waitFor(async () => expect(await storedSettings()).toMatchObject({ runOn: 'list', sites: ['a.com'] }));
    await waitFor(() => expect(accessText(root)).toContain('Not granted'));
    await waitFor(() => byText(root, 'p', /The browser did not grant access\./));
    expect(root.textContent).toContain('about:addons');
    expect(root.textContent).toContain('Site access');
    expect(byText(root, 'button', 'Allow access')).toBeTruthy();
  });

  it('"every site" asks for <all_urls>; granted shows as granted', async () => {
    const perms = stubPermissions({ answer: true });
    const root = await open({ runOn: 'click' });
    await waitFor(() => expect(accessText(root)).toContain('Nothing to grant'));
    radio(root, 'runOn', 'all').click();
    expect(perms.request).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    await waitFor(() => expect(accessText(root)).toContain('Granted'));
    expect(root.textContent).not.toContain('The browser did not grant access.');
    expect(await storedSettings()).toMatchObject({ runOn: 'all' });
  });

  it('on-click mode asks for nothing and explains activeTab', async () => {
    const perms = stubPermissions();
    const root = await open();
    radio(root, 'runOn', 'click').click();
    await waitFor(async () => expect(await storedSettings()).toMatchObject({ runOn: 'click' }));
    expect(perms.request).not.toHaveBeenCalled();
    await waitFor(() => expect(accessText(root)).toContain('activeTab'));
    expect(root.querySelector('.sites')).toBeNull();
  });

  it('"Allow access" calls permissions.request with the origins the mode needs, from the click', async () => {
    const perms = stubPermissions({ answer: true });
    const root = await open({ runOn: 'list', sites: ['b.org', 'a.com'] });
    const allow = await waitFor(() => byText<HTMLButtonElement>(root, 'button', 'Allow access'));
    expect(accessText(root)).toContain('Not granted');
    allow.click();
    expect(perms.request).toHaveBeenCalledWith({ origins: ['*://a.com/*', '*://*.a.com/*', '*://b.org/*', '*://*.b.org/*'] });
    await waitFor(() => expect(accessText(root)).toContain('Granted'));
    expect(root.textContent).not.toContain('Allow access');
  });

  it('a request that throws is a refusal, nothing crashes', async () => {
    const perms = stubPermissions({ answer: new Error('Only permissions specified in the manifest may be requested.') });
    const root = await open();
    (await waitFor(() => byText<HTMLButtonElement>(root, 'button', 'Allow access'))).click();
    expect(perms.request).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    await waitFor(() => byText(root, 'p', /The browser did not grant access\./));
    expect(accessText(root)).toContain('Not granted');
  });

  it('follows permissions granted or withdrawn in the browser’s own settings', async () => {
    const perms = stubPermissions({ granted: ['<all_urls>'] });
    const root = await open();
    await waitFor(() => expect(accessText(root)).toContain('Granted'));
    perms.set(['<all_urls>'], false);
    await waitFor(() => expect(accessText(root)).toContain('Not granted'));
    perms.set(['<all_urls>'], true);
    await waitFor(() => expect(accessText(root)).toContain('Granted'));
  });

  describe('the list of sites', () => {
    it('adds a host (normalised), asks for it, stores it', async () => {
      const perms = stubPermissions({ answer: true });
      const root = await open({ runOn: 'list' });
      expect(root.querySelector('.sites')!.textContent).toContain('No sites yet');
      const input = root.querySelector<HTMLInputElement>('.add-site input')!;
      expect(root.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Site to add');
      typeInto(input, 'https://WWW.Example.com/news/1');
      byText<HTMLButtonElement>(root, 'button', 'Add').click();
      expect(perms.request).toHaveBeenCalledWith({ origins: ['*://example.com/*', '*://*.example.com/*'] });
      await waitFor(async () => expect(await storedSettings()).toMatchObject({ sites: ['example.com'] }));
      await waitFor(() => expect(root.querySelector('.sites .host')!.textContent).toBe('example.com'));
      expect(input.value).toBe('');
      expect(status(root)).toBe('Added example.com');
    });

    it('an invalid host gets an error tied to the input and stores nothing', async () => {
      const perms = stubPermissions();
      const root = await open({ runOn: 'list', sites: ['a.com'] });
      const input = root.querySelector<HTMLInputElement>('.add-site input')!;
      typeInto(input, 'not a host/');
      byText<HTMLButtonElement>(root, 'button', 'Add').click();
      await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
      const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
      expect(described[0]).toContain('“not a host/” is not a site address');
      expect(document.activeElement).toBe(input);
      // A duplicate and an empty field are refused too.
      typeInto(input, 'WWW.A.COM');
      await waitFor(() => expect(input.getAttribute('aria-invalid')).toBeNull());
      byText<HTMLButtonElement>(root, 'button', 'Add').click();
      await waitFor(() => expect(root.querySelector('.add-site .error')!.textContent).toContain('a.com is already on the list.'));
      typeInto(input, '  ');
      byText<HTMLButtonElement>(root, 'button', 'Add').click();
      await waitFor(() => expect(root.querySelector('.add-site .error')!.textContent).toContain('Type a site address first'));
      await new Promise((r) => setTimeout(r, 30));
      expect(await storedSettings()).toEqual({ ...DEFAULT_SETTINGS, runOn: 'list', sites: ['a.com'] });
      expect(perms.request).not.toHaveBeenCalled();
    });

    it('Enter in the field adds the host (the form submits)', async () => {
      stubPermissions({ answer: true });
      const root = await open({ runOn: 'list' });
      const input = root.querySelector<HTMLInputElement>('.add-site input')!;
      typeInto(input, 'b.org');
      input.form!.requestSubmit();
      await waitFor(async () => expect(await storedSettings()).toMatchObject({ sites: ['b.org'] }));
    });

    it('removes a host', async () => {
      stubPermissions({ granted: ['<all_urls>'] });
      const root = await open({ runOn: 'list', sites: ['a.com', 'b.com'] });
      const remove = root.querySelector<HTMLButtonElement>('.sites button[aria-label="Remove a.com from the list"]')!;
      expect(remove.textContent).toBe('Remove');
      remove.click();
      await waitFor(async () => expect(await storedSettings()).toMatchObject({ sites: ['b.com'] }));
      await waitFor(() => expect([...root.querySelectorAll('.sites .host')].map((h) => h.textContent)).toEqual(['b.com']));
      expect(status(root)).toBe('Removed a.com');
    });
  });

  describe('paused sites', () => {
    it('lists them, each with Resume; Resume stores the change and keeps focus in the list', async () => {
      stubPermissions({ granted: ['<all_urls>'] });
      const root = await open({ paused: ['a.com', 'b.com'] });
      const hosts = () => [...root.querySelectorAll('.paused .host')].map((h) => h.textContent);
      expect(hosts()).toEqual(['a.com', 'b.com']);
      root.querySelector<HTMLButtonElement>('.paused button[aria-label="Resume Crosscheck on a.com"]')!.click();
      await waitFor(() => expect(hosts()).toEqual(['b.com']));
      expect(await storedSettings()).toMatchObject({ paused: ['b.com'] });
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Resume Crosscheck on b.com');
      (document.activeElement as HTMLButtonElement).click();
      await waitFor(() => expect(root.querySelector('.paused .empty')).not.toBeNull());
      expect(document.activeElement?.id).toBe('paused-heading');
      expect(await storedSettings()).toMatchObject({ paused: [] });
    });

    it('shows a site paused elsewhere (the popup) without a reload', async () => {
      stubPermissions({ granted: ['<all_urls>'] });
      const root = await open();
      expect(root.querySelector('.paused .empty')).not.toBeNull();
      await updateSettings((s) => ({ paused: [...s.paused, 'news.example'] }));
      await waitFor(() => expect(root.querySelector('.paused .host')?.textContent).toBe('news.example'));
      // A raw write from another context, with junk in it, is parsed.
      await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, mark: 'problems', paused: ['WWW.Other.org', 42] } });
      await waitFor(() => expect(root.querySelector('.paused .host')?.textContent).toBe('other.org'));
      expect(radio(root, 'mark', 'problems').checked).toBe(true);
    });
  });

  describe('corrupt storage', () => {
    it('garbage: shows the defaults', async () => {
      stubPermissions();
      await fakeBrowser.storage.local.set({ settings: 'garbage' });
      const root = await open();
      expect(radio(root, 'mark', 'all').checked).toBe(true);
      expect(radio(root, 'runOn', 'all').checked).toBe(true);
    });

    it('partly corrupt: keeps the valid fields, defaults for the rest', async () => {
      stubPermissions();
      await fakeBrowser.storage.local.set({ settings: { mark: 'problems', sensitivity: 'very', runOn: 7, paused: 'x' }, settings$: { v: SETTINGS_VERSION } });
      const root = await open();
      expect(radio(root, 'mark', 'problems').checked).toBe(true);
      expect(radio(root, 'sensitivity', 'standard').checked).toBe(true);
      expect(radio(root, 'runOn', 'all').checked).toBe(true);
    });

    it('a newer version than this build: defaults, no throw, and the page still saves', async () => {
      stubPermissions();
      await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, mark: 'problems', runOn: 'click' }, settings$: { v: SETTINGS_VERSION + 1 } });
      const root = await open();
      expect(radio(root, 'mark', 'all').checked).toBe(true);
      expect(radio(root, 'runOn', 'all').checked).toBe(true);
      radio(root, 'sensitivity', 'strict').click();
      await waitFor(async () => expect(await storedSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'strict' }));
    });

    it('a failed save says so', async () => {
      stubPermissions();
      const root = await open();
      vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota'));
      radio(root, 'mark', 'problems').click();
      await waitFor(() => expect(status(root)).toBe('The change could not be saved. Try again.'));
    });
  });
});
