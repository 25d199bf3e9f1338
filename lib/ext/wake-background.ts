// A page whose headline may be an AI-layoff story wakes the background as soon as its DOM is
// complete. Chromium stops the extension's service worker after 30 s without events, and starting
// it again (evaluating the background, building the company matcher, warming the classifier) held
// the sidebar back ~1 s; meanwhile the page is still loading, and is read only once it has (or
// 200 ms after its DOM, lib/ext/document-idle.ts). The message carries nothing about the page and
// is sent only where the extension is on.
import { headlineMayQualify } from '../detect/headline-gate';
import { headlineText } from '../page/metadata';
import { isActiveOn, type Settings } from '../settings/model';
import { sendToBackground } from './messaging';

/** Wakes the background for a page whose headline passes the gate on a site where we are on; says whether it did. */
export async function wakeBackgroundFor(doc: Document, url: string, settings: Promise<Settings>): Promise<boolean> {
  if (!headlineMayQualify(headlineText(doc), url)) return false;
  if (!isActiveOn(await settings, new URL(url).hostname)) return false;
  await sendToBackground({ type: 'wake' }).catch(() => undefined); // a background being updated: the page waits as before
  return true;
}
