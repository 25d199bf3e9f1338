// The content script comes in two parts. Every page evaluates the small always-on part
// (entrypoints/content/index.ts: settings, quick check, popup status, URL watcher). Only a page that
// passes the quick check gets the rest (entrypoints/content-ui.ts: Readability, Preact, sidebar,
// badges), which the background injects into that tab with scripting.executeScript. Both run in
// the extension's isolated world, where the second leaves its entry points for the first under
// one global name the page cannot see.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageResult } from '../messages';
import type { PageInput } from '../page/types';
import type { Settings } from '../settings/model';
import { sendToBackground } from './messaging';

export interface PageUi {
  /** What the background's detector reads: the article text (Readability) and the page's metadata. */
  readPage(doc: Document, url: string): PageInput;
  /** Starts the features a flagged page gets; they all stop when `signal` aborts. `lang` is the
   * page's declared language, for a sidebar set to follow the page. */
  show(ctx: ContentScriptContext, signal: AbortSignal, page: { result: PageResult; settings: Settings; lang?: string }): Promise<ShownPage>;
}

export interface ShownPage {
  /** The settings changed while the page is shown (e.g. badges switched off). */
  settingsChanged(settings: Settings): void;
}

const SLOT = '__mathDoesntMathUi';

type Slots = { [SLOT]?: PageUi };

/** Called by the UI part when the background has injected it. */
export function provideUi(ui: PageUi): void {
  (globalThis as Slots)[SLOT] = ui;
}

/** The UI part, asking the background to inject it the first time in this frame. */
export async function loadUi(): Promise<PageUi> {
  if (!(globalThis as Slots)[SLOT]) await sendToBackground({ type: 'load-ui' });
  const ui = (globalThis as Slots)[SLOT];
  if (!ui) throw new Error('the UI part did not load');
  return ui;
}
