import { browser } from 'wxt/browser';
import { isRequest, sendToTab } from '@/lib/ext/messaging';
import { loadSettings } from '@/lib/ext/settings-store';
import { readUiMessages } from '@/lib/ext/ui-messages';
import type { PageResult, Request, TabStatus, UiPart } from '@/lib/messages';
import type { PageInput } from '@/lib/page/types';
import { WARM_UP_HEADLINES, WARM_UP_STORY } from '@/lib/ext/warm-up';
import { buildPageResult, WARM_UP } from '@/lib/page-result';
import { statusOf } from '@/lib/page-status';

// The classifier, the name index and the dataset live here, not in the content script, so that
// pages which do not qualify never load them.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isRequest(message)) return undefined;
    return handle(message, sender.tab?.id, sender.frameId ?? 0);
  });
  // The first page pays for parsing the name table and the dataset and for compiling the
  // detector's expressions (~0.1 s in a fresh process): pay it now, not on the reader's first article.
  setTimeout(() => buildPageResult(WARM_UP), 0);
  // Its code stays cold until a whole story has gone through (lib/ext/warm-up.ts): a background
  // that is idle a while after starting (Firefox's, started with the browser) warms that too. One
  // woken for a story (Chromium's) is soon analysing it, and the warm-up would only hold it up.
  setTimeout(() => results.size || [WARM_UP_STORY, ...WARM_UP_HEADLINES].forEach((page) => buildPageResult(page)), WARM_UP_IDLE_MS);
});

/** How long after starting, with no page analysed, the background warms up on a whole story. */
const WARM_UP_IDLE_MS = 2_000;

const PART_FILES = { reader: '/content-reader.js', ui: '/content-ui.js' } as const satisfies Record<UiPart, string>;

async function handle(message: Request, tabId: number | undefined, frameId: number): Promise<unknown> {
  switch (message.type) {
    case 'analyze':
      return analyzeOnce(message.page);
    case 'load-ui':
      // Only into the frame that asked, which passed the quick check (lib/ext/page-ui.ts); each part
      // once the one before has run, so the page is read before the UI part is evaluated. At once:
      // the page asks once it is idle, and the default wait for idle cost the reader ~25 ms more.
      if (tabId === undefined) return undefined;
      for (const part of message.parts) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PART_FILES[part]], injectImmediately: true });
      return undefined;
    case 'report-status':
      if (tabId !== undefined) await showCount(tabId, statusOf(message.page.site, message.page.result));
      return undefined;
    case 'settings':
      return loadSettings();
    case 'wake':
      // Started by this message, the background is warming up (above) while the page loads.
      return undefined;
    case 'get-tab-status': {
      // The content script is the source of truth: a background that slept has forgotten.
      const page = await sendToTab(message.tabId, { type: 'get-tab-page' }).catch(() => null);
      return page ? statusOf(page.site, page.result) : null;
    }
    case 'get-tab-page':
      return undefined; // asked of content scripts only
    case 'ui-messages':
      return readUiMessages(message.lang);
  }
}

// The last few pages' results, by their exact input: a reload, a page opened again from history
// or in a second tab shows its sidebar without waiting for the NLP (~50-150 ms on a long story).
// buildPageResult is a pure function of the page, and the results are copied into each reply.
const RESULTS_KEPT = 8;
const results = new Map<string, PageResult>();

function analyzeOnce(page: PageInput): PageResult {
  const key = JSON.stringify(page);
  let result = results.get(key);
  if (result) results.delete(key);
  else {
    // Measured for the bench, which reads the last one from the worker (Chromium); only it is kept.
    performance.clearMeasures('mdm:analyze');
    performance.mark('mdm:analyze');
    result = buildPageResult(page);
    performance.measure('mdm:analyze', 'mdm:analyze');
    performance.clearMarks('mdm:analyze');
  }
  results.set(key, result); // most recent last
  if (results.size > RESULTS_KEPT) results.delete(results.keys().next().value!);
  return result;
}

async function showCount(tabId: number, status: TabStatus): Promise<void> {
  const text = status.flagged ? String(status.companies.length) : '';
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}
