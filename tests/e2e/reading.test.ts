// Issue 18 in the browser: the sidebar waits as a tab that covers no article text and remembers
// the reader's choice (point 1); long quotes are cut after a whole line (point 3); badges go on
// the first mention of a company in the story, never in the headline or inside a word (point 6).
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { forEachBrowser } from './support/harness';
import { SCREENSHOTS } from './support/paths';
import { HOST, hasSidebar, openPanel, waitForUi } from './support/ui';

/** The collapsed tab's box and text, and every article text box it overlaps. */
const TAB_OVER_TEXT = `(() => {
  const tab = document.querySelector(${JSON.stringify(HOST)}).shadowRoot.querySelector('[data-testid="reopen"]');
  const r = tab.getBoundingClientRect();
  const overlaps = Array.from(document.querySelectorAll('article h1, article p, article blockquote'))
    .map((el) => el.getBoundingClientRect())
    .filter((b) => b.width > 0 && b.left < r.right && b.right > r.left && b.top < r.bottom && b.bottom > r.top);
  return { text: tab.textContent, width: r.width, height: r.height, overlaps: overlaps.length };
})()`;

/** For each quote box: the element that clips it, in whole lines or not. */
const QUOTE_CLIPS = `(() => {
  const root = document.querySelector(${JSON.stringify(HOST)}).shadowRoot;
  return Array.from(root.querySelectorAll('[data-testid="evidence"]')).map((button) => {
    const clip = [button, ...button.querySelectorAll('*')].find((el) => getComputedStyle(el).overflowY === 'hidden');
    const style = getComputedStyle(clip);
    const visible = clip.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return {
      clipped: clip.scrollHeight > clip.clientHeight + 1,
      lines: visible / parseFloat(style.lineHeight),
      paddingBottom: parseFloat(style.paddingBottom),
    };
  });
})()`;

/** Each badge with the text right before and after it, and whether it sits in a heading. */
const BADGES = `Array.from(document.querySelectorAll('mdm-badge')).map((b) => ({
  company: b.getAttribute('data-company'),
  before: (b.previousSibling && b.previousSibling.textContent || '').slice(-12),
  after: (b.nextSibling && b.nextSibling.textContent || '').slice(0, 12),
  inHeading: b.closest('h1, h2, h3, h4, h5, h6') !== null,
}))`;

forEachBrowser('reading with the sidebar', (h) => {
  beforeEach(() => h.resetSettings());

  it('waits as a one-line tab that covers no article text, and remembers the reader’s choice', async () => {
    const page = await h.open('/demo/article.html');
    const ui = await waitForUi(page, (s) => hasSidebar(s) && s.box !== null, 'the sidebar tab');
    expect(ui.state).toBe('collapsed');
    const tab = (await page.evaluateSource(TAB_OVER_TEXT)) as { text: string; width: number; height: number; overlaps: number };
    expect(tab.text).toBe('$Amazon About 14,000 jobs cut · the math');
    expect(tab.height).toBeLessThan(60);
    expect(tab.overlaps).toBe(0);
    if (h.name === 'chromium') await page.screenshot(join(SCREENSHOTS, 'collapsed.png'));

    // The reader opens it: the next flagged page opens by itself.
    await openPanel(page);
    await page.reload();
    expect((await waitForUi(page, hasSidebar, 'the sidebar after a reload')).state).toBe('open');
    // The reader closes it: the next one waits again.
    await page.click([HOST, '[data-testid="collapse"]']);
    await waitForUi(page, (s) => s.state === 'collapsed', 'the sidebar to collapse');
    await page.reload();
    await waitForUi(page, hasSidebar, 'the sidebar after a second reload');
    await new Promise((done) => setTimeout(done, 500));
    expect((await waitForUi(page, hasSidebar, 'the sidebar')).state).toBe('collapsed');
    expect(page.errors).toEqual([]);
  });

  it('cuts long quotes after a whole line, never in the middle of the next', async () => {
    const page = await h.open('/demo/article.html');
    await openPanel(page, (s) => s.evidence > 0, 'the evidence');
    const clips = (await page.evaluateSource(QUOTE_CLIPS)) as { clipped: boolean; lines: number; paddingBottom: number }[];
    expect(clips.some((c) => c.clipped)).toBe(true);
    for (const clip of clips.filter((c) => c.clipped)) {
      expect(clip.paddingBottom).toBe(0);
      expect(Math.abs(clip.lines - Math.round(clip.lines))).toBeLessThan(0.05);
      expect(Math.round(clip.lines)).toBe(3);
    }
    expect(page.errors).toEqual([]);
  });

  it('badges the first mention in the story, not the headline, and never inside a word', async () => {
    const page = await h.open('/demo/article.html');
    await waitForUi(page, (s) => hasSidebar(s) && s.badges.length > 0, 'the badges');
    const badges = (await page.evaluateSource(BADGES)) as { company: string; before: string; after: string; inHeading: boolean }[];
    expect(badges.filter((b) => b.company === 'amazon')).toHaveLength(1);
    for (const badge of badges) {
      expect(badge.inHeading).toBe(false);
      expect(badge.before).toMatch(/[\p{L}\p{N}]$/u);
      expect(badge.after).not.toMatch(/^[\p{L}\p{N}'’-]/u);
    }
    expect(page.errors).toEqual([]);
  });
});
