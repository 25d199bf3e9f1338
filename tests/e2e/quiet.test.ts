// Pages that are not about AI-attributed layoffs must stay untouched: no host, no badges, no errors.
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/harness';
import { READABILITY_DIR, requireFile } from './support/paths';
import { settleQuiet } from './support/ui';

const DEMO_NEGATIVES = ['/demo/recipe.html', '/demo/layoff-no-ai.html', '/demo/shop.html', '/demo/docs.html'];

/** Ten saved news/blog pages, spread over the set; MDM_READABILITY_ALL=1 runs all of them. */
function savedPages(): string[] {
  requireFile(READABILITY_DIR, 'shared readability pages (set MDM_READABILITY_DIR)');
  const all = readdirSync(READABILITY_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  if (process.env.MDM_READABILITY_ALL) return all;
  const picks = ['bbc-1', 'cnn', 'guardian-1', 'nytimes-1', 'wapo-1', 'seattletimes-1', 'yahoo-1', 'medium-1', 'ars-1', 'wikipedia'];
  return picks.filter((name) => all.includes(name));
}

const SAVED = savedPages();

forEachBrowser('quiet pages', (h) => {
  it.each(DEMO_NEGATIVES)('leaves %s untouched', async (path) => {
    const page = await h.open(path);
    const ui = await settleQuiet(page);
    expect({ hosts: ui.hosts, badges: ui.badges }).toEqual({ hosts: 0, badges: [] });
    expect(page.errors).toEqual([]);
  });

  it('samples ten saved pages', () => expect(SAVED.length).toBeGreaterThanOrEqual(10));

  it.each(SAVED)('leaves saved page %s untouched', async (name) => {
    const page = await h.open(`/readability/${name}/source.html`);
    const ui = await settleQuiet(page, 1_500);
    expect({ hosts: ui.hosts, badges: ui.badges }).toEqual({ hosts: 0, badges: [] });
    expect(page.errors).toEqual([]);
  });
});
