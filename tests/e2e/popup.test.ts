// The popup and options pages drive the content script through stored settings.
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import type { ExtPage } from './support/browsers';
import { forEachBrowser, type Harness } from './support/harness';
import { SCREENSHOTS } from './support/paths';
import { axeSerious, hasSidebar, settleQuiet, waitForText, waitForUi } from './support/ui';

const SITE_TOGGLE = ['[data-testid="site-toggle"]'];
const GLOBAL_TOGGLE = ['[data-testid="global-toggle"]'];
const gone = (s: { hosts: number; badges: string[] }) => s.hosts === 0 && s.badges.length === 0;

/**
 * popup.html opened in a tab asks for "the active tab", which would be itself. So: open it, bring
 * the article's tab to the front, and reload the popup in the background: it now sees the article.
 */
async function popupFor(h: Harness, article: ExtPage): Promise<ExtPage> {
  const popup = await h.newPage();
  await popup.goto(h.browser.extensionUrl('popup.html'));
  await article.bringToFront();
  await popup.reload();
  return popup;
}

async function articleWithSidebar(h: Harness): Promise<ExtPage> {
  const page = await h.open('/demo/article.html');
  await waitForUi(page, (s) => hasSidebar(s) && s.badges.length > 0, 'the sidebar and badges');
  return page;
}

forEachBrowser('popup and options', (h) => {
  // Each test flips settings; a failure must not leave the next test with the extension off.
  beforeEach(() => h.resetSettings());

  it('turns the site off and on from the popup, and the choice survives a reload', async () => {
    const article = await articleWithSidebar(h);
    const popup = await popupFor(h, article);
    await waitForText(popup, '[data-testid="popup-status"]', /Amazon/, 'the popup status to name Amazon');
    expect(await popup.isChecked(SITE_TOGGLE)).toBe(true);

    await popup.click(SITE_TOGGLE);
    await waitForUi(article, gone, 'sidebar and badges to be removed');
    expect(await popup.isChecked(SITE_TOGGLE)).toBe(false);
    await article.reload();
    expect(gone(await settleQuiet(article))).toBe(true);

    await article.bringToFront();
    await popup.reload();
    expect(await popup.isChecked(SITE_TOGGLE)).toBe(false);
    await popup.click(SITE_TOGGLE);
    await waitForUi(article, (s) => hasSidebar(s) && s.badges.length > 0, 'sidebar and badges to come back');
    expect([...article.errors, ...popup.errors]).toEqual([]);
  });

  it('turns everything off and on with the global switch', async () => {
    const article = await articleWithSidebar(h);
    const popup = await popupFor(h, article);
    expect(await popup.isChecked(GLOBAL_TOGGLE)).toBe(true);
    await popup.click(GLOBAL_TOGGLE);
    await waitForUi(article, gone, 'everything to be removed');
    await popup.click(GLOBAL_TOGGLE);
    await waitForUi(article, hasSidebar, 'the sidebar to come back');
    expect([...article.errors, ...popup.errors]).toEqual([]);
  });

  // Issue 18, point 8: never "Nothing to check on this page" on a page the detector flagged.
  it('says what it found on a flagged page whose company has no figures', async () => {
    const article = await h.open('/pages/unlisted-cutter.html');
    await settleQuiet(article);
    const popup = await popupFor(h, article);
    const status = await waitForText(popup, '[data-testid="popup-status"]', /\S/, 'the popup status');
    expect(status).toMatch(/^This page reports job cuts blamed on AI/);
    expect(status).not.toMatch(/Nothing to check|undefined|NaN/);
    expect([...article.errors, ...popup.errors]).toEqual([]);
  });

  it('has no serious or critical axe findings in the popup', async () => {
    const article = await articleWithSidebar(h);
    const popup = await popupFor(h, article);
    await waitForText(popup, '[data-testid="popup-status"]', /\S/, 'the popup status');
    expect(await axeSerious(popup)).toEqual([]);
    if (h.name === 'chromium') await popup.screenshot(join(SCREENSHOTS, 'popup.png'), '#app > *');
    expect(popup.errors).toEqual([]);
  });

  it('hides badges but keeps the sidebar when badges are switched off in the options', async () => {
    const article = await articleWithSidebar(h);
    const options = await h.newPage();
    await options.goto(h.browser.extensionUrl('options.html'));
    expect(await options.isChecked(['[data-testid="opt-badges"]'])).toBe(true);
    await options.click(['[data-testid="opt-badges"]']);
    await waitForUi(article, (s) => hasSidebar(s) && s.badges.length === 0, 'badges to go, sidebar to stay');
    await options.click(['[data-testid="opt-badges"]']);
    await waitForUi(article, (s) => s.badges.length > 0, 'badges to come back');
    expect([...article.errors, ...options.errors]).toEqual([]);
  });

  it('opens by itself when auto-open is on', async () => {
    const options = await h.newPage();
    await options.goto(h.browser.extensionUrl('options.html'));
    expect(await options.isChecked(['[data-testid="opt-auto-open"]'])).toBe(false);
    await options.click(['[data-testid="opt-auto-open"]']);
    expect(await options.isChecked(['[data-testid="opt-auto-open"]'])).toBe(true);
    const article = await h.open('/demo/article.html');
    const ui = await waitForUi(article, hasSidebar, 'the sidebar');
    expect(ui.state).toBe('open');
    expect([...article.errors, ...options.errors]).toEqual([]);
  });
});
