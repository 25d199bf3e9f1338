// The cheap check every page a person opens gets, before anything else is read: the headline first,
// the opening lines only when the headline alone does not pass, then the prefilter over the body.
// Only a page that passes is read with Readability and sent to the background. The detector's
// vocabulary lives behind prefilter, mentionsJobCuts and headlineMayQualify; this file only knows
// which page text each of them reads.
import { headlineMayQualify } from './detect/headline-gate';
import { MAX_CHARS } from './detect/limits';
import { mentionsJobCuts, prefilter } from './detect/prefilter';
import { blockText } from './page/block-text';
import { articleRoot } from './page/blocks';
import { headlineText } from './page/metadata';

/** How much of the body the prefilter reads (as much as the detector reads), and of the story's
 * opening the headline gate reads. */
export const PREFILTER_CHARS = MAX_CHARS;
const LEAD_CHARS = 1_500;

export function isCandidatePage(doc: Document, url: string): boolean {
  const article = articleRoot(doc);
  const gate =
    headlineMayQualify(headlineText(doc), url) || (article !== null && mentionsJobCuts(blockText(article, LEAD_CHARS)));
  return gate && prefilter(doc.title, doc.body ? blockText(doc.body, PREFILTER_CHARS) : '');
}
