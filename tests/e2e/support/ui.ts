// Reading our UI from the outside, the way a test (or the demo, or the bench) sees it: the host
// element, its open shadow root and the badges. The in-page code is kept as plain JS source:
// tsx/esbuild would otherwise wrap named functions in a `__name` helper the page lacks.
import { readFile } from 'node:fs/promises';
import type { ExtPage } from './browsers';
import { AXE_SOURCE } from './paths';

export const HOST = 'math-doesnt-math';

export interface UiState {
  hosts: number;
  /** data-state of the sidebar: "open" | "collapsed" | null when absent. */
  state: string | null;
  company: string | null;
  lines: number;
  /** Every source link inside a line (a line may cite several). */
  sources: string[];
  linesWithSource: number;
  evidence: number;
  tabs: string[];
  selectedTab: string | null;
  badges: string[];
  /** The sidebar's box, null if absent or not rendered. */
  box: { x: number; y: number; width: number; height: number } | null;
  /** Elements with an inline-event attribute or <script> inside our shadow root (must be 0). */
  activeMarkup: number;
  /** How many times the content script measured itself (proof that it ran). */
  contentRuns: number;
}

const SNAPSHOT = `(() => {
  const host = document.querySelector(${JSON.stringify(HOST)});
  const root = host && host.shadowRoot;
  const all = (s) => (root ? Array.from(root.querySelectorAll(s)) : []);
  const sidebar = root && root.querySelector('[data-testid="mdm-sidebar"]');
  // The sidebar element itself may be a zero-size wrapper around a fixed panel: take the largest box.
  const r = sidebar && [sidebar, ...sidebar.children].map((el) => el.getBoundingClientRect())
    .sort((a, b) => b.width * b.height - a.width * a.height)[0];
  const selected = all('[role="tab"][aria-selected="true"]')[0];
  const active = all('*').filter((el) => el.localName === 'script' || el.localName === 'iframe' ||
    Array.from(el.attributes).some((a) => /^on/i.test(a.name)));
  return {
    hosts: document.querySelectorAll(${JSON.stringify(HOST)}).length,
    state: sidebar ? sidebar.getAttribute('data-state') : null,
    company: (() => { const c = root && root.querySelector('[data-testid="company-name"]'); return c ? c.textContent.trim() : null; })(),
    lines: all('[data-testid="line"]').length,
    sources: all('[data-testid="line"] a[data-testid="source"]').map((a) => a.href),
    linesWithSource: all('[data-testid="line"]').filter((l) => l.querySelector('a[data-testid="source"]')).length,
    evidence: all('[data-testid="evidence"]').length,
    tabs: all('[role="tab"][data-company]').map((t) => t.getAttribute('data-company')),
    selectedTab: selected ? selected.getAttribute('data-company') : null,
    badges: Array.from(document.querySelectorAll('mdm-badge[data-company]')).map((b) => b.getAttribute('data-company')),
    box: r && r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
    activeMarkup: active.length,
    contentRuns: performance.getEntriesByName('mdm:content').length,
  };
})()`;

export function readUi(page: ExtPage): Promise<UiState> {
  return page.evaluateSource(SNAPSHOT) as Promise<UiState>;
}

/** Polls the UI until `ok` holds; the error carries the last state seen, for diagnosis. */
export async function waitForUi(
  page: ExtPage,
  ok: (ui: UiState) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<UiState> {
  const end = Date.now() + timeoutMs;
  let last: UiState | null = null;
  for (;;) {
    last = await readUi(page).catch(() => last);
    if (last && ok(last)) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last UI state: ${JSON.stringify(last)}`);
    await sleep(150);
  }
}

/** Polls a page expression until it is truthy. */
export async function waitForTrue(page: ExtPage, source: string, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluateSource(source).catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (${source})`);
    await sleep(100);
  }
}

/** Polls the text of the first element matching `selector` (light DOM) until it matches. */
export async function waitForText(page: ExtPage, selector: string, pattern: RegExp, what: string): Promise<string> {
  const end = Date.now() + 10_000;
  let text = '';
  for (;;) {
    text = String(await page.evaluateSource(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`));
    if (pattern.test(text)) return text;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; ${selector} said ${JSON.stringify(text)}`);
    await sleep(150);
  }
}

/** Our sidebar is mounted, open or collapsed (a collapsed one is only its reopen tab). */
export const hasSidebar = (ui: UiState) => ui.hosts === 1 && ui.state !== null;

/** Opens the sidebar when it waits collapsed, with a click on its tab as a reader would. */
export async function openPanel(page: ExtPage, ready: (ui: UiState) => boolean = hasSidebar, what = 'the sidebar'): Promise<UiState> {
  const ui = await waitForUi(page, hasSidebar, what);
  if (ui.state !== 'open') await page.click([HOST, '[data-testid="reopen"]']);
  return waitForUi(page, (s) => s.state === 'open' && ready(s), `${what}, open`);
}

/** The open panel has finished sliding in: nothing animating, fully opaque, in place. */
const PANEL_SETTLED = `(() => {
  const host = document.querySelector(${JSON.stringify(HOST)});
  const panel = host && host.shadowRoot && host.shadowRoot.querySelector('.mdm-panel');
  if (!panel) return false;
  const style = getComputedStyle(panel);
  return panel.getAnimations().every((a) => a.playState === 'finished') && style.opacity === '1' && style.transform === 'none';
})()`;

/** Nothing animating in the element or its shadow root. */
const stillUnder = (selector: string) => `(() => {
  const el = document.querySelector(${JSON.stringify(selector)});
  if (!el) return true;
  const running = [...el.getAnimations({ subtree: true }), ...(el.shadowRoot ? el.shadowRoot.getAnimations() : [])];
  return running.every((a) => a.playState === 'finished' || a.playState === 'idle');
})()`;

/** Waits until the open panel has finished sliding in (colours mid-fade are not the panel's). */
export async function panelSettled(page: ExtPage): Promise<void> {
  await waitForTrue(page, PANEL_SETTLED, 'the panel to finish sliding in');
}

/** A screenshot of the page with the panel open, taken only once it has finished sliding in. */
export async function screenshotSettled(page: ExtPage, file: string): Promise<void> {
  await panelSettled(page);
  await page.screenshot(file);
}

/**
 * A page the extension must leave alone: wait until the content script has measured itself
 * (so silence is not just "not loaded yet"), give any analysis time to come back, then read.
 */
export async function settleQuiet(page: ExtPage, graceMs = 2_000): Promise<UiState> {
  await waitForUi(page, (ui) => ui.contentRuns > 0, 'the content script to run (mdm:content measure)');
  await sleep(graceMs);
  return readUi(page);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

let axeSource: Promise<string> | null = null;

/** Serious and critical axe-core findings inside `selector` (our host: axe walks open shadow roots). */
export async function axeSerious(page: ExtPage, selector?: string): Promise<AxeViolation[]> {
  // Colours mid-animation (a panel sliding or fading in) are not the UI's: wait until the element's own UI is still.
  if (selector) await waitForTrue(page, stillUnder(selector), `${selector} to stop animating`);
  axeSource ??= readFile(AXE_SOURCE, 'utf8');
  await page.evaluateSource(`${await axeSource};void 0`);
  const context = selector ? JSON.stringify({ include: [[selector]] }) : 'document';
  const found = (await page.evaluateSource(`(async () => {
    const r = await axe.run(${context}, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  })()`)) as AxeViolation[];
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
