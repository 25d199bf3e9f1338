// The always-on part of the content script, evaluated on every page, so it stays small: read the
// settings (and wake the background if the headline may be a story for us) → (the page loaded)
// quick check → only on a page that passes, ask the background for the reader and UI parts, read
// the page, send it for analysis → start the features that apply. It also
// follows the settings and SPA navigation and answers the popup. The reader (../content-reader.ts)
// and the UI (../content-ui.ts) are injected only when needed: see lib/ext/page-ui.ts.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadPart, type ShownPage } from '@/lib/ext/page-ui';
import { sendToBackground } from '@/lib/ext/messaging';
import { documentIdle } from '@/lib/ext/document-idle';
import { readSettings, watchSettings } from '@/lib/ext/settings-read';
import { wakeBackgroundFor } from '@/lib/ext/wake-background';
import * as leftovers from '@/lib/features/leftovers';
import { childOf, onAbort } from '@/lib/features/lifetime';
import * as tabStatus from '@/lib/features/tab-status';
import * as urlWatcher from '@/lib/features/url-watcher';
import type { PageResult } from '@/lib/messages';
import { qualifies } from '@/lib/page-status';
import { isCandidatePage } from '@/lib/quick-check';
import { isActiveOn, type Settings } from '@/lib/settings/model';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Started when the DOM is complete, so that storage answers while the page loads; the page is
  // read when a document_idle script would read it (lib/ext/document-idle.ts).
  runAt: 'document_end',
  // WXT would otherwise announce each start with a window.postMessage the page can read.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    try {
      // Settings an older version stored are migrated by the background, which has the storage item.
      const settings = readSettings(() => sendToBackground({ type: 'settings' }));
      // The headline alone says whether to wake the background now, while the page loads (Chromium's:
      // Firefox's background page never sleeps).
      if (!import.meta.env.FIREFOX) void measured(() => wakeBackgroundFor(document, location.href, settings)).catch(() => false);
      await documentIdle();
      // The quick check needs no settings: it runs while storage answers, if it still has to, and
      // its result waits for them (nothing is sent, shown or kept on a site where we are off).
      const first = firstCheck();
      await annotate(ctx, await settings, first);
    } catch {
      // Never surface our failures in the page's console: the page must not notice us.
    }
  },
});

interface Check {
  url: string;
  candidate: boolean;
}

function firstCheck(): Check | null {
  try {
    return measured(() => {
      // Only Firefox injects a new version into open tabs (see leftovers.ts): Chromium's builds leave it out.
      if (import.meta.env.FIREFOX) leftovers.start(document);
      return { url: location.href, candidate: isCandidatePage(document, location.href) };
    });
  } catch {
    return null; // a page the check cannot read: the first run tries again, and stays quiet
  }
}

/** One tab's page for the script's life: what it is, what is shown on it, and why. */
async function annotate(ctx: ContentScriptContext, initial: Settings, first: Check | null) {
  let settings = initial;
  let analyzed: { url: string; result: PageResult | null; lang?: string } = { url: '', result: null };
  /** The features running for `analyzed`. */
  let shown: { run: AbortController; page: ShownPage } | null = null;
  const active = () => isActiveOn(settings, location.hostname);
  const tabPage = () => ({ site: location.hostname, result: active() ? analyzed.result : null });
  const report = () => sendToBackground({ type: 'report-status', page: tabPage() }).catch(() => undefined);
  const hide = () => {
    shown?.run.abort();
    shown = null;
  };

  async function run(): Promise<void> {
    const check = first;
    first = null; // the first check is good for the first run only, and only on its URL
    if (!active()) {
      measured(hide);
      return void (await report());
    }
    if (analyzed.url !== location.href) {
      const wasFlagged = analyzed.result !== null;
      hide();
      analyzed = { url: location.href, result: null };
      const candidate = check?.url === location.href ? check.candidate : measured(() => isCandidatePage(document, location.href));
      // Ordinary pages send no message at all; only a page that was flagged before says it no longer is.
      if (!candidate) return void (wasFlagged && (await report()));
      // The UI part comes right after the reader, asked in the same message: the browser evaluates
      // it while the background classifies (a page that is not flagged after all never uses it).
      const reader = await loadPart('reader', 'ui');
      step('reader');
      const page = measured(() => reader.readPage(document, analyzed.url));
      analyzed.lang = page.lang;
      analyzed.result = await sendToBackground({ type: 'analyze', page });
      step('result');
    }
    const result = analyzed.result;
    if (result && qualifies(result) && !ctx.isInvalid) {
      if (shown) shown.page.settingsChanged(settings);
      else {
        const features = childOf(ctx.signal);
        const page = { result, settings, lang: analyzed.lang };
        const ui = await loadPart('ui');
        step('ui');
        shown = { run: features, page: await ui.show(ctx, features.signal, page) };
        step('shown');
      }
    }
    await report();
  }

  // One run at a time, in order: a settings change or a navigation waits for the run before it.
  let queue = Promise.resolve();
  const update = () => {
    queue = queue.then(run).catch(() => undefined); // the background may be gone (extension reloaded)
    return queue;
  };

  tabStatus.start(ctx.signal, tabPage);
  urlWatcher.start(ctx, ctx.signal, () => void update());
  const unwatch = watchSettings((next) => {
    settings = next;
    void update();
  });
  onAbort(ctx.signal, () => {
    hide(); // the page first: once the extension is gone, the browser APIs below may throw
    try {
      unwatch();
    } catch {
      // nothing left to unwatch
    }
  });
  await update();
}

/** A candidate page's way to its sidebar, step by step, for the bench (mdm:<name> marks). */
function step(name: string): void {
  performance.mark('mdm:' + name);
}

/** Each run's synchronous work is measured, so benchmarks and tests can see what we cost. */
function measured<T>(work: () => T): T {
  performance.mark('mdm:start');
  try {
    return work();
  } finally {
    performance.measure('mdm:content', 'mdm:start');
  }
}
