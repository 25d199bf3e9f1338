// The page's main text: Readability's article when it finds one, else the whole body's text.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { blockText } from './block-text';
import { MAX_READABILITY_ELEMENTS, MAX_TEXT_CHARS } from './caps';

export function bodyText(doc: Document, limit = MAX_TEXT_CHARS): string {
  return doc.body ? blockText(doc.body, limit) : '';
}

/** Readability's article text, or null when the page is not an article or Readability fails. */
export function articleText(doc: Document): string | null {
  try {
    if (!isProbablyReaderable(doc)) return null;
    // Readability rewrites the DOM it is given: never hand it the live page.
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability<Node>(clone, {
      serializer: (node) => node,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    }).parse();
    const text = article?.content ? blockText(article.content, MAX_TEXT_CHARS) : '';
    return text || null;
  } catch {
    // Too many elements, a DOM too deep for its recursion, or an engine quirk: use the body text.
    return null;
  }
}
