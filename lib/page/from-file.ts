// A file's content → PageInput, by extension (.html, .txt, .json) or, for stdin, by sniffing.
import { parseHtml } from './parse-html';
import { pageFromJson, pageFromText, type TextRecord } from './from-text';
import type { PageInput } from './types';

type FileFormat = 'html' | 'json' | 'text';

function formatOf(name: string, content: string): FileFormat {
  const ext = /\.(\w+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'json') return 'json';
  if (ext === 'txt') return 'text';
  return sniff(content);
}

function sniff(content: string): FileFormat {
  const start = content.slice(0, 1_000).trimStart();
  if (start.startsWith('{')) return 'json';
  return /^<(!doctype|html|head|body|meta|div|p|article)\b/i.test(start) ? 'html' : 'text';
}

/** Throws on a .json file that is not a {url, title, text} object. */
export function pageFromFile(name: string, content: string): PageInput {
  switch (formatOf(name, content)) {
    case 'html':
      return parseHtml(content);
    case 'json':
      return pageFromJson(textRecord(JSON.parse(content)));
    case 'text':
      return pageFromText(content, name);
  }
}

function textRecord(value: unknown): TextRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('expected a JSON object {"url", "title", "text"}');
  }
  return value as TextRecord;
}
