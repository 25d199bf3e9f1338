// The content script comes in three parts. Every page evaluates the small always-on part
// (entrypoints/content/index.ts: settings, quick check, popup status, URL watcher). Only a page that
// passes the quick check gets the rest, which the background injects into that tab with
// scripting.executeScript in two files: the reader (entrypoints/content-reader.ts: Readability
// and the page's metadata, what the detector reads) and the UI (entrypoints/content-ui.ts: Preact,
// sidebar, badges, share card). The UI is asked for just before the page is sent for analysis, so
// the browser evaluates it while the background classifies. All run in the extension's isolated
// world, where the later parts leave their entry points for the first under one global name the
// page cannot see.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageResult, UiPart } from '../messages';
import type { PageInput } from '../page/types';
import type { Settings } from '../settings/model';
import { sendToBackground } from './messaging';

export interface PageReader {
  /** What the background's detector reads: the article text (Readability) and the page's metadata. */
  readPage(doc: Document, url: string): PageInput;
}

export interface PageUi {
  /** Starts the features a flagged page gets; they all stop when `signal` aborts. `lang` is the
   * page's declared language, for a sidebar set to follow the page. */
  show(ctx: ContentScriptContext, signal: AbortSignal, page: { result: PageResult; settings: Settings; lang?: string }): Promise<ShownPage>;
}

export interface ShownPage {
  /** The settings changed while the page is shown (e.g. badges switched off). */
  settingsChanged(settings: Settings): void;
}

interface Parts {
  reader: PageReader;
  ui: PageUi;
}

const SLOT = '__mathDoesntMathParts';

/** The parts injected so far, those on their way, and who waits for them. */
interface Slot {
  parts: Partial<Parts>;
  loading: { [P in UiPart]?: Promise<unknown> };
  waiting: { [P in UiPart]?: () => void };
}

function slot(): Slot {
  const global = globalThis as { [SLOT]?: Slot };
  return (global[SLOT] ??= { parts: {}, loading: {}, waiting: {} });
}

/** Called by an injected part as it is evaluated. */
export function providePart<P extends UiPart>(part: P, api: Parts[P]): void {
  const { parts, waiting } = slot();
  parts[part] = api;
  waiting[part]?.();
}

/**
 * A part, asking the background to inject it the first time in this frame (once, however many ask
 * meanwhile), together with the parts in `then` not asked for yet: one message, and the background
 * injects them in that order, each once the one before has run. A part is ready as soon as it has
 * run, before the background hears back.
 */
export function loadPart<P extends UiPart>(part: P, ...then: UiPart[]): Promise<Parts[P]> {
  const s = slot();
  const wanted = [part, ...then].filter((p) => !s.loading[p]);
  const missing = wanted.filter((p) => !s.parts[p]);
  const injected = missing.length ? sendToBackground({ type: 'load-ui', parts: missing }) : Promise.resolve();
  for (const p of wanted) {
    const loading = (s.loading[p] = arrival(s, p, injected));
    loading.catch(() => delete s.loading[p]); // a later run may ask again
  }
  return s.loading[part] as Promise<Parts[P]>;
}

async function arrival<P extends UiPart>(s: Slot, part: P, injected: Promise<unknown>): Promise<Parts[P]> {
  if (!s.parts[part]) {
    const provided = new Promise<void>((resolve) => (s.waiting[part] = resolve));
    try {
      await Promise.race([provided, injected]);
    } finally {
      delete s.waiting[part];
    }
  }
  const api = s.parts[part];
  if (!api) throw new Error(`the ${part} part did not load`);
  return api as Parts[P];
}
