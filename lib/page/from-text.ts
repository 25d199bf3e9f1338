// PageInput from plain text or from a {url, title, text} record (CLI input, test fixtures).
import { capText, MAX_TEXT_CHARS } from './caps';
import { withFilingCover } from './filing';
import { hostOf } from './metadata';
import { pageKind } from './kind';
import type { PageInput } from './types';

/** A short first line followed by more text is the headline. */
const MAX_HEADLINE_CHARS = 200;

/** `name` says where the text came from; it is kept as the page's url when it is a web address. */
export function pageFromText(text: string, name = ''): PageInput {
  const lines = text.slice(0, 2 * MAX_TEXT_CHARS).replace(/\r\n?/g, '\n').trim().split('\n');
  const first = lines[0]!.trim();
  const hasHeadline = first.length <= MAX_HEADLINE_CHARS && lines.length > 1;
  return pageFromJson({
    url: /^https?:\/\//i.test(name) ? name : '',
    title: hasHeadline ? first : '',
    text: (hasHeadline ? lines.slice(1) : lines).join('\n'),
  });
}

export interface TextRecord {
  url?: string;
  title?: string;
  text?: string;
  /** Optional, as a saved page or a feed states them. */
  lang?: string;
  site?: string;
  published?: string;
}

/** The page store's date marker that opens a fifth of the real pages' text (" date 2025-11-26 Nestlé plant den
 * Abbau…"): no page a browser reads has it, and left in, it put a number before the opening's words and kept a copy
 * of the headline there from being seen as one. Taken off here, so `classify` on a stored page and `eval` read alike. */
const STORE_DATE = /^\s*date \d{4}-\d{2}(?:-\d{2})?\s+/;

const stringOr = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function pageFromJson(record: TextRecord): PageInput {
  const url = typeof record.url === 'string' ? record.url : '';
  const title = typeof record.title === 'string' ? record.title.replace(/\s+/g, ' ').trim() : '';
  const text = capText(toParagraphs(typeof record.text === 'string' ? record.text.replace(STORE_DATE, '') : ''));
  const lang = stringOr(record.lang);
  const published = stringOr(record.published);
  return withFilingCover({
    url,
    title,
    text,
    site: stringOr(record.site) ?? hostOf(url),
    ...(lang ? { lang } : {}),
    ...(published && /^\d{4}-\d{2}-\d{2}/.test(published) ? { published: published.slice(0, 10) } : {}),
    kind: pageKind({ url, title, types: [], head: text }),
  });
}

/** Blank lines separate paragraphs; in text without blank lines, every line is a paragraph. */
function toParagraphs(text: string): string {
  const normalized = text.slice(0, 2 * MAX_TEXT_CHARS).replace(/\r\n?/g, '\n');
  const separator = /\n\s*\n/.test(normalized) ? /\n\s*\n/ : /\n/;
  return normalized
    .split(separator)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
