/**
 * State shared by the settings page and the welcome page: the settings (live,
 * so a change made in the popup shows at once), saving with a spoken "Saved",
 * and whether the host access the chosen mode needs is held.
 */
import { i18n } from '#i18n';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { hasHostAccess, originsFor, requestHostAccess, watchHostAccess } from '../permissions/host-access';
import { sitePatterns, type RunOn, type Settings } from '../settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../settings/store';

export type Change = Partial<Settings> | ((s: Settings) => Partial<Settings>);

/** A message for the polite live region. The same text twice in a row still changes the node, so it is read again. */
export function useAnnouncer(): [string, (text: string) => void] {
  const [state, setState] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setState((s) => ({ text, n: s.n + 1 })), []);
  return [state.text ? state.text + (state.n % 2 ? '' : '\u00a0') : '', announce];
}

export interface SettingsState {
  /** null until loaded. */
  settings: Settings | null;
  /** Store a change; resolves to the stored settings, or null when it could not be saved (announced). */
  save: (change: Change, savedText?: string) => Promise<Settings | null>;
  status: string;
  announce: (text: string) => void;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, announce] = useAnnouncer();
  useEffect(() => {
    let live = true;
    // Subscribe first, so a change made elsewhere while loading is not missed.
    const stop = watchSettings((s) => live && setSettings(s));
    void loadSettings().then((s) => live && setSettings((current) => current ?? s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const save = useCallback(
    (change: Change, savedText?: string) =>
      updateSettings(change).then(
        (s) => {
          setSettings(s);
          announce(savedText ?? i18n.t('options.saved'));
          return s;
        },
        () => {
          announce(i18n.t('options.saveFailed'));
          return null;
        },
      ),
    [announce],
  );
  return { settings, save, status, announce };
}

export type AccessState = 'checking' | 'granted' | 'missing';

/** Whether all of `origins` are held (rechecked when they change and when the browser's permissions change). */
export function useHostAccess(origins: readonly string[] | null): { access: AccessState; recheck: () => void } {
  const [access, setAccess] = useState<AccessState>('checking');
  const key = origins === null ? null : JSON.stringify(origins);
  const latest = useRef(key);
  latest.current = key;
  const recheck = useCallback(() => {
    const k = latest.current;
    if (k === null) return;
    void hasHostAccess(JSON.parse(k) as string[]).then((ok) => {
      // An answer for origins that are no longer the current ones is dropped.
      if (latest.current === k) setAccess(ok ? 'granted' : 'missing');
    });
  }, []);
  useEffect(() => {
    if (key === null) return;
    setAccess('checking');
    recheck();
  }, [key, recheck]);
  useEffect(() => watchHostAccess(recheck), [recheck]);
  return { access, recheck };
}

export interface AccessRequest {
  /** The last request's answer was no (shown only while access is missing); a new request starts afresh. */
  refused: boolean;
  /** Ask for host access to `origins`. Call it straight from a click or change handler: a prompt needs a user gesture. */
  ask: (origins: string[]) => void;
  /** The reader picks where to run: access for that mode is asked for in the same gesture, then the choice is saved. */
  chooseRunOn: (runOn: RunOn) => void;
  /** The reader adds a site to the list: in list mode, access to it is asked for in the same gesture. */
  addSite: (host: string) => void;
}

/**
 * Host access is asked for at the moment the reader chooses what needs it (every site, or a site added to
 * the list), on the welcome page and the settings page alike; the manifest grants none at install.
 */
export function useAccessRequest(state: SettingsState, recheck: () => void): AccessRequest {
  const { settings, save } = state;
  const [refused, setRefused] = useState(false);
  const ask = (origins: string[]) => {
    if (origins.length === 0) return;
    setRefused(false);
    void requestHostAccess(origins).then((granted) => {
      setRefused(!granted);
      recheck();
    });
  };
  const chooseRunOn = (runOn: RunOn) => {
    if (!settings) return;
    ask(originsFor({ ...settings, runOn }));
    void save({ runOn });
  };
  const addSite = (host: string) => {
    if (settings?.runOn === 'list') ask(sitePatterns([host]));
    void save((s) => ({ sites: [...s.sites, host] }), i18n.t('options.sites.added', [host]));
  };
  return { refused, ask, chooseRunOn, addSite };
}
