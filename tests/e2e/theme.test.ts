// The sidebar follows the reader's colour scheme: a browser started in dark mode gets a dark panel
// that still passes axe (contrast included).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/harness';
import { SCREENSHOTS } from './support/paths';
import { decodePng } from './support/png';
import { expectCard, nextDownload, openSidebar, shareStatus, sidebarText } from './support/share';
import { axeSerious, hasSidebar, HOST, openPanel, screenshotSettled, waitForUi } from './support/ui';

/** Relative luminance (WCAG) of the sidebar panel's background and text colours. */
const PANEL_LUMINANCE = `(() => {
  const bar = document.querySelector('math-doesnt-math').shadowRoot.querySelector('[data-testid="mdm-sidebar"]');
  const s = getComputedStyle(bar.firstElementChild ?? bar);
  const lum = (css) => {
    const [r, g, b] = css.match(/[\\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  return { background: lum(s.backgroundColor), text: lum(s.color) };
})()`;

forEachBrowser(
  'dark colour scheme',
  (h) => {
    it('shows a dark sidebar without serious or critical axe findings', async () => {
      await h.resetSettings();
      const page = await h.open('/demo/article.html');
      await waitForUi(page, (s) => hasSidebar(s) && s.box !== null, 'a visible sidebar');
      expect(await axeSerious(page, 'math-doesnt-math')).toEqual([]);
      await openPanel(page);
      const { background, text } = (await page.evaluateSource(PANEL_LUMINANCE)) as { background: number; text: number };
      expect(background).toBeLessThan(0.2);
      expect(text).toBeGreaterThan(background);
      expect(await axeSerious(page, 'math-doesnt-math')).toEqual([]);
      if (h.name === 'chromium') await screenshotSettled(page, join(SCREENSHOTS, 'sidebar-dark.png'));
      expect(page.errors).toEqual([]);
    });

    it('draws the share card dark too', async () => {
      const page = await openSidebar(h, '/demo/article.html');
      const sidebar = await sidebarText(page);
      await page.click([HOST, '[data-testid="share-shape-square"]']);
      const before = (await h.browser.downloads()).length;
      await page.click([HOST, '[data-testid="share-save"]']);
      await shareStatus(page, 'saved');
      const file = await nextDownload(h, before);
      expectCard(decodePng(file.bytes), [1080, 1080], sidebar, 'dark');
      if (h.name === 'chromium') await writeFile(join(SCREENSHOTS, 'card-square-dark.png'), file.bytes);
      expect(page.errors).toEqual([]);
    });
  },
  undefined,
  { dark: true },
);
