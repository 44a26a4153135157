// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { byText, mount, radio, storedSettings, stubPermissions, typeInto, waitFor } from '../options/test-helpers';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../settings/settings';
import { mountWelcomePage } from './welcome-page';

let unmount: (() => void) | undefined;

async function open(seed?: Partial<Settings>) {
  if (seed) await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ...seed }, settings$: { v: SETTINGS_VERSION } });
  const page = mount(mountWelcomePage(document));
  unmount = page.unmount;
  await waitFor(() => radio(page.root, 'runOn', 'all'));
  return page.root;
}

const outcome = (root: HTMLElement) => root.querySelector('.outcome')!.textContent!;
const askButton = (root: HTMLElement) => byText<HTMLButtonElement>(root, 'button', 'Allow access for this choice');

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

describe('welcome page', () => {
  it('says plainly what Crosscheck reads, what it stores, and that nothing is sent', async () => {
    stubPermissions();
    const root = await open();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Welcome to Crosscheck');
    expect(root.querySelector('main h1')!.textContent).toBe('Welcome to Crosscheck');
    const privacy = root.querySelector('.privacy')!.textContent!;
    expect(privacy).toContain('the text of the pages you open, in the page itself');
    expect(privacy).toContain('your settings');
    expect(privacy).toContain('extension storage');
    expect(privacy).toContain('cleared when the tab closes or goes to another page');
    expect(privacy).toContain('never stored or sent anywhere');
    expect(privacy).toContain('no network requests: there is no server');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['chrome-extension://test-extension-id/options.html', 'chrome-extension://test-extension-id/explorer.html']);
  });

  it('offers the three places to run, "every site" chosen by default, and stores a change', async () => {
    stubPermissions();
    const root = await open();
    expect(root.querySelector('fieldset > legend')!.textContent).toBe('Where should Crosscheck run?');
    expect([...root.querySelectorAll<HTMLInputElement>('input[name="runOn"]')].map((r) => [r.value, r.checked])).toEqual([
      ['all', true],
      ['list', false],
      ['click', false],
    ]);
    radio(root, 'runOn', 'click').click();
    await waitFor(async () => expect(await storedSettings()).toMatchObject({ runOn: 'click' }));
    await waitFor(() => expect(outcome(root)).toContain('Crosscheck is ready: open a news page and click'));
    expect(root.textContent).not.toContain('Allow access for this choice');
  });

  it('asks for <all_urls> from the button; granted: ready', async () => {
    const perms = stubPermissions({ answer: true });
    const root = await open();
    const ask = await waitFor(() => askButton(root));
    ask.click();
    expect(perms.request).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    await waitFor(() => expect(outcome(root)).toContain('Crosscheck is ready: open a news page.'));
    expect(root.textContent).not.toContain('Allow access for this choice');
  });

  it('already granted (at install): ready, no button', async () => {
    const perms = stubPermissions({ granted: ['<all_urls>'] });
    const root = await open();
    await waitFor(() => expect(outcome(root)).toContain('Crosscheck is ready: open a news page.'));
    expect(perms.request).not.toHaveBeenCalled();
  });

  it('refused: says what still works and how to grant later; can switch to on-click mode', async () => {
    const perms = stubPermissions({ answer: false });
    const root = await open();
    (await waitFor(() => askButton(root))).click();
    expect(perms.request).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(outcome(root)).toContain('Crosscheck did not get access'));
    expect(outcome(root)).toContain('activeTab');
    const byHand = root.querySelector('.by-hand')!.textContent!;
    expect(byHand).toContain('To grant access later');
    expect(byHand).toContain('about:addons');
    expect(byHand).toContain('Access your data for all websites');
    expect(byHand).toContain('Site access');
    byText<HTMLButtonElement>(root, 'button', 'Run only when I click').click();
    await waitFor(async () => expect(await storedSettings()).toMatchObject({ runOn: 'click' }));
    await waitFor(() => expect(outcome(root)).toContain('Crosscheck is ready'));
  });

  it('a request that fails outright is shown as refused, nothing crashes', async () => {
    stubPermissions({ answer: new Error('Only permissions specified in the manifest may be requested.') });
    const root = await open();
    (await waitFor(() => askButton(root))).click();
    await waitFor(() => expect(outcome(root)).toContain('Crosscheck did not get access'));
  });

  it('list mode: add a site, then ask for exactly those sites', async () => {
    const perms = stubPermissions({ answer: true });
    const root = await open();
    radio(root, 'runOn', 'list').click();
    await waitFor(() => expect(outcome(root)).toContain('Add at least one site'));
    expect(perms.request).not.toHaveBeenCalled();
    const input = root.querySelector<HTMLInputElement>('.add-site input')!;
    typeInto(input, 'not valid!');
    byText<HTMLButtonElement>(root, 'button', 'Add').click();
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    typeInto(input, 'News.Example.org');
    byText<HTMLButtonElement>(root, 'button', 'Add').click();
    // Adding the site is the moment of the request, in the same click: no second button to find.
    expect(perms.request).toHaveBeenCalledTimes(1);
    expect(perms.request).toHaveBeenCalledWith({ origins: ['*://news.example.org/*', '*://*.news.example.org/*'] });
    await waitFor(async () => expect(await storedSettings()).toMatchObject({ runOn: 'list', sites: ['news.example.org'] }));
    await waitFor(() => expect(outcome(root)).toContain('Crosscheck is ready: open a news page.'));
  });

  it('choosing "every site" is the moment of the request, in the same click; refused, the choice stays and the button is there', async () => {
    const perms = stubPermissions({ answer: false });
    const root = await open({ runOn: 'click' });
    expect(perms.request).not.toHaveBeenCalled();
    radio(root, 'runOn', 'all').click();
    expect(perms.request).toHaveBeenCalledTimes(1);
    expect(perms.request).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    await waitFor(async () => expect(await storedSettings()).toMatchObject({ runOn: 'all' }));
    await waitFor(() => expect(outcome(root)).toContain('Crosscheck did not get access'));
    expect(askButton(root)).toBeTruthy();
  });
});
