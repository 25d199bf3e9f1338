// Tab status: the popup asks (through the background) what this page is. The content script is
// the source of truth: it knows its page's site, and a background that slept has forgotten. It
// answers with its page as it has it; the background makes the popup's status of that.
import { browser } from 'wxt/browser';
import { isRequest } from '../ext/messaging';
import type { TabPage } from '../messages';
import { onAbort } from './lifetime';

export function start(signal: AbortSignal, page: () => TabPage): void {
  // Answered with sendResponse, not a returned promise: the always-on script runs without
  // webextension-polyfill, and Chrome's own onMessage ignores promises (see wxt.config.ts).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (page: TabPage) => void) => {
    if (isRequest(message) && message.type === 'get-tab-page') sendResponse(page());
  };
  browser.runtime.onMessage.addListener(onMessage);
  onAbort(signal, () => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // Once the extension is gone there is nothing left to remove the listener from.
    }
  });
}
