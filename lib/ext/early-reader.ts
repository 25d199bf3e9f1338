// A page whose headline may be an AI-layoff story gets the reader part as soon as its DOM is
// complete, while it loads (Chromium; see entrypoints/content/index.ts). Asking for it once the
// page has passed the quick check put two trips through the background on the sidebar's path, and
// Chromium runs the extension's service worker at a lower priority than the page, so on a busy
// machine each trip waited 20–60 ms. The request also wakes a background Chromium stopped after
// 30 s without events, which then starts (evaluating it, warming the classifier) while the page
// loads. It carries nothing about the page and is sent only where the extension is on; the page is
// still read only once it has loaded (or 200 ms after its DOM, lib/ext/document-idle.ts).
import { headlineMayQualify } from '../detect/headline-gate';
import { headlineText } from '../page/metadata';
import { isActiveOn, type Settings } from '../settings/model';
import { loadPart } from './page-ui';

/** Asks for the reader part for a page whose headline passes the gate on a site where we are on; says whether it did. */
export async function loadReaderEarly(doc: Document, url: string, settings: Promise<Settings>): Promise<boolean> {
  if (!headlineMayQualify(headlineText(doc), url)) return false;
  if (!isActiveOn(await settings, new URL(url).hostname)) return false;
  await loadPart('reader').catch(() => undefined); // a background being updated: the page asks again once checked
  return true;
}
