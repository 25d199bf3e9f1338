// A Document (live in the browser, linkedom in Node) → the PageInput the detector reads.
import { capText, HEAD_CHARS } from './caps';
import { withFilingCover } from './filing';
import { jsonLdNodes } from './json-ld';
import { pageKind } from './kind';
import { articleText, bodyText } from './main-text';
import { readMetadata } from './metadata';
import type { PageInput } from './types';

export function readPage(doc: Document, url: string): PageInput {
  try {
    const meta = readMetadata(doc, url, jsonLdNodes(doc));
    const pageUrl = url || meta.canonical || '';
    const kind = pageKind({
      url: pageUrl,
      title: meta.title,
      types: meta.types,
      ogType: meta.ogType,
      head: bodyText(doc, HEAD_CHARS),
    });
    // Filings are tables and headers, which Readability discards: read them whole.
    const text = (kind === 'filing' ? null : articleText(doc)) ?? bodyText(doc);
    return withFilingCover({
      url: pageUrl,
      title: meta.title,
      text: capText(text),
      site: meta.site,
      published: meta.published,
      lang: meta.lang,
      kind,
    });
  } catch {
    return emptyPage(url);
  }
}

export function emptyPage(url = ''): PageInput {
  return { url, title: '', text: '', kind: 'unknown' };
}
