/**
 * The settings item in extension storage (@wxt-dev/storage), read and written
 * only through `parseSettings`, so a corrupt or foreign value never reaches
 * the rest of the extension.
 */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, migrateV1, parseSettings, SETTINGS_VERSION, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1 },
});

/** The current settings; defaults when storage holds nothing usable or cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    // A stored version newer than this build, or a storage failure: defaults, nothing lost in storage.
    return { ...DEFAULT_SETTINGS };
  }
}

/** Apply a change and store the result (validated). */
export async function updateSettings(change: Partial<Settings> | ((s: Settings) => Partial<Settings>)): Promise<Settings> {
  const current = await loadSettings();
  const next = parseSettings({ ...current, ...(typeof change === 'function' ? change(current) : change) });
  await settingsItem.setValue(next);
  return next;
}

/** Call `cb` with the new settings whenever they change (in any context of the extension). Returns the unsubscribe. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(parseSettings(value)));
}
