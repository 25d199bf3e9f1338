// Visible text of a DOM subtree, one paragraph per block element, paragraphs separated by a blank
// line. Iterative, so a 10,000-level-deep DOM cannot overflow the stack, and stops at `limit` chars.

import { BADGE_TAG, SIDEBAR_TAG } from '../own-elements';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'head',
  'select', 'button',
  // The extension's own sidebar host and badges, when a page is read again after we marked it up.
  SIDEBAR_TAG, BADGE_TAG,
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function blockText(root: Node, limit: number): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let length = 0;
  const endParagraph = (): void => {
    const paragraph = current.join('').replace(/\s+/g, ' ').trim();
    if (paragraph) {
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    current = [];
  };

  // Stack entries: [node, false] to enter a node, [block, true] to close a block's paragraph.
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length > 0 && length < limit) {
    const [node, closing] = stack.pop()!;
    if (closing) {
      endParagraph();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current.push(node.nodeValue ?? '');
      continue;
    }
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : '';
    if (SKIP.has(tag) || (node.nodeType === ELEMENT_NODE && (node as Element).hasAttribute('hidden'))) continue;
    if (tag === 'td' || tag === 'th') current.push(' ');
    if (BLOCK.has(tag)) {
      endParagraph();
      stack.push([node, true]);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push([child, false]);
  }
  endParagraph();
  return paragraphs.join('\n\n');
}
