// Earlier stored shapes of the settings, and how each becomes the current one.
import { normalizeSettings, type Settings } from './model';

/** Version 1 stored a global switch and a comma-separated list of sites. */
export interface SettingsV1 {
  on: boolean;
  off_sites: string;
}

export function settingsFromV1(v1: unknown): Settings {
  const r = (v1 !== null && typeof v1 === 'object' ? v1 : {}) as Partial<Record<keyof SettingsV1, unknown>>;
  return normalizeSettings({ enabled: r.on, disabledSites: r.off_sites });
}

/** Version 2 had no language choice: the sidebar spoke the browser's language, as it still does by default. */
export function settingsFromV2(v2: unknown): Settings {
  const r = (v2 !== null && typeof v2 === 'object' ? v2 : {}) as Record<string, unknown>;
  return normalizeSettings({ ...r, uiLanguage: 'browser' });
}
