/**
 * What the popup shows, as a pure function of what it knows: the tab, the settings, the tab's summary,
 * site access and whether a check was just asked for. The component (./Popup.tsx) only renders it.
 */
import { combineFrames, type TabState } from '../messages/protocol';
import { hostMatches, runsAutomaticallyOn, type Settings } from '../settings/settings';

/** The tab the popup is about. */
export interface TabInfo {
  id: number;
  url: string;
  host: string;
  /** A page extensions may not read (browser pages, stores, the extension's own pages). */
  readable: boolean;
}

/** The status line, most telling first: the key of its words (`popup.status.<key>`) and, where it counts, how many. */
export type StatusLine = { key: 'found'; count: number } | { key: 'paused' | 'none' | 'checking' | 'click' | 'notListed' | 'nothing' };

export interface PopupView extends ReturnType<typeof combineFrames> {
  paused: boolean;
  statusLine: StatusLine;
  /** Ask for site access: the reader's mode needs it and it is missing. */
  askAccess: boolean;
  /** The second button: rescan a page Crosscheck runs on, or check one it does not (none while paused). */
  action: 'rescan' | 'check' | null;
  /** "Nothing of the claim base on this page": running, not paused, no sentence listed. */
  empty: boolean;
}

/**
 * The status ladder: paused sites say so first; then a page Crosscheck runs on says what it found; then
 * a check just asked for; then why it is not running here (on click, or a site not on the list).
 */
export function statusLine(paused: boolean, status: PopupView['status'], state: TabState | null, sentences: number, running: boolean, settings: Settings, auto: boolean): StatusLine {
  if (paused) return { key: 'paused' };
  if (status === 'running' && state) return sentences ? { key: 'found', count: sentences } : { key: 'none' };
  if (running) return { key: 'checking' };
  if (settings.runOn === 'click') return { key: 'click' };
  if (!auto) return { key: 'notListed' };
  return { key: 'nothing' };
}

export function popupView(tab: TabInfo, settings: Settings, state: TabState | null, access: boolean | null, running: boolean): PopupView {
  const frames = combineFrames(state);
  const paused = hostMatches(tab.host, settings.paused);
  const auto = runsAutomaticallyOn(settings, tab.host);
  return {
    ...frames,
    paused,
    statusLine: statusLine(paused, frames.status, state, frames.sentences, running, settings, auto),
    askAccess: access === false && settings.runOn !== 'click',
    action: paused ? null : frames.status === 'running' ? 'rescan' : 'check',
    empty: frames.items.length === 0 && frames.status === 'running' && !paused,
  };
}
