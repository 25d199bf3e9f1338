// The settings in extension storage: one versioned item, read and written only through here.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings/model';
import { settingsFromV1 } from '../settings/migrate';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  version: 2,
  fallback: DEFAULT_SETTINGS,
  migrations: { 2: settingsFromV1 },
});

/** The stored settings, repaired field by field; defaults if storage cannot be read at all. */
export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return normalizeSettings(undefined);
  }
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

/** Calls back with the repaired settings whenever any part of the extension changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
