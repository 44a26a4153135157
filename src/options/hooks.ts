/**
 * State shared by the settings page and the welcome page: the settings (live,
 * so a change made in the popup shows at once), saving with a spoken "Saved",
 * and whether the host access the chosen mode needs is held.
 */
import { i18n } from '#i18n';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { hasHostAccess, watchHostAccess } from '../permissions/host-access';
import type { Settings } from '../settings/settings';
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
