// An update (or a reload in the extensions page) while a tab is open: the old content script
// must stop cleanly, leaving no second sidebar, no stray badges and no errors in the page.
// Chromium leaves the tab without the new version (the old one removes its UI); Firefox injects
// the new version, which replaces what the old one left.
import { expect, it } from 'vitest';
import type { ExtPage } from './support/browsers';
import { forEachBrowser } from './support/harness';
import { hasSidebar, readUi, sleep, waitForUi } from './support/ui';

/** The article's text without our badges: what the reader sees of the page itself. */
const articleText = (page: ExtPage) =>
  page.evaluateSource(`(() => {
    const copy = document.querySelector('article').cloneNode(true);
    for (const badge of copy.querySelectorAll('mdm-badge')) badge.remove();
    return copy.textContent;
  })()`);

forEachBrowser('extension reload', (h) => {
  it('leaves one working sidebar or none, never two, and the page as it was', async () => {
    const page = await h.open('/demo/article.html');
    const before = await waitForUi(page, (s) => hasSidebar(s) && s.badges.length > 0, 'the sidebar and badges');
    const text = await articleText(page);

    await h.browser.reloadExtension();
    // The page keeps changing after the update, as pages do; the old script must not act on it.
    await page.evaluateSource(`document.body.append(document.createElement('p'))`);
    await sleep(2_500);
    const after = await readUi(page);
    if (h.name === 'chromium') {
      expect(after.hosts).toBe(0);
      expect(after.badges).toEqual([]);
    } else {
      expect(after.hosts).toBe(1);
      expect(after.badges).toEqual(before.badges);
    }
    expect(await articleText(page)).toBe(text);
    expect(page.errors).toEqual([]);

    await page.reload();
    const fresh = await waitForUi(page, (s) => hasSidebar(s) && s.badges.length > 0, 'the sidebar after the page reloads');
    expect(fresh.hosts).toBe(1);
    expect(fresh.badges).toEqual(before.badges);
    expect(page.errors).toEqual([]);
  });
});
