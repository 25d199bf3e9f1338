// The prefilter: high recall on job-cut + AI pages, rejects most real pages, fast.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prefilter } from '../../lib/detect/prefilter';
import { parseHtml } from '../../lib/page';

const shared = join(__dirname, '../../../shared/pages/readability');
const sharedRoot = existsSync(shared) ? shared : '/work/shared/pages/readability';

describe('prefilter', () => {
  it('passes pages with both job-cut and AI words', () => {
    expect(prefilter('Globex to cut 4,000 roles', 'The company cited artificial intelligence.')).toBe(true);
    expect(prefilter('Memo', 'We will not backfill roles that automation can handle.')).toBe(true);
    expect(prefilter('Layoffs at Initech', 'AI tools now handle most tickets.')).toBe(true);
  });
  it('rejects pages with only one of the two', () => {
    expect(prefilter('Globex to cut 4,000 jobs', 'Sales fell for a second year.')).toBe(false);
    expect(prefilter('New AI model', 'The chatbot writes poems.')).toBe(false);
    expect(prefilter('Fed cuts rates', 'Inflation cooled; markets rallied on AI stocks.')).toBe(false);
  });
  const pages = existsSync(sharedRoot)
    ? readdirSync(sharedRoot).filter((d) => existsSync(join(sharedRoot, d, 'source.html')))
    : [];
  // Its speed is printed by npm run bench, not asserted here.
  it.skipIf(pages.length === 0)('rejects most real pages', () => {
    const inputs = pages.map((d) => parseHtml(readFileSync(join(sharedRoot, d, 'source.html'), 'utf8')));
    const passed = inputs.filter((p) => prefilter(p.title, p.text)).length;
    expect(passed / inputs.length).toBeLessThan(0.1);
  }, 120_000);
});
