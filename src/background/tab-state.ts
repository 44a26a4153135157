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

/**
 * Bounds on one tab's state, whatever its page does (a page that creates and removes frames without end):
 * - frames: the top frame and the MAX_FRAMES - 1 newest others (frame ids grow as frames are created);
 * - listed items: MAX_ITEMS_PER_TAB over all its frames, the top frame's first (the counts stay exact).
 * Each item is bounded too (SUMMARY_LIMITS, src/messages/protocol.ts: a sentence of at most 300 characters,
 * a question of 200, at most 8 claim ids of 64), so a tab holds at most about 350,000 characters (real items
 * are under half that), and the 10 MB that `storage.session` shares among all tabs holds some 30 full ones;
 * past that a tab's state is stored without its items (`store`).
 */
export const MAX_FRAMES = 32;
export const MAX_ITEMS_PER_TAB = 300;

/** `state` within the bounds above (a new object; `state` is not changed). */
export function bounded(state: TabState): TabState {
  const ids = Object.keys(state.frames).map(Number).sort((a, b) => a - b);
  const keep = ids.length > MAX_FRAMES ? [...ids.filter((id) => id === 0), ...ids.filter((id) => id !== 0).slice(-(MAX_FRAMES - (ids.includes(0) ? 1 : 0)))] : ids;
  const frames: TabState['frames'] = {};
  let room = MAX_ITEMS_PER_TAB;
  for (const id of keep) {
    const summary = state.frames[String(id)]!;
    const items = summary.items.slice(0, Math.max(0, room));
    room -= items.length;
    frames[String(id)] = items.length === summary.items.length ? summary : { ...summary, items };
  }
  return { tabId: state.tabId, frames };
}

/** Store a tab's state; if the storage is full, again without its listed items (the badge's counts stay). */
async function store(state: TabState): Promise<void> {
  try {
    await browser.storage.session.set({ [key(state.tabId)]: state });
  } catch (e) {
    console.warn('Crosscheck: cannot store the tab state in full:', e);
    const counts: TabState = { tabId: state.tabId, frames: Object.fromEntries(Object.entries(state.frames).map(([id, s]) => [id, { ...s, items: [] }])) };
    await browser.storage.session.set({ [key(state.tabId)]: counts }).catch((e2: unknown) => console.warn('Crosscheck: cannot store the tab state:', e2));
  }
}

export function recordFrame(tabId: number, frameId: number, summary: PageSummary): Promise<TabState> {
  return serial(async () => {
    const before = (await readTabState(tabId)) ?? { tabId, frames: {} };
    const state = bounded({ tabId, frames: { ...before.frames, [String(frameId)]: summary } });
    await store(state);
    await showBadge(tabId, state).catch(() => {});
    return state;
  });
}

/** A frame's document went away (its frame removed, or navigated): its summary goes from the tab's. */
export function dropFrame(tabId: number, frameId: number): Promise<TabState | null> {
  return serial(async () => {
    const before = await readTabState(tabId);
    if (!before || !(String(frameId) in before.frames)) return before;
    const frames = { ...before.frames };
    delete frames[String(frameId)];
    const state = { tabId, frames };
    await store(state);
    await showBadge(tabId, state).catch(() => {});
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
