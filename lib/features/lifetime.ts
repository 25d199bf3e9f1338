// How every in-page feature ties what it starts to its AbortSignal, so one abort() undoes all of it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Runs `undo` once when `signal` aborts, or at once if it already has. */
export function onAbort(signal: AbortSignal, undo: () => void): void {
  if (signal.aborted) undo();
  else signal.addEventListener('abort', undo, { once: true });
}

/** A controller that also aborts with `parent`: a feature's part that can stop on its own. */
export function childOf(parent: AbortSignal): AbortController {
  const child = new AbortController();
  const abort = () => child.abort();
  onAbort(parent, abort);
  child.signal.addEventListener('abort', () => parent.removeEventListener('abort', abort), { once: true });
  return child;
}

/**
 * A timeout that `signal` cancels and that runs only while the extension is still there. Asking
 * ctx.isInvalid is how an old copy learns, after an update in Chromium, that the extension is gone:
 * WXT then aborts the context, and with it every feature's signal, which takes our UI out of the
 * page. (Not ctx.setTimeout: it leaves a listener on the context for every call, and a busy page
 * makes thousands of calls.)
 */
export function later(ctx: ContentScriptContext, signal: AbortSignal, run: () => void, ms: number): void {
  if (signal.aborted) return;
  const cancel = () => clearTimeout(id);
  const id = setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    if (!signal.aborted && !ctx.isInvalid) run();
  }, ms);
  signal.addEventListener('abort', cancel, { once: true });
}
