// The settings in extension storage: one versioned item, read and written only through here.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings/model';
import { settingsFromV1, settingsFromV2 } from '../settings/migrate';

const KEY = 'settings';
const VERSION = 3;

const define = () =>
  storage.defineItem<Settings>(`local:${KEY}`, {
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
    // The content script waits for this on every page, and the item's getValue costs two storage
    // round trips (its migration check, then the value). One read of the value and its version
    // (the item keeps it under "settings$") answers whenever no migration is due; stored settings
    // of an older version still go through the item, which migrates them first.
    const stored = await browser.storage.local.get([KEY, `${KEY}$`]);
    const value: unknown = stored[KEY];
    const meta: unknown = stored[`${KEY}$`];
    if (value == null) return normalizeSettings(DEFAULT_SETTINGS);
    if (typeof meta === 'object' && meta !== null && (meta as { v?: unknown }).v === VERSION) return normalizeSettings(value);
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
  // As settingsItem.watch does (a removed value reads as the fallback), without defining the item.
  return storage.watch<Settings>(`local:${KEY}`, (value) => callback(normalizeSettings(value ?? DEFAULT_SETTINGS)));
}
