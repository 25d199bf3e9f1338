// The share card from the outside: open the sidebar, read its strings, wait for the share status
// and the download, and check a card PNG against what the sidebar shows.
import { expect } from 'vitest';
import type { Download, ExtPage } from './browsers';
import type { Harness } from './harness';
import type { DecodedPng } from './png';
import { HOST, openPanel, sleep, waitForTrue } from './ui';

export const ROOT = `document.querySelector(${JSON.stringify(HOST)}).shadowRoot`;

export interface SidebarText {
  heading: string;
  company: string;
  /** The company panel's layoff facts ("14,000 jobs cut · …"). */
  facts: string;
  /** Every line's figure as the sidebar shows it. */
  values: string[];
  lang: string;
  direction: string;
}

const SIDEBAR_TEXT = `(() => {
  const root = ${ROOT};
  const text = (s) => (root.querySelector(s)?.textContent ?? '').trim();
  const panel = root.querySelector('.mdm-panel');
  return {
    heading: text('.mdm-title'),
    company: text('[data-testid="company-name"]'),
    facts: text('.mdm-company .mdm-facts'),
    values: Array.from(root.querySelectorAll('[data-testid="line"] .mdm-line-value')).map((e) => e.textContent.trim()),
    lang: root.querySelector('[data-testid="mdm-sidebar"]').closest('[lang]')?.lang ?? '',
    direction: panel ? getComputedStyle(panel).direction : '',
  };
})()`;

/** A story opened with its sidebar open and its lines shown. */
export async function openSidebar(h: Harness, path: string): Promise<ExtPage> {
  const page = await h.open(path);
  await openPanel(page, (s) => s.lines > 0, 'the sidebar with lines');
  return page;
}

export const sidebarText = (page: ExtPage) => page.evaluateSource(SIDEBAR_TEXT) as Promise<SidebarText>;

export async function shareStatus(page: ExtPage, status: string): Promise<string> {
  const now = () => page.evaluateSource(`${ROOT}.querySelector('[data-testid="share-status"]').dataset.status`).catch(() => 'unreadable');
  await waitForTrue(page, `${ROOT}.querySelector('[data-testid="share-status"]').dataset.status === ${JSON.stringify(status)}`, `share status "${status}"`, 20_000)
    .catch(async (error: Error) => {
      throw new Error(`${error.message}; the status is "${String(await now())}"`);
    });
  return String(await page.evaluateSource(`${ROOT}.querySelector('[data-testid="share-status"]').textContent`));
}

export async function nextDownload(h: Harness, before: number): Promise<Download> {
  const end = Date.now() + 20_000;
  for (;;) {
    const files = await h.browser.downloads();
    if (files.length > before) return files.at(-1)!;
    if (Date.now() > end) throw new Error(`no download after ${before} earlier ones`);
    await sleep(200);
  }
}

export const rgb = (png: DecodedPng, x: number, y: number) => png.pixel(x, y).slice(0, 3);
export const THEME = {
  light: { accent: [0xb3, 0x26, 0x1e], background: [0xff, 0xff, 0xff] },
  dark: { accent: [0xff, 0x8a, 0x80], background: [0x1c, 0x1e, 0x22] },
};

/** The card is the size asked for, in the theme's colours, with text drawn on it, and says what the sidebar says. */
export function expectCard(png: DecodedPng, size: [number, number], sidebar: SidebarText, theme: 'light' | 'dark'): string[] {
  expect([png.width, png.height]).toEqual(size);
  expect(rgb(png, png.width / 2, 4)).toEqual(THEME[theme].accent);
  expect(rgb(png, 3, png.height - 3)).toEqual(THEME[theme].background);
  const colours = new Set<string>();
  for (let y = 0; y < png.height; y += 9) for (let x = 0; x < png.width; x += 7) colours.add(rgb(png, x, y).join());
  expect(colours.size).toBeGreaterThan(20); // anti-aliased text, not a blank canvas
  const drawn = (png.text.Description ?? '').split('\n');
  expect(drawn).toContain(sidebar.company);
  expect(drawn).toContain(sidebar.facts);
  // Each figure on the card is one of the sidebar's own strings.
  expect(drawn.filter((line) => sidebar.values.includes(line)).length).toBeGreaterThanOrEqual(2);
  expect(png.text.Description).not.toMatch(/NaN|undefined|Infinity|(^|[^\d.,])\$0(?![\d.,])/m);
  return drawn;
}
