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
