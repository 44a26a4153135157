/**
 * Host access: whether Crosscheck may run on pages of its own accord, as the
 * "where to run" setting needs, and asking the reader for it.
 *
 * Both browsers let the reader hold it back. In Firefox (MV3) host access is
 * granted by the reader and can be withdrawn at any time (about:addons ->
 * Crosscheck -> Permissions); in Chrome the reader can restrict "Site access"
 * (Extensions -> Crosscheck -> Details). So it is checked, never assumed.
 *
 * Nothing here throws: a failure (an API missing, an origin the manifest does
 * not list, a refused prompt) reads as "no access".
 */
import { browser } from 'wxt/browser';
import { sitePatterns, type Settings } from '../settings/settings';

export const ALL_URLS = '<all_urls>';

/** The origins that the "where to run" setting needs: every site, the listed sites, or none (on click: activeTab). */
export function originsFor(settings: Pick<Settings, 'runOn' | 'sites'>): string[] {
  switch (settings.runOn) {
    case 'all':
      return [ALL_URLS];
    case 'list':
      return sitePatterns(settings.sites);
    default:
      return [];
  }
}

/** Does Crosscheck hold host access to all of `origins` (every site when omitted)? No origins: nothing is needed, true. */
export async function hasHostAccess(origins: readonly string[] = [ALL_URLS]): Promise<boolean> {
  if (origins.length === 0) return true;
  try {
    return (await browser.permissions.contains({ origins: [...origins] })) === true;
  } catch {
    return false;
  }
}

/**
 * Ask for host access to `origins`; true when it is held afterwards.
 *
 * Call it straight from the click (or key) handler, before any `await`: the
 * browsers show the prompt only during a user gesture, and this function
 * calls `permissions.request` synchronously for that reason. Already granted:
 * true, without a prompt.
 */
export function requestHostAccess(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return Promise.resolve(true);
  try {
    return Promise.resolve(browser.permissions.request({ origins: [...origins] })).then(
      (granted) => granted === true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** Call `cb` whenever a permission is granted or withdrawn (in the browser's settings, too). Returns the unsubscribe. */
export function watchHostAccess(cb: () => void): () => void {
  const listener = () => {
    try {
      cb();
    } catch {
      // The caller's problem, not the event's.
    }
  };
  const events = [browser.permissions?.onAdded, browser.permissions?.onRemoved];
  const added: typeof events = [];
  for (const event of events) {
    try {
      event?.addListener(listener);
      added.push(event);
    } catch {
      // Not available here (or not in this browser): nothing to watch.
    }
  }
  return () => {
    for (const event of added) {
      try {
        event?.removeListener(listener);
      } catch {
        // Already gone.
      }
    }
  };
}
