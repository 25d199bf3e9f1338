import { render } from 'preact';
import summary from '@/lib/data/summary.json';
import { loadSettings, saveSettings } from '@/lib/ext/settings-store';
import { browserTranslate } from '@/lib/ui/browser-translate';
import '@/lib/ui/extension-page.css';
import { Options } from '@/lib/ui/options/Options';

const deps = {
  t: browserTranslate,
  locale: navigator.language || 'en-US',
  data: summary,
  loadSettings,
  saveSettings,
};

render(<Options deps={deps} />, document.getElementById('app')!);
