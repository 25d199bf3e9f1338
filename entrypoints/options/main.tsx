import { render } from 'preact';
import { dataset } from '@/lib/data';
import { loadSettings, saveSettings } from '@/lib/ext/settings-store';
import { browserTranslate } from '@/lib/ui/browser-translate';
import '@/lib/ui/extension-page.css';
import { summarizeDataset } from '@/lib/ui/options/data-summary';
import { Options } from '@/lib/ui/options/Options';

const deps = {
  t: browserTranslate,
  locale: navigator.language || 'en-US',
  data: summarizeDataset(dataset),
  loadSettings,
  saveSettings,
};

render(<Options deps={deps} />, document.getElementById('app')!);
