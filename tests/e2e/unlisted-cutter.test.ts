// Issue 18, point 8 (and issue 13, item 4), through the real pipeline: a clear AI-layoff story about
// a company outside the bundled dataset (tests/e2e/pages/unlisted-cutter.html, a fictional
// "Brightwave Robotics") gets the honest panel, badges name it, and the popup names it and says what
// is missing. This passes once the detector fills PageResult.unlisted for such a story; until then
// it fails here on purpose (the sidebar's side is tested on constructed results in
// tests/unit/ui-sidebar.test.tsx, the popup's in tests/unit/ui-popup.test.tsx).
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/harness';
import { HOST, openPanel, waitForText } from './support/ui';

const PANEL = `(() => {
  const panel = document.querySelector(${JSON.stringify(HOST)}).shadowRoot.querySelector('[data-testid="unlisted"]');
  return panel ? panel.textContent : null;
})()`;

forEachBrowser('a cutting company outside the dataset', (h) => {
  it('gets an honest panel, badges and a popup that name it and say what is missing', async () => {
    await h.resetSettings();
    const article = await h.open('/pages/unlisted-cutter.html');
    const ui = await openPanel(article, (s) => /Brightwave Robotics/.test(s.company ?? ''), 'the panel for Brightwave Robotics');
    const panel = String(await article.evaluateSource(PANEL));
    expect(panel).toMatch(/300/);
    expect(panel).toMatch(/We don't have figures for Brightwave Robotics/);
    expect(panel).not.toMatch(/undefined|NaN|\$0\b/);
    expect(ui.badges).toContain('__unlisted');

    const popup = await h.newPage();
    await popup.goto(h.browser.extensionUrl('popup.html'));
    await article.bringToFront();
    await popup.reload();
    const status = await waitForText(popup, '[data-testid="popup-status"]', /Brightwave/, 'the popup to name the company');
    expect(status).toMatch(/^This page reports job cuts blamed on AI\. Brightwave Robotics/);
    expect(status).toMatch(/not bundled/);
    expect([...article.errors, ...popup.errors]).toEqual([]);
  });
});
