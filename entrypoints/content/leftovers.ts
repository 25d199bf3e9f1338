import { BADGE_TAG, SIDEBAR_TAG } from '@/lib/own-elements';
import { removeBadge } from './badges';

/**
 * Removes the sidebar and badges an earlier copy of this script left behind. Firefox injects the
 * new version into open tabs after an update while the old copy's elements stay in the page, and
 * that copy can no longer clean up after itself.
 */
export function removeLeftovers(doc: Document): void {
  for (const host of doc.querySelectorAll(SIDEBAR_TAG)) host.remove();
  for (const badge of doc.querySelectorAll(BADGE_TAG)) removeBadge(badge, badge.nextSibling);
}
