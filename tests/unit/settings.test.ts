import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings } from '../../lib/ext/settings-read';
import { loadSettings, saveSettings, settingsItem, watchSettings } from '../../lib/ext/settings-store';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  normalizeHost,
  normalizeSettings,
  toggleSite,
  type Settings,
} from '../../lib/settings/model';

const custom: Settings = { enabled: true, autoOpen: false, badges: false, disabledSites: ['example.com'], uiLanguage: 'page' };

describe('settings model', () => {
  it('gives defaults for anything that is not an object', () => {
    for (const raw of [undefined, null, 42, 'on', []]) expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs each corrupt field on its own and keeps the valid sites', () => {
    const s = normalizeSettings({
      enabled: 'yes',
      autoOpen: false,
      badges: 0,
      disabledSites: ['A.com', 7, 'a.com', 'not a host', 'https://www.B.org/x'],
      uiLanguage: 'klingon',
    });
    expect(s).toEqual({ enabled: true, autoOpen: false, badges: true, disabledSites: ['a.com', 'b.org'], uiLanguage: 'browser' });
  });

  it('keeps every language choice the options page offers', () => {
    for (const uiLanguage of ['browser', 'page', 'en', 'de', 'fr', 'es', 'nl', 'it', 'pt'] as const) {
      expect(normalizeSettings({ uiLanguage }).uiLanguage).toBe(uiLanguage);
    }
    for (const raw of ['DE', 'de-DE', 'ja', '', 3, null]) expect(normalizeSettings({ uiLanguage: raw }).uiLanguage).toBe('browser');
  });

  it('fills missing keys from the defaults', () => {
    expect(normalizeSettings({ badges: false })).toEqual({ ...DEFAULT_SETTINGS, badges: false });
  });

  it('normalizes hosts', () => {
    expect(normalizeHost(' WWW.News.Example.COM ')).toBe('news.example.com');
    expect(normalizeHost('http://localhost:3000/page')).toBe('localhost');
    expect(normalizeHost('two words')).toBeNull();
    expect(normalizeHost('')).toBeNull();
  });

  it('is off on a disabled site and its subdomains, and everywhere when disabled globally', () => {
    expect(isActiveOn(custom, 'example.com')).toBe(false);
    expect(isActiveOn(custom, 'news.example.com')).toBe(false);
    expect(isActiveOn(custom, 'notexample.com')).toBe(true);
    expect(isActiveOn({ ...custom, enabled: false }, 'other.org')).toBe(false);
  });

  it('toggles a site off and on again, lifting a parent entry that covers it', () => {
    const off = toggleSite(DEFAULT_SETTINGS, 'www.news.org', false);
    expect(off.disabledSites).toEqual(['news.org']);
    expect(toggleSite(off, 'news.org', false).disabledSites).toEqual(['news.org']);
    expect(toggleSite(custom, 'live.example.com', true).disabledSites).toEqual([]);
    expect(toggleSite(off, 'news.org', true).disabledSites).toEqual([]);
  });
});

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('returns the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves and loads', async () => {
    expect(await saveSettings(custom)).toBe(true);
    expect(await loadSettings()).toEqual(custom);
  });

  it('migrates the version 1 shape, keeping the disabled sites', async () => {
    await fakeBrowser.storage.local.set({ settings: { on: false, off_sites: 'Example.com, news.org,,bad host' } });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['example.com', 'news.org'] });
    expect(await settingsItem.getMeta()).toMatchObject({ v: 3 });
  });

  it('migrates the version 2 shape to the browser language, keeping everything else', async () => {
    const v2 = { enabled: true, autoOpen: false, badges: false, disabledSites: ['example.com'] };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    // Before the migration runs, a reader of the old value already gets a whole, valid v3 value.
    expect(await loadSettings()).toEqual({ ...v2, uiLanguage: 'browser' });
    await settingsItem.migrate();
    expect(await settingsItem.getMeta()).toMatchObject({ v: 3 });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ ...v2, uiLanguage: 'browser' });
    expect(await loadSettings()).toEqual({ ...v2, uiLanguage: 'browser' });
  });

  it('loads what a version-1 extension stored, migrated, on the first read after the update', async () => {
    // A fresh module, as in a content script that starts after the update: nothing defined yet.
    vi.resetModules();
    await fakeBrowser.storage.local.set({ settings: { on: false, off_sites: 'example.com' } });
    const fresh = await import('../../lib/ext/settings-store');
    const migrated = { ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['example.com'] };
    expect(await fresh.loadSettings()).toEqual(migrated);
    expect(await fresh.settingsItem.getMeta()).toMatchObject({ v: 3 });
    expect(await fresh.loadSettings()).toEqual(migrated);
  });

  it('repairs corrupt and partial stored values', async () => {
    await saveSettings(custom);
    await fakeBrowser.storage.local.set({ settings: { enabled: 'nope', disabledSites: ['a.com', null] } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['a.com'] });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('never throws on a failed read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('gone'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the previous value when a write fails', async () => {
    await saveSettings(custom);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveSettings({ ...custom, disabledSites: [] })).toBe(false);
    expect(await loadSettings()).toEqual(custom);
  });

  it('tells watchers about changes, repaired', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings(custom);
    await vi.waitFor(() => expect(seen).toEqual([custom]));
    unwatch();
  });

  it('reads current settings in one storage call, without the item (the always-on content script)', async () => {
    await fakeBrowser.storage.local.set({ settings: custom, settings$: { v: 3 } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const migrated = vi.fn(async () => DEFAULT_SETTINGS);
    expect(await readSettings(migrated)).toEqual(custom);
    expect(get).toHaveBeenCalledTimes(1);
    expect(migrated).not.toHaveBeenCalled();
  });

  it('hands settings of an older version to the migration it is given, and repairs what comes back', async () => {
    await fakeBrowser.storage.local.set({ settings: { on: false, off_sites: 'example.com' } });
    expect(await readSettings(async () => ({ ...custom, badges: 'no' }))).toEqual({ ...custom, badges: true });
    await fakeBrowser.storage.local.set({ settings: { enabled: false }, settings$: { v: 2 } });
    expect(await readSettings(async () => ({ enabled: false }))).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('gives the defaults when the migration fails (the background is gone) or nothing is stored', async () => {
    await fakeBrowser.storage.local.set({ settings: { on: false, off_sites: 'example.com' } });
    expect(await readSettings(() => Promise.reject(new Error('Could not establish connection')))).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.clear();
    expect(await readSettings(() => Promise.reject(new Error('not called')))).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers nothing when a write leaves the settings as they were, and stops when unwatched', async () => {
    await saveSettings(custom);
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings(custom);
    await fakeBrowser.storage.local.remove('settings');
    await vi.waitFor(() => expect(seen).toEqual([DEFAULT_SETTINGS]));
    unwatch();
    await saveSettings(custom);
    expect(seen).toEqual([DEFAULT_SETTINGS]);
  });
});
