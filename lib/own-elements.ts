// The tag names of the elements the extension adds to a page. Page reading skips them and badges
// never go inside them, so a page read again after we marked it up reads as it was.
export const SIDEBAR_TAG = 'math-doesnt-math';
export const BADGE_TAG = 'mdm-badge';
