// HTML string → PageInput, in Node (CLI, tests, benchmark) via linkedom.
import { parseHTML } from 'linkedom';
import { MAX_HTML_CHARS } from './caps';
import { emptyPage, readPage } from './read';
import { stripNonText } from './strip-html';
import type { PageInput } from './types';

export function parseHtml(html: string, url = ''): PageInput {
  try {
    const doc = parseDocument(stripNonText(html.slice(0, MAX_HTML_CHARS)));
    return doc ? readPage(doc, url) : emptyPage(url);
  } catch {
    return emptyPage(url);
  }
}

/** linkedom needs an <html> root: fragments and plain text get one wrapped around them. */
function parseDocument(html: string): Document | null {
  return rooted(html) ?? rooted(`<!doctype html><html><head></head><body>${html}</body></html>`);
}

function rooted(html: string): Document | null {
  const { document } = parseHTML(html);
  const root = document.documentElement;
  return root?.localName === 'html' && document.body ? (document as unknown as Document) : null;
}
