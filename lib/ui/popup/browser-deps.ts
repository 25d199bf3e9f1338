// The popup's dependencies in the real extension.
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../ext/messaging';
import { loadSettings, saveSettings } from '../../ext/settings-store';
import { browserTranslate } from '../browser-translate';
import type { PopupDeps } from './Popup';

async function pageInfo(): Promise<Awaited<ReturnType<PopupDeps['pageInfo']>>> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : null;
  if (!tab?.id || !url || !/^https?:$/.test(url.protocol)) return { hostname: null, status: null };
  const status = await sendToBackground({ type: 'get-tab-status', tabId: tab.id }).catch(() => null);
  return { hostname: url.hostname, status };
}

export function browserPopupDeps(): PopupDeps {
  return {
    t: browserTranslate,
    pageInfo,
    loadSettings,
    saveSettings,
    openOptions: () => {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
  };
}
