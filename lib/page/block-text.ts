// Visible text of a DOM subtree, one paragraph per block element, paragraphs separated by a blank
// line. Iterative, so a 10,000-level-deep DOM cannot overflow the stack, and stops at `limit` chars.
// It walks by sibling links and touches only the nodes it reads: it runs on every page a person
// opens, and in a content script each node touched costs a wrapper (a list of 10,000 items read
// for its first 1,500 characters must not cost 10,000 of them).

import { BADGE_TAG, SIDEBAR_TAG } from '../own-elements';
import { BLOCK_TAGS as BLOCK } from './blocks';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'head',
  'select', 'button',
  // The extension's own sidebar host and badges, when a page is read again after we marked it up.
  SIDEBAR_TAG, BADGE_TAG,
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const tagOf = (node: Node): string => (node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : '');

export function blockText(root: Node, limit: number): string {
  const paragraphs: string[] = [];
  let current = '';
  let length = 0;
  const endParagraph = (): void => {
    if (!current) return;
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) {
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    current = '';
  };

  // Pre-order: enter a node (its text, or a block's start), then its children, then close the
  // block. The limit is checked before every step, entering or closing.
  let node: Node = root;
  walk: for (;;) {
    if (length >= limit) break;
    let open = false;
    let block = false;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
    } else {
      const tag = tagOf(node);
      if (!SKIP.has(tag) && !(node.nodeType === ELEMENT_NODE && (node as Element).hasAttribute('hidden'))) {
        open = true;
        if (tag === 'td' || tag === 'th') current += ' ';
        block = BLOCK.has(tag);
        if (block) endParagraph();
      }
    }
    const child = open ? node.firstChild : null;
    if (child) {
      node = child;
      continue;
    }
    if (block) {
      if (length >= limit) break;
      endParagraph();
    }
    // Done with `node`: on to its next sibling, closing each block it climbs out of.
    for (;;) {
      if (node === root) break walk;
      const sibling = node.nextSibling;
      if (sibling) {
        node = sibling;
        break;
      }
      const parent = node.parentNode;
      if (!parent) break walk; // a detached node that was not the root: nothing above to climb to
      node = parent;
      if (BLOCK.has(tagOf(node))) {
        if (length >= limit) break walk;
        endParagraph();
      }
    }
  }
  endParagraph();
  return paragraphs.join('\n\n');
}
