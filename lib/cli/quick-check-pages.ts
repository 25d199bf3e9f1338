// The always-on quick check (lib/quick-check.ts) on a labelled page held as title and text: the
// page as a document with that <title> and one paragraph a line in an <article>, as the content
// script would meet it. For the eval (what the check stops of what the detector finds) and the bench.
import { parseHTML } from 'linkedom';
import { isCandidatePage } from '../quick-check';
import type { PageInput } from '../page/types';

function documentOf(title: string, text: string): Document {
  const { document } = parseHTML('<!doctype html><html><head><title></title></head><body><article></article></body></html>');
  document.title = title;
  const article = document.querySelector('article')!;
  for (const para of text.split(/\n+/)) article.append(Object.assign(document.createElement('p'), { textContent: para }));
  return document as unknown as Document;
}

export const passesQuickCheck = (page: PageInput): boolean => isCandidatePage(documentOf(page.title ?? '', page.text ?? ''), page.url ?? '');
