// Issue 7: pages that attack, restrict or fight our UI. The extension must stay inert, working
// (or quietly absent), and never garble the page or log errors.
import { expect, it } from 'vitest';
import type { ExtPage } from './support/browsers';
import { forEachBrowser } from './support/harness';
import { hasSidebar, openPanel, readUi, sleep, waitForUi, type UiState } from './support/ui';

const STRICT_CSP = "default-src 'none'; style-src 'self'";

/**
 * The page's own text blocks sit where they sat before the extension ran. Only where our UI is
 * gone or the page fights it: elsewhere the sidebar may legitimately make room for itself.
 */
async function expectLayoutKept(page: ExtPage): Promise<void> {
  const [before, after] = (await page.evaluateSource('[window.__layoutAtLoad, window.__layout()]')) as string[][];
  expect(before?.length).toBeGreaterThan(3);
  expect(after).toEqual(before);
}

/** Visible means a real sidebar: styled (not a full-width unstyled block) and on screen. */
function expectStyledOnScreen(ui: UiState): void {
  expect(ui.box).not.toBeNull();
  const box = ui.box!;
  expect(box.width).toBeGreaterThan(150);
  expect(box.width).toBeLessThan(700);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280 + 1);
}

forEachBrowser(
  'hostile pages',
  (h) => {
    it('keeps HTML and script payloads in the article inert', async () => {
      const page = await h.open('/pages/xss.html');
      const ui = await openPanel(page, (s) => s.lines > 0, 'the sidebar on the payload page');
      await sleep(1_000); // let badges and any late rendering happen
      const after = await readUi(page);
      expect(after.activeMarkup).toBe(0);
      expect(ui.company).not.toMatch(/</);
      const injected = await page.evaluateSource(`(() => {
        const root = document.querySelector('math-doesnt-math').shadowRoot;
        const bad = 'img[src="x"], svg, iframe, script, style[data-from-page], a[href^="javascript:"]';
        const inBadges = Array.from(document.querySelectorAll('mdm-badge'))
          .flatMap((b) => (b.shadowRoot ? Array.from(b.shadowRoot.querySelectorAll(bad)) : []));
        return {
          owned: window.__mdmOwned ?? null,
          inSidebar: Array.from(root.querySelectorAll('img[src="x"], svg[onload], iframe, script, a[href^="javascript:"]')).length,
          inBadges: inBadges.length,
          inPage: document.querySelectorAll('img[src="x"], svg[onload]').length,
        };
      })()`);
      expect(injected).toEqual({ owned: null, inSidebar: 0, inBadges: 0, inPage: 0 });
      expect(page.dialogs).toEqual([]);
      expect(h.server.requests.filter((path) => path === '/pages/x')).toEqual([]);
      expect(page.errors).toEqual([]);
    });

    it('works under a strict Content-Security-Policy', async () => {
      const page = await h.open('/pages/csp.html');
      // Settled on screen: the panel slides in, so an early box can overhang the edge.
      const ui = await openPanel(
        page,
        (s) => s.lines > 0 && s.box !== null && s.box.x + s.box.width <= 1281,
        'a visible, settled sidebar under CSP',
      );
      expectStyledOnScreen(ui);
      expect(page.errors).toEqual([]);
    });

    it('coexists with the page’s own shadow roots and iframes', async () => {
      const page = await h.open('/pages/shadow-iframes.html');
      const ui = await waitForUi(page, (s) => hasSidebar(s) && s.box !== null, 'the sidebar beside page components');
      expect(ui.hosts).toBe(1);
      const page_ = await page.evaluateSource(`({
        openText: document.getElementById('open-quote').shadowRoot.getElementById('own').textContent,
        closedText: window.__closedRoot.getElementById('own').textContent,
        framesWithHost: ['same', 'srcdoc', 'nested-article']
          .map((id) => document.getElementById(id).contentDocument)
          .filter((doc) => doc && doc.querySelector('math-doesnt-math')).length,
      })`);
      expect(page_).toEqual({
        openText: 'Amazon says AI lets it run leaner.',
        closedText: 'Amazon says AI lets it run leaner.',
        framesWithHost: 0,
      });
      expect(page.errors).toEqual([]);
    });

    it('does not throw or fight forever when the page removes our host', async () => {
      const page = await h.open('/pages/remove-host.html');
      await waitForUi(page, (s) => s.contentRuns > 0, 'the content script to run');
      const deadline = Date.now() + 15_000;
      while (((await page.evaluateSource('window.__removed')) as number) < 1 && Date.now() < deadline) await sleep(200);
      expect(await page.evaluateSource('window.__removed')).toBeGreaterThanOrEqual(1);
      await sleep(3_000); // time for any re-mount attempts to play out
      const removed = (await page.evaluateSource('window.__removed')) as number;
      await sleep(1_000);
      // Bounded: a few re-mounts at most, then it stops (no tug of war that burns CPU).
      expect(await page.evaluateSource('window.__removed')).toBe(removed);
      expect(removed).toBeLessThan(10);
      expect((await readUi(page)).hosts).toBeLessThanOrEqual(1);
      await expectLayoutKept(page);
      expect(page.errors).toEqual([]);
    });

    it('is unaffected or hidden, never garbled, under a page that unsets every style', async () => {
      const page = await h.open('/pages/restyle.html');
      const ui = await waitForUi(page, (s) => s.hosts === 1 && s.contentRuns > 0, 'our host on the restyled page');
      await sleep(500);
      const now = await readUi(page);
      if (now.box) expectStyledOnScreen(now); // else hidden by the page: acceptable
      expect(ui.activeMarkup).toBe(0);
      await expectLayoutKept(page);
      expect(page.errors).toEqual([]);
    });
  },
  { headers: { '/pages/csp.html': { 'Content-Security-Policy': STRICT_CSP } } },
);
