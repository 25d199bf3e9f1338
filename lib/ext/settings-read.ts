// Reading and watching the stored settings with the browser's storage API alone. The always-on
// content script, evaluated on every page, reads them through here: @wxt-dev/storage was a fifth
// of its size. Writing, and migrating settings an older version stored, stay with the storage item
// (settings-store.ts), which keeps the value where this file reads it.
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings/model';

/** Where @wxt-dev/storage keeps the item `local:settings`: the value under its key, and its
 * metadata (`{ v: version }`) under the key and a `$`. */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 3;
const META_KEY = `${SETTINGS_KEY}$`;

/**
 * The stored settings, repaired field by field; the defaults when none are stored or storage cannot
 * be read at all. Value and version come in one storage call; settings of an older version are
 * taken from `migrated`, which migrates them first (they are rare: once after an update).
 */
export async function readSettings(migrated: () => Promise<unknown>): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get([SETTINGS_KEY, META_KEY]);
    const value = stored[SETTINGS_KEY];
    if (value == null) return normalizeSettings(DEFAULT_SETTINGS);
    const meta = stored[META_KEY] as { v?: unknown } | null | undefined;
    return normalizeSettings(meta?.v === SETTINGS_VERSION ? value : await migrated());
  } catch {
    return normalizeSettings(undefined);
  }
}

type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;

/** Calls back with the repaired settings whenever any part of the extension changes them (a removed
 * value reads as the defaults). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Changes) => {
    const change = changes[SETTINGS_KEY];
    if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    callback(normalizeSettings(change.newValue ?? DEFAULT_SETTINGS));
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
