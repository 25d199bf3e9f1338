// The settings as page state: every change is saved at once (the content scripts watch storage);
// a failed save puts the previous value back on screen and says so.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../settings/model';
import type { SettingsAccess } from './settings-deps';

export interface SettingsState {
  settings: Settings | null;
  saveFailed: boolean;
  change(next: Settings): Promise<void>;
}

export function useSettings(access: SettingsAccess): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  // The last value known to be stored, to return to when a save fails.
  const saved = useRef<Settings | null>(null);

  useEffect(() => {
    void access.loadSettings().then((loaded) => {
      saved.current = loaded;
      setSettings(loaded);
    });
  }, [access]);

  const change = async (next: Settings) => {
    setSettings(next);
    const ok = await access.saveSettings(next);
    setSaveFailed(!ok);
    if (ok) saved.current = next;
    else setSettings(saved.current);
  };

  return { settings, saveFailed, change };
}
