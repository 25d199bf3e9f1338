// When a `document_idle` content script would start, for one that starts earlier.

/** Chromium runs `document_idle` scripts once the page has loaded, or 200 ms after its DOM is
 * complete when loading takes longer. */
export const IDLE_AFTER_DOM_MS = 200;

/**
 * Resolves once the page has loaded, or `IDLE_AFTER_DOM_MS` after this is called (at
 * `document_end`, when the DOM is complete), whichever comes first: Chromium's `document_idle`
 * rule, in both browsers (Firefox's own waits for the load, however long). A script that starts at
 * `document_end` can meanwhile do what needs no page content, such as reading the settings, and
 * still read the page as a `document_idle` one would. On the load it resolves at once, inside the
 * load event, after the listeners the page added before it: a task of its own would come after
 * the page's first paint, ~20 ms later on a long page, where Chromium starts `document_idle`
 * scripts before it.
 */
export function documentIdle(doc: Document = document): Promise<void> {
  const win = doc.defaultView;
  if (doc.readyState === 'complete' || !win) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      win.removeEventListener('load', done);
      resolve();
    };
    const timer = setTimeout(done, IDLE_AFTER_DOM_MS);
    win.addEventListener('load', done);
  });
}
