// The settings in extension storage: one versioned item, written and migrated only through here
// (the always-on content script reads them with settings-read.ts, which knows where the item keeps them).
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings/model';
import { settingsFromV1, settingsFromV2 } from '../settings/migrate';
import { readSettings, SETTINGS_KEY, SETTINGS_VERSION } from './settings-read';

export { watchSettings } from './settings-read';

const define = () =>
  storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
    version: SETTINGS_VERSION,
    fallback: DEFAULT_SETTINGS,
    migrations: { 2: settingsFromV1, 3: settingsFromV2 },
  });
let item: ReturnType<typeof define> | undefined;

/**
 * The storage item, defined on first use: defining it starts its migration check (storage reads),
 * which a reader needs only when the stored settings are old.
 */
export const settingsItem: ReturnType<typeof define> = new Proxy({} as ReturnType<typeof define>, {
  get: (_target, property) => Reflect.get((item ??= define()), property),
});

/** The stored settings, repaired field by field; defaults if storage cannot be read at all. The
 * item's getValue would cost two storage round trips one after the other (its migration check,
 * then the value): only settings of an older version go through it, which migrates them first. */
export function loadSettings(): Promise<Settings> {
  return readSettings(() => settingsItem.getValue());
}

/** Writes the settings; false when the write failed (quota, storage gone), in which case storage
 * still holds the previous value untouched. */
export async function saveSettings(settings: Settings): Promise<boolean> {
  try {
    await settingsItem.setValue(normalizeSettings(settings));
    return true;
  } catch {
    return false;
  }
}

/** Changes the stored settings (not a copy that may be stale); false when the write failed. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<boolean> {
  return saveSettings(change(await loadSettings()));
}

