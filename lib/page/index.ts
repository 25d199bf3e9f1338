// Page reading: Document, HTML, text or JSON → PageInput.
export { readPage } from './read';
export { parseHtml } from './parse-html';
export { pageFromJson, pageFromText, type TextRecord } from './from-text';
export { pageFromFile, formatOf, type FileFormat } from './from-file';
export { MAX_HTML_CHARS, MAX_TEXT_CHARS } from './caps';
export type { PageInput, PageKind } from './types';
