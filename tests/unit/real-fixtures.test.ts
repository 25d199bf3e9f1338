// The real labelled pages: every file well-formed, in the split its URL decides, and no page twice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRealPage, splitOf, type RealPage } from '../fixtures/real/real-page';

const root = join(__dirname, '../fixtures/real');
const files = (['train', 'blind'] as const).flatMap((split) =>
  readdirSync(join(root, split))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ split, file: f, page: JSON.parse(readFileSync(join(root, split, f), 'utf8')) as RealPage })),
);

describe('real labelled pages', () => {
  it.each(files.map((f) => [`${f.split}/${f.file}`, f] as const))('%s is well-formed and in its split', (_, f) => {
    expect(checkRealPage(f.page)).toEqual([]);
    expect(splitOf(f.page.url)).toBe(f.split);
  });

  it('holds no URL or text twice', () => {
    const urls = files.map((f) => f.page.url);
    const texts = files.map((f) => f.page.text.trim());
    expect(new Set(urls).size).toBe(urls.length);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
