/**
 * Which pages get Crosscheck's content script, from the reader's "where to
 * run" setting: every site, the sites on a list, or none (on-click mode: the
 * popup injects it into one tab when opened, with activeTab). Paused sites
 * are excluded. Registered through `scripting.registerContentScripts`, so a
 * page that is not to be read gets no Crosscheck code at all.
 */
import { browser } from 'wxt/browser';
import { sitePatterns, type Settings } from '../settings/settings';

export const GATE_SCRIPT_ID = 'crosscheck-gate';
export const GATE_FILE = '/gate.js';
export const ANNOTATOR_FILE = '/annotator.js';

export interface Registration {
  matches: string[];
  excludeMatches: string[];
}

/** The registration the settings call for; null when nothing is to run on its own. */
export function registrationFor(settings: Settings): Registration | null {
  const matches = settings.runOn === 'all' ? ['<all_urls>'] : settings.runOn === 'list' ? sitePatterns(settings.sites) : [];
  if (!matches.length) return null;
  return { matches, excludeMatches: sitePatterns(settings.paused) };
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());

/** Make the registered gate script match the settings (idempotent; safe to call on every background start). */
export async function syncRegistration(settings: Settings): Promise<Registration | null> {
  const want = registrationFor(settings);
  const existing = (await browser.scripting.getRegisteredContentScripts({ ids: [GATE_SCRIPT_ID] })).find((s) => s.id === GATE_SCRIPT_ID);
  if (!want) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [GATE_SCRIPT_ID] });
    return null;
  }
  if (existing && sameList(existing.matches, want.matches) && sameList(existing.excludeMatches, want.excludeMatches)) return want;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [GATE_SCRIPT_ID] });
  const script = {
    id: GATE_SCRIPT_ID,
    js: [GATE_FILE],
    matches: want.matches,
    ...(want.excludeMatches.length ? { excludeMatches: want.excludeMatches } : {}),
    runAt: 'document_idle' as const,
    allFrames: true,
  };
  try {
    // Frames without a URL of their own (srcdoc, about:blank) take their parent's origin.
    await browser.scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true } as typeof script]);
  } catch {
    // A browser without that option: everything else still holds.
    await browser.scripting.registerContentScripts([script]);
  }
  return want;
}

/**
 * `sync` run one call at a time, each with the latest settings asked for: a call made while one is under way
 * waits for it, and calls made meanwhile collapse into one run with the newest settings. Concurrent syncs
 * raced (each read the registration, then changed it), and a removed site could stay registered.
 */
export function serialSync<T>(sync: (settings: Settings) => Promise<T>): (settings: Settings) => Promise<T | undefined> {
  let latest: Settings | null = null;
  let queue: Promise<T | undefined> = Promise.resolve(undefined);
  return (settings) => {
    latest = settings;
    // A run that failed does not stop the next one.
    queue = queue.catch(() => undefined).then(() => {
      if (latest === null) return undefined; // a run before this one already took the newest settings
      const s = latest;
      latest = null;
      return sync(s);
    });
    return queue;
  };
}
