// The share card (issue 17): saved and copied as a PNG, read back here byte by byte (size from its
// IHDR, the words it draws from its iTXt description, pixels for the theme), with the sidebar's
// own strings; clipboard refusals fall back to a saved file; RTL pages; the sidebar in other languages.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { forEachBrowser, type Harness } from './support/harness';
import { SCREENSHOTS } from './support/paths';
import { decodePng } from './support/png';
import { expectCard, nextDownload, openSidebar, rgb, ROOT, shareStatus, sidebarText, THEME } from './support/share';
import { axeSerious, HOST, hasSidebar, panelSettled, waitForTrue, waitForUi } from './support/ui';

/** Sets the sidebar's language on the options page, as a reader would (the select's change event). */
async function chooseLanguage(h: Harness, value: string): Promise<void> {
  const options = await h.newPage();
  await options.goto(h.browser.extensionUrl('options.html'));
  await waitForTrue(options, `document.querySelector('[data-testid="opt-language"]') !== null`, 'the language select');
  await options.evaluateSource(`(() => {
    const select = document.querySelector('[data-testid="opt-language"]');
    select.value = ${JSON.stringify(value)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
  await waitForTrue(
    options,
    `(globalThis.browser ?? globalThis.chrome).storage.local.get('settings').then((s) => s.settings?.uiLanguage === ${JSON.stringify(value)})`,
    `the language "${value}" to be stored`,
  );
  await options.close();
}

forEachBrowser(
  'share card',
  (h) => {
    beforeEach(() => h.resetSettings());

    it('saves a wide card as a PNG that says what the sidebar says', async () => {
      const page = await openSidebar(h, '/demo/article.html');
      const sidebar = await sidebarText(page);
      const before = (await h.browser.downloads()).length;
      await page.click([HOST, '[data-testid="share-save"]']);
      expect(await shareStatus(page, 'saved')).toMatch(/downloads/);
      const file = await nextDownload(h, before);
      expect(file.name).toMatch(/^math-doesnt-math-amazon-wide.*\.png$/);
      const png = decodePng(file.bytes);
      const drawn = expectCard(png, [1200, 675], sidebar, 'light');
      expect(drawn).toContain("The Math Doesn't Math");
      expect(drawn.some((line) => /^Fiscal year \d{4}$/.test(line))).toBe(true);
      expect(drawn.some((line) => line.startsWith('Sources: '))).toBe(true);
      expect(png.text.Software).toBe("The Math Doesn't Math");
      if (h.name === 'chromium') await writeFile(join(SCREENSHOTS, 'card-wide.png'), file.bytes);
      expect(page.errors).toEqual([]);
    });

    it('saves the square variant, chosen with the keyboard', async () => {
      const page = await openSidebar(h, '/demo/article.html');
      const sidebar = await sidebarText(page);
      // Focus the "Wide" radio button, move to "Square" with an arrow key, then Tab on to the buttons.
      await page.evaluateSource(`${ROOT}.querySelector('[data-testid="share-shape-wide"]').focus()`);
      await page.press('ArrowRight');
      await waitForTrue(page, `${ROOT}.querySelector('[data-testid="share-shape-square"]').checked`, 'the square shape');
      await page.press('Tab');
      await page.press('Tab');
      expect(await page.evaluateSource(`${ROOT}.activeElement?.dataset.testid`)).toBe('share-save');
      const before = (await h.browser.downloads()).length;
      await page.press('Enter');
      await shareStatus(page, 'saved');
      const file = await nextDownload(h, before);
      expect(file.name).toMatch(/-square.*\.png$/);
      expectCard(decodePng(file.bytes), [1080, 1080], sidebar, 'light');
      expect(page.errors).toEqual([]);
    });

    it('copies the card as an image that pastes back as a PNG', async () => {
      const page = await openSidebar(h, '/demo/article.html');
      await page.click([HOST, '[data-testid="share-copy"]']);
      expect(await shareStatus(page, 'copied')).toMatch(/copied/i);
      // Headless Firefox's clipboard keeps text only, so there the image cannot be pasted back: the
      // browser took it (the write resolved), and the same PNG is read back in the save tests.
      if (h.name === 'firefox') return;
      await page.evaluateSource(`(() => {
        const target = Object.assign(document.createElement('div'), { id: 'paste-here', contentEditable: 'true' });
        document.body.prepend(target);
        target.addEventListener('paste', async (event) => {
          event.preventDefault();
          const file = Array.from(event.clipboardData.files).find((f) => f.type === 'image/png');
          const bytes = file ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
          let text = '';
          for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          window.__pasted = btoa(text);
        });
        target.focus();
      })()`);
      await page.press('Control+V');
      await waitForTrue(page, `typeof window.__pasted === 'string'`, 'the pasted image');
      const pasted = Buffer.from(String(await page.evaluateSource('window.__pasted')), 'base64');
      const png = decodePng(pasted);
      expect([png.width, png.height]).toEqual([1200, 675]);
      expect(rgb(png, 600, 4)).toEqual(THEME.light.accent);
      expect(page.errors).toEqual([]);
    });

    it('says so and saves the card instead when the page blocks the clipboard', async () => {
      const page = await openSidebar(h, '/pages/clipboard-blocked.html');
      const sidebar = await sidebarText(page);
      const before = (await h.browser.downloads()).length;
      await page.click([HOST, '[data-testid="share-copy"]']);
      if (h.name === 'chromium') {
        expect(await shareStatus(page, 'copyFellBack')).toMatch(/saved to your downloads instead/);
        expectCard(decodePng((await nextDownload(h, before)).bytes), [1200, 675], sidebar, 'light');
      } else {
        // Firefox applies no Permissions-Policy to the clipboard: the page cannot block an extension's copy.
        await shareStatus(page, 'copied');
      }
      expect(page.errors).toEqual([]);
    });

    it('keeps its own direction and edge on a right-to-left page, and still makes the card', async () => {
      const page = await openSidebar(h, '/pages/rtl.html');
      // Flush with the right edge of the viewport (left of Firefox's scrollbar), never flipped to the left.
      const edge = Number(await page.evaluateSource('document.documentElement.clientWidth'));
      const ui = await waitForUi(page, (s) => s.box !== null && Math.abs(s.box.x + s.box.width - edge) <= 1, 'the panel at the right edge');
      expect(ui.box!.width).toBeLessThan(700);
      const sidebar = await sidebarText(page);
      expect(sidebar.direction).toBe('ltr');
      const before = (await h.browser.downloads()).length;
      await page.click([HOST, '[data-testid="share-save"]']);
      await shareStatus(page, 'saved');
      expectCard(decodePng((await nextDownload(h, before)).bytes), [1200, 675], sidebar, 'light');
      expect(page.errors).toEqual([]);
    });

    it('speaks German when the reader picks it, formats numbers for it, and the card follows', async () => {
      const page = await openSidebar(h, '/demo/article.html');
      expect((await sidebarText(page)).heading).toBe("The math doesn't math");
      // Applied at once to the open page, as every option is.
      await chooseLanguage(h, 'de');
      await waitForTrue(page, `/Rechnung|Nachgerechnet/.test(${ROOT}.querySelector('.mdm-title, .mdm-reopen-text')?.textContent ?? '')`, 'the German sidebar');
      if ((await waitForUi(page, hasSidebar, 'the sidebar')).state !== 'open') await page.click([HOST, '[data-testid="reopen"]']);
      await waitForUi(page, (s) => s.state === 'open' && s.lines > 0, 'the open German sidebar');
      const sidebar = await sidebarText(page);
      expect(sidebar.heading).toBe('Die Rechnung geht nicht auf');
      expect(sidebar.lang).toMatch(/^de\b/);
      // The story's "around 4 percent of office-based roles" is a share of a part: not shown as one of the workforce.
      expect(sidebar.facts).toBe('Etwa 14.000 Stellen gestrichen');
      expect(sidebar.values.some((value) => /\d,\d.*Mrd\./.test(value))).toBe(true);
      await panelSettled(page);
      expect(await axeSerious(page, HOST)).toEqual([]);
      if (h.name === 'chromium') {
        // The company's numbers at the top of the panel: the German words and the German number formats.
        await page.evaluateSource(`(() => {
          const body = ${ROOT}.querySelector('.mdm-body');
          const company = ${ROOT}.querySelector('.mdm-company');
          body.scrollTop += company.getBoundingClientRect().top - body.getBoundingClientRect().top - 8;
        })()`);
        await page.screenshot(join(SCREENSHOTS, 'sidebar-de.png'));
      }

      const before = (await h.browser.downloads()).length;
      await page.click([HOST, '[data-testid="share-save"]']);
      expect(await shareStatus(page, 'saved')).toMatch(/Downloads gespeichert/);
      const drawn = expectCard(decodePng((await nextDownload(h, before)).bytes), [1200, 675], sidebar, 'light');
      expect(drawn.some((line) => /^Geschäftsjahr \d{4}$/.test(line))).toBe(true);
      expect(drawn).toContain('Die Rechnung geht nicht auf');
      expect(page.errors).toEqual([]);
    });

    it('has no serious or critical axe findings in French either', async () => {
      await chooseLanguage(h, 'fr');
      const page = await openSidebar(h, '/demo/article.html');
      const sidebar = await sidebarText(page);
      expect(sidebar.heading).toBe("Le compte n'y est pas");
      expect(sidebar.facts).toBe('Environ 14\u202f000 postes supprimés');
      await panelSettled(page);
      expect(await axeSerious(page, HOST)).toEqual([]);
      expect(page.errors).toEqual([]);
    });
  },
  {
    headers: {
      '/pages/clipboard-blocked.html': { 'Permissions-Policy': 'clipboard-write=(), clipboard-read=()' },
    },
  },
);
