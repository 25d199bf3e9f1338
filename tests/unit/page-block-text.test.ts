// blockText walks by sibling links so that it touches only the nodes it reads. Its output must be
// exactly what the earlier stack-based walk gave (kept below as the reference): the prefilter and
// the headline gate read it, and which pages qualify must not depend on how the walk is written.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../lib/page/block-text';
import { BADGE_TAG, SIDEBAR_TAG } from '../../lib/own-elements';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'head',
  'select', 'button', SIDEBAR_TAG, BADGE_TAG,
]);

/** The walk as it was before (stack of [node, closing] pairs). */
function reference(root: Node, limit: number): string {
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
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length > 0 && length < limit) {
    const [node, closing] = stack.pop()!;
    if (closing) {
      endParagraph();
      continue;
    }
    if (node.nodeType === 3) {
      current.push(node.nodeValue ?? '');
      continue;
    }
    const tag = node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '';
    if (SKIP.has(tag) || (node.nodeType === 1 && (node as Element).hasAttribute('hidden'))) continue;
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

const TAGS = ['p', 'div', 'li', 'ul', 'span', 'a', 'b', 'td', 'th', 'tr', 'table', 'br', 'h1', 'section', 'script', 'button', 'style', SIDEBAR_TAG];
const WORDS = ['lay', 'offs', 'AI', ' ', '  \n', 'cut', 'jobs', '\u00a0', 'x', '', 'é', '\u2028'];

type Tree = string | { tag: string; hidden: boolean; children: Tree[] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join('')),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      hidden: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
  ),
})).node;

function build(doc: Document, parent: Node, node: Tree): void {
  if (typeof node === 'string') {
    parent.appendChild(doc.createTextNode(node));
    return;
  }
  const element = doc.createElement(node.tag);
  if (node.hidden) element.setAttribute('hidden', '');
  for (const child of node.children) build(doc, element, child);
  parent.appendChild(element);
}

describe('blockText', () => {
  it('gives exactly what the stack-based walk gave, at any limit', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), fc.integer({ min: 0, max: 60 }), (nodes, limit) => {
        const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
        const doc = document as unknown as Document;
        for (const node of nodes) build(doc, doc.body, node);
        for (const root of [doc.body, doc.documentElement, doc.body.firstChild ?? doc.body, doc.body.lastChild ?? doc.body]) {
          expect(blockText(root, limit)).toBe(reference(root, limit));
          expect(blockText(root, 10_000)).toBe(reference(root, 10_000));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads a deep tree without overflowing the stack', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    let parent: Element = document.body as unknown as Element;
    for (let i = 0; i < 20_000; i++) parent = parent.appendChild(document.createElement(i % 2 ? 'div' : 'span')) as Element;
    parent.textContent = 'deep';
    expect(blockText(document.body as unknown as Node, 100)).toBe('deep');
  });
});
