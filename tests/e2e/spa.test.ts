// Single-page sites: a pushState navigation that swaps the story must be detected afresh.
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/harness';
import { hasSidebar, openPanel, settleQuiet, waitForUi } from './support/ui';

forEachBrowser('SPA navigation', (h) => {
  it('re-detects after pushState swaps the content', async () => {
    await h.resetSettings();
    const page = await h.open('/demo/spa.html');
    expect((await settleQuiet(page)).hosts).toBe(0);

    await page.click(['#to-amazon']);
    // The reader opens the panel once; the next story opens it by itself (the choice is kept).
    const amazon = await openPanel(page, (s) => /Amazon/.test(s.company ?? ''), 'Amazon after pushState');
    expect(amazon.hosts).toBe(1);

    await page.click(['#to-two']);
    const two = await waitForUi(
      page,
      (s) => hasSidebar(s) && s.tabs.includes('salesforce') && s.tabs.includes('workday'),
      'Salesforce and Workday after the second pushState',
    );
    expect(two.hosts).toBe(1);
    expect(two.badges).not.toContain('amazon');

    await page.click(['#to-recipe']);
    await waitForUi(page, (s) => s.hosts === 0 && s.badges.length === 0, 'the UI to go on a recipe');

    await page.evaluateSource('history.back()');
    await waitForUi(page, (s) => hasSidebar(s) && s.tabs.includes('workday'), 'the UI back after history.back()');
    expect(page.errors).toEqual([]);
  });
});
