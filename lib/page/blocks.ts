// The one list of block elements: what ends a paragraph when page text is read (block-text.ts), and
// what counts as a paragraph in the page when evidence is scrolled to or a badge is placed.

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** The same list as a CSS selector, for closest() and querySelectorAll(). (Pure: the always-on
 * content script, which never uses it, leaves it out.) */
export const BLOCK_SELECTOR = /* @__PURE__ */ (() => [...BLOCK_TAGS].join(', '))();

/** Where the story is: badges go there, and the quick check reads its opening lines. */
export function articleRoot(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
}
