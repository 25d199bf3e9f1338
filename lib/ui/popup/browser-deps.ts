// The popup's dependencies in the real extension.
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../ext/messaging';
import { loadSettings, saveSettings } from '../../ext/settings-store';
import { browserTranslate } from '../browser-translate';
import type { PopupDeps } from './Popup';

async function pageInfo(): Promise<Awaited<ReturnType<PopupDeps['pageInfo']>>> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return { hostname: null, status: null };
  // The content script knows its page's site; where none runs (browser pages), nothing can be annotated.
  const status = await sendToBackground({ type: 'get-tab-status', tabId: tab.id }).catch(() => null);
  return { hostname: status?.site ?? null, status };
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
