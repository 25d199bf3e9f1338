// The settings in extension storage: one versioned item, read and written only through here.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings/model';
import { settingsFromV1, settingsFromV2 } from '../settings/migrate';

const STORAGE_KEY = 'local:settings';
const VERSION = 3;

const define = () =>
  storage.defineItem<Settings>(STORAGE_KEY, {
    version: VERSION,
    fallback: DEFAULT_SETTINGS,
    migrations: { 2: settingsFromV1, 3: settingsFromV2 },
  });
let item: ReturnType<typeof define> | undefined;

/**
 * The storage item, defined on first use: defining it starts its migration check (storage reads),
 * which the content script, loaded on every page, needs only when the stored settings are old.
 */
export const settingsItem: ReturnType<typeof define> = new Proxy({} as ReturnType<typeof define>, {
  get: (_target, property) => Reflect.get((item ??= define()), property),
});

/** The stored settings, repaired field by field; defaults if storage cannot be read at all. */
export async function loadSettings(): Promise<Settings> {
  try {
    // Every page waits for this, and the item's getValue costs two storage round trips one after
    // the other (its migration check, then the value). The value and its version read side by
    // side cost one, and answer whenever no migration is due; stored settings of an older version
    // still go through the item, which migrates them first.
    const [value, meta] = await Promise.all([storage.getItem<unknown>(STORAGE_KEY), storage.getMeta<{ v?: unknown }>(STORAGE_KEY)]);
    if (value == null) return normalizeSettings(DEFAULT_SETTINGS);
    if (meta.v === VERSION) return normalizeSettings(value);
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

/** Changes the stored settings (not a copy that may be stale); false when the write failed. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<boolean> {
  return saveSettings(change(await loadSettings()));
}

/** Calls back with the repaired settings whenever any part of the extension changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  // As settingsItem.watch does (a removed value reads as the fallback), without defining the item.
  return storage.watch<Settings>(STORAGE_KEY, (value) => callback(normalizeSettings(value ?? DEFAULT_SETTINGS)));
}
