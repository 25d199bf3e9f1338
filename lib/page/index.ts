// Page reading: Document, HTML, text or JSON → PageInput. This entry pulls in linkedom (Node: CLI,
// tests, benchmark); the content script imports ./read alone to keep its bundle small.
export { readPage } from './read';
export { parseHtml } from './parse-html';
export { pageFromJson, pageFromText, type TextRecord } from './from-text';
export { pageFromFile } from './from-file';
export { MAX_TEXT_CHARS } from './caps';
export type { PageInput, PageKind } from './types';
