/**
 * The background: keeps the content script registration in line with the
 * settings, injects the annotator into frames whose text passed the topic
 * gate (or into a tab the reader asked to check), keeps each tab's summary
 * and badge, opens the welcome page on install and the claim explorer on
 * request. It never sees page text beyond the matched sentences the popup
 * lists, and sends nothing off the machine.
 */
import { browser } from 'wxt/browser';
import { isMessage, parseSummary, type Message } from '../messages/protocol';
import { runsAutomaticallyOn, type Settings } from '../settings/settings';
import { PAGE_CSS } from '../ui/page-css';
import { loadSettings, watchSettings } from '../settings/store';
import { ANNOTATOR_FILE, GATE_FILE, serialSync, syncRegistration } from './registration';
import { rateLimit } from './rate-limit';
import { clearTab, dropFrame, readTabState, recordFrame } from './tab-state';

export type Sender = { tab?: { id?: number; url?: string }; frameId?: number; documentId?: string; url?: string; id?: string };

/** One of Crosscheck's own pages (popup, options, welcome, explorer), by its URL: what may ask about any tab. */
function fromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** A Crosscheck script in a web page's frame (the gate, the annotator): what may report on its own frame. */
function fromContentScript(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && !fromExtensionPage(sender);
}

/**
 * Explorer tabs opened on request: at most 3 in any 30 s. The card asks only on the reader's own click
 * (src/ui/card.tsx); this bounds what anything else could make it open. The recent times are kept in
 * `storage.session` (at most 3 numbers), so a restart of the service worker does not reset the count.
 */
export const EXPLORER_RATE_KEY = 'rate:explorer';
const explorerTabs = rateLimit(3, 30_000, browser.storage.session, EXPLORER_RATE_KEY);

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** Inject the annotator into one frame, or every frame of a tab (the reader asked: `forced`). */
export async function injectAnnotator(tabId: number, target: { frameId?: number; documentId?: string; allFrames?: boolean }, forced: boolean): Promise<boolean> {
  // The document that asked, where the browser names it (Chromium): never a document that replaced it in that frame since.
  const t = target.allFrames
    ? { tabId, allFrames: true }
    : target.documentId
      ? { tabId, documentIds: [target.documentId] }
      : { tabId, frameIds: [target.frameId ?? 0] };
  try {
    if (forced)
      await browser.scripting.executeScript({
        target: t,
        func: () => {
          (globalThis as { __crosscheckForced?: boolean }).__crosscheckForced = true;
        },
      });
    // The page's stylesheet first: the browser takes it away with the extension (src/ui/page-css.ts). The
    // user's origin: its important declarations beat every page stylesheet's (src/ui/highlights.ts).
    await browser.scripting.insertCSS({ target: t, css: PAGE_CSS, origin: 'USER' });
    await browser.scripting.executeScript({ target: t, files: [ANNOTATOR_FILE] });
    return true;
  } catch (e) {
    // No access to that page (a browser page, a store page, a withheld host permission).
    console.warn('Crosscheck: cannot annotate this page:', e);
    return false;
  }
}

/**
 * Open tabs that the new settings allow and the old ones did not (a site resumed or added to the list, a
 * switch to every site) got no content script when they loaded: give them the gate now, so a change
 * applies without a reload. With no `before` (host access was just granted), every tab the settings allow. Frames that already run the annotator are left alone (the gate checks).
 */
export async function startInNewlyAllowedTabs(before: Settings | null, after: Settings): Promise<number> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] }).catch(() => []);
  let started = 0;
  for (const tab of tabs) {
    const host = hostOf(tab.url);
    if (tab.id === undefined || !host || !runsAutomaticallyOn(after, host) || (before && runsAutomaticallyOn(before, host))) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [GATE_FILE] });
      started++;
    } catch {
      // A tab the extension may not script (no host access): it starts on its next load, if ever.
    }
  }
  return started;
}

/** The background's answer to one message (exported for its tests). */
export async function onMessage(msg: Message, sender: Sender): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return undefined;
  switch (msg.type) {
    case 'cc:inject': {
      if (!fromContentScript(sender)) return { ok: false };
      const settings = await loadSettings();
      if (!runsAutomaticallyOn(settings, hostOf(sender.url ?? sender.tab.url))) return { ok: false };
      return { ok: await injectAnnotator(sender.tab.id, { frameId: sender.frameId ?? 0, documentId: sender.documentId }, false) };
    }
    case 'cc:summary': {
      if (!fromContentScript(sender)) return undefined;
      // Its shape checked, whatever sent it: a malformed summary is dropped, not stored (src/messages/protocol.ts).
      const summary = parseSummary(msg.summary);
      if (!summary) return { ok: false };
      await recordFrame(sender.tab.id, sender.frameId ?? 0, summary);
      return { ok: true };
    }
    case 'cc:frame-gone':
      if (!fromContentScript(sender)) return undefined;
      await dropFrame(sender.tab.id, sender.frameId ?? 0);
      return { ok: true };
    // About any tab: only Crosscheck's own pages may ask (the popup), never a page's script.
    case 'cc:tab-state':
      if (!fromExtensionPage(sender) || !Number.isInteger(msg.tabId)) return null;
      return readTabState(msg.tabId);
    case 'cc:run-here':
      if (!fromExtensionPage(sender) || !Number.isInteger(msg.tabId)) return { ok: false };
      await clearTab(msg.tabId, { badge: false });
      return { ok: await injectAnnotator(msg.tabId, { allFrames: true }, true) };
    case 'cc:open-explorer': {
      if (!(await explorerTabs.take())) return { ok: false };
      const hash = typeof msg.claimId === 'string' ? `#claim=${encodeURIComponent(msg.claimId)}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/explorer.html${hash}`) });
      return { ok: true };
    }
    default:
      return undefined;
  }
}

export function startBackground(): void {
  const { name, version } = browser.runtime.getManifest();
  void browser.action.setTitle({ title: `${name} ${version}` });

  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender) => (isMessage(msg) ? onMessage(msg, sender) : undefined));

  // A tab that loads a new document starts from nothing; a closed tab's state goes.
  // (A reload too, which carries no new URL; a client-side navigation that the browser reports as loading
  // is reported again by its annotator, src/page/controller.ts.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId, { badge: false }));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // Registration follows the settings, at every start of the background and on every change, one sync at a
  // time and each with the latest settings (src/background/registration.ts).
  const sync = serialSync((settings) =>
    syncRegistration(settings).catch((e: unknown) => console.warn('Crosscheck: cannot register the content script:', e)),
  );
  let previous: Settings | null = null;
  void loadSettings().then((s) => {
    previous ??= s;
    return sync(previous);
  });
  watchSettings((next) => {
    void sync(next);
    const before = previous;
    previous = next;
    if (before) void startInNewlyAllowedTabs(before, next);
  });
  // Host access granted on the welcome or options page (or in the browser's own settings): the tabs already
  // open that the settings allow get the gate now, without a reload.
  browser.permissions?.onAdded?.addListener(() => {
    void loadSettings().then((s) => startInNewlyAllowedTabs(null, s));
  });
}
