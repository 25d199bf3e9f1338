// The false-positive guard: none of the 130 real pages (news, blogs, docs, Wikipedia, non-English,
// right-to-left) is about layoffs blamed on AI, so none may be flagged as one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/detect';
import { parseHtml } from '../../lib/page';

const SHARED = new URL('../../../shared/pages/readability/', import.meta.url);
const pages = readdirSync(SHARED).filter((name) => existsSync(new URL(`${name}/source.html`, SHARED)));

describe('shared real pages', () => {
  it('are all there', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  it.each(pages)('%s is not an AI layoff story', (name) => {
    const page = parseHtml(readFileSync(new URL(`${name}/source.html`, SHARED), 'utf8'));
    const { label, evidence } = analyze(page);
    expect(label, `flagged on: ${evidence.join(' | ')}`).not.toBe('ai_layoff');
  }, 30_000); // a 1 MB page through Readability on linkedom takes seconds on a busy machine
});
