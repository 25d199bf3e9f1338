// When a `document_idle` content script would start, for one that starts earlier.

/** Chromium runs `document_idle` scripts once the page has loaded, or 200 ms after its DOM is
 * complete when loading takes longer. */
export const IDLE_AFTER_DOM_MS = 200;

/**
 * Resolves in a task of its own once the page has loaded, or `IDLE_AFTER_DOM_MS` after this is
 * called (at `document_end`, when the DOM is complete), whichever comes first: Chromium's
 * `document_idle` rule, in both browsers (Firefox's own waits for the load, however long). A
 * script that starts at `document_end` can meanwhile do what needs no page content, such as
 * reading the settings, and still read the page as a `document_idle` one would.
 */
export function documentIdle(doc: Document = document): Promise<void> {
  const win = doc.defaultView;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      win?.removeEventListener('load', loaded);
      resolve();
    }, doc.readyState === 'complete' || !win ? 0 : IDLE_AFTER_DOM_MS);
    // Never inside the page's load event: its listeners, and its timing, stay the page's own.
    const loaded = () => {
      clearTimeout(timer);
      win?.removeEventListener('load', loaded);
      setTimeout(resolve);
    };
    win?.addEventListener('load', loaded);
  });
}
