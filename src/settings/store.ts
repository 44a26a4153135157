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

/** Is the stored value from a newer build (a downgrade)? Its shape is unknown to this one. */
async function storedByNewerVersion(): Promise<boolean> {
  const meta: unknown = await settingsItem.getMeta();
  const v = meta !== null && typeof meta === 'object' ? (meta as { v?: unknown }).v : undefined;
  return typeof v === 'number' && v > SETTINGS_VERSION;
}

/** The current settings; defaults when storage holds nothing usable or cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    // A stored version newer than this build: @wxt-dev/storage refuses the downgrade (and logs it) but still
    // hands out the raw value, whose fields may mean something else there. Defaults; nothing lost in storage.
    if (await storedByNewerVersion()) return { ...DEFAULT_SETTINGS };
    return parseSettings(await settingsItem.getValue());
  } catch {
    // A storage failure: defaults.
    return { ...DEFAULT_SETTINGS };
  }
}

/** Updates from one page run one after another, so two quick changes (two Resume clicks) cannot undo each other. */
let pending: Promise<unknown> = Promise.resolve();

/** The valid part of a change: an unknown value for a field leaves that field as it is (it does not reset it). */
function validChange(change: unknown): Partial<Settings> {
  if (change === null || typeof change !== 'object' || Array.isArray(change)) return {};
  const c = change as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ['mark', 'sensitivity', 'runOn'] as const) {
    if (key in c && parseSettings({ [key]: c[key] })[key] === c[key]) out[key] = c[key];
  }
  for (const key of ['sites', 'paused'] as const) {
    if (key in c && Array.isArray(c[key])) out[key] = c[key];
  }
  return out as Partial<Settings>;
}

/** Apply a change and store the result (validated: invalid fields of the change are ignored, hosts normalised). */
export function updateSettings(change: Partial<Settings> | ((s: Settings) => Partial<Settings>)): Promise<Settings> {
  const run = pending.then(async () => {
    const newer = await storedByNewerVersion().catch(() => false);
    const current = await loadSettings();
    const next = parseSettings({ ...current, ...validChange(typeof change === 'function' ? change(current) : change) });
    await settingsItem.setValue(next);
    // Overwriting a newer build's value: say which version this is, so that build migrates it forward.
    if (newer) await settingsItem.setMeta({ v: SETTINGS_VERSION });
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

/** Call `cb` with the new settings whenever they change (in any context of the extension). Returns the unsubscribe. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(parseSettings(value)));
}
