// Leftovers clean-up. Firefox injects the new version of the content script into open tabs after
// an update, while the old copy's sidebar and badges stay in the page and that copy can no longer
// take them out. The new copy does, first thing. It adds nothing to the page.
import { BADGE_TAG, SIDEBAR_TAG } from '../own-elements';
import { removeBadge } from '../ui/badge/badge-element';

export function start(doc: Document): void {
  for (const host of doc.querySelectorAll(SIDEBAR_TAG)) host.remove();
  for (const badge of doc.querySelectorAll(BADGE_TAG)) removeBadge(badge, badge.nextSibling);
}
