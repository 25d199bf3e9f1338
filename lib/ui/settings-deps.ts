// How the popup and options pages reach the settings; injected so tests can fail a save on purpose.
import type { Settings } from '../settings/model';

export interface SettingsAccess {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<boolean>;
}
