/**
 * Per-tab state: what each frame's annotator reported, kept in
 * `storage.session` (memory only, cleared when the browser closes) so it
 * survives the MV3 service worker being stopped, and cleared when the tab
 * navigates or closes. Updates are serialised: frames report concurrently.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { badgeFor, combineFrames, type PageSummary, type TabState } from '../messages/protocol';

const key = (tabId: number) => `tab:${tabId}`;
let queue: Promise<unknown> = Promise.resolve();

function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  const v = got[key(tabId)] as TabState | undefined;
  return v && typeof v === 'object' && v.frames ? v : null;
}

export function recordFrame(tabId: number, frameId: number, summary: PageSummary): Promise<TabState> {
  return serial(async () => {
    const state = (await readTabState(tabId)) ?? { tabId, frames: {} };
    state.frames[String(frameId)] = summary;
    await browser.storage.session.set({ [key(tabId)]: state });
    await showBadge(tabId, state);
    return state;
  });
}

export function clearTab(tabId: number, { badge = true } = {}): Promise<void> {
  return serial(async () => {
    await browser.storage.session.remove(key(tabId));
    if (badge) await showBadge(tabId, null).catch(() => {});
  });
}

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const { counts } = combineFrames(state);
  const { text, alert } = badgeFor(counts);
  await browser.action.setBadgeText({ tabId, text });
  if (text) {
    // Red: sources disagree or the page differs; grey-green: matched claims the sources agree on.
    await browser.action.setBadgeBackgroundColor({ tabId, color: alert ? '#cf222e' : '#1a7f37' });
    await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  }
  const total = counts.agree + counts.single + counts.dispute + counts.differs;
  const title = total ? i18n.t('badgeTitle', [String(total), String(counts.dispute + counts.differs)]) : i18n.t('extName');
  await browser.action.setTitle({ tabId, title });
}
