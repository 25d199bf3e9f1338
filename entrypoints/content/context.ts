// The always-on script's content-script context: wxt.config.ts builds that script with this class in
// place of WXT's ContentScriptContext, which also carries timers, a location watcher and a logger
// the extension does not use (~0.7 KB gzip of the part every page evaluates). It keeps what the
// content script and its injected parts use: the signal, isInvalid (the extension is gone after an
// update or a reload), onInvalidated (WXT's shadow-root UI removes itself with it), the options,
// and, in Firefox's build, WXT's "a newer copy of this script started" event, under WXT's name,
// so that a copy of either kind stops for the other. Anything else of WXT's class a feature starts to use must be
// added here first: the injected parts get this object.
import { browser } from 'wxt/browser';
import type { ContentScriptDefinition } from 'wxt';

type Options = Omit<ContentScriptDefinition, 'main'>;

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    contentScriptName: string,
    readonly options?: Options,
  ) {
    // Only Firefox injects a new copy into a page where the old one still runs (after an update,
    // see lib/features/leftovers.ts): Chromium's build leaves the handshake out. (`=== true`: the
    // builds define a boolean, while under vitest the value is the string "false".)
    if (import.meta.env.FIREFOX === true) stopForNewerCopy(this, contentScriptName);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.controller.abort('Content script context invalidated');
  }
}

/** WXT's "a newer copy of this script started" handshake, under WXT's event name (the extension's
 * id, the script's name): the context stops when a newer copy of the same script announces itself. */
export function stopForNewerCopy(ctx: ContentScriptContext, contentScriptName: string): void {
  const id = Math.random().toString(36).slice(2);
  const started = `${browser.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  const stop = (event: Event) => {
    const detail = event instanceof CustomEvent ? (event.detail as { contentScriptName?: string; messageId?: string } | null) : null;
    if (detail?.contentScriptName === contentScriptName && detail.messageId !== id) ctx.notifyInvalidated();
  };
  document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName, messageId: id } }));
  document.addEventListener(started, stop);
  ctx.onInvalidated(() => document.removeEventListener(started, stop));
}
