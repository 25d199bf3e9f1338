// Tab status: the popup asks (through the background) what this page is. The content script is
// the source of truth: it knows its page's site, and a background that slept has forgotten.
import { browser } from 'wxt/browser';
import { isRequest } from '../ext/messaging';
import type { TabStatus } from '../messages';
import { onAbort } from './lifetime';

export function start(signal: AbortSignal, status: () => TabStatus): void {
  // Answered with sendResponse, not a returned promise: the always-on script runs without
  // webextension-polyfill, and Chrome's own onMessage ignores promises (see wxt.config.ts).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (status: TabStatus) => void) => {
    if (isRequest(message) && message.type === 'get-tab-status') sendResponse(status());
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
