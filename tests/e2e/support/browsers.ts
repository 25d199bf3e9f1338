// Both browsers behind one small adapter, so every e2e scenario is written once and run in
// Chromium (playwright-core, CDP) and Firefox (puppeteer-core, WebDriver BiDi).
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type KeyInput, type Page as PpPage } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { CHROME_BUILD, CHROMIUM_BIN, FIREFOX_BIN, FIREFOX_BUILD, requireFile } from './paths';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Fixed so the tests know the moz-extension:// origin before the add-on is installed. */
export const FIREFOX_UUID = '6d0c8f2e-3b1a-4c5d-9e7f-0a1b2c3d4e5f';

export interface ExtPage {
  readonly browserName: BrowserName;
  /** Console errors and uncaught exceptions of this page. */
  readonly errors: string[];
  /** alert/confirm/prompt messages (all dismissed). */
  readonly dialogs: string[];
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs script source in the page's main world (e.g. axe-core); works under a strict CSP. */
  evaluateSource(source: string): Promise<unknown>;
  /** Script source run in every new document of this tab before the page's own scripts. */
  addInitScript(source: string): Promise<void>;
  /** A real mouse click on an element found through open shadow roots: ['host', 'button']. */
  click(path: string[]): Promise<void>;
  /** Whether a checkbox (found like `click`) is checked. */
  isChecked(path: string[]): Promise<boolean>;
  /** Screenshot of the viewport, or of one element. */
  screenshot(file: string, selector?: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** A real key press on the focused element, e.g. 'Control+V'. */
  press(keys: string): Promise<void>;
  close(): Promise<void>;
}

export interface Download {
  name: string;
  bytes: Buffer;
}

export interface ExtBrowser {
  readonly name: BrowserName;
  /** Every URL any page (and, in Chromium, the extension's worker) requested. */
  readonly requests: string[];
  /** Files downloaded since launch, oldest first, as they finish. */
  downloads(): Promise<Download[]>;
  newPage(): Promise<ExtPage>;
  extensionUrl(path: string): string;
  /** The extension is reloaded, as after an update, while tabs stay open. */
  reloadExtension(): Promise<void>;
  /** Resolves when the user closes the browser (headed demo). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** prefers-color-scheme: dark for every page (Firefox can only set it at launch). */
  dark?: boolean;
  /** Chromium: another unpacked extension instead of our build (the bench's empty content script). */
  extensionDir?: string;
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtBrowser> {
  return name === 'chromium' ? launchChromium(false, true, options) : launchFirefox(options);
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Lets the tests reload the extension over CDP (Extensions.loadUnpacked), as an update would.
  '--enable-unsafe-extension-debugging',
];

/** `extension: false` gives the same browser without the extension (the bench's baseline). */
export async function launchChromium(headed = false, extension = true, options: LaunchOptions = {}): Promise<ExtBrowser> {
  requireFile(CHROMIUM_BIN, 'Chromium (apt-get install chromium)');
  const dir = options.extensionDir ?? CHROME_BUILD;
  if (extension) requireFile(join(dir, 'manifest.json'), 'Chrome build (npm run build)');
  const profile = await mkdtemp(join(tmpdir(), 'mdm-chromium-'));
  // headless: false + --headless=new: extensions only load in the new headless mode.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_BIN,
    headless: false,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.dark ? 'dark' : 'light',
    args: [
      ...(headed ? [] : ['--headless=new']),
      ...CHROMIUM_ARGS,
      ...(extension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => void requests.push(request.url()));
  const downloads: Promise<Download | null>[] = [];
  context.on('page', (page) =>
    page.on('download', (download) => {
      const done = download.path().then(async (path) => ({ name: download.suggestedFilename(), bytes: await readFile(path) }));
      downloads.push(done.catch(() => null));
    }),
  );
  let id = '';
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    id = new URL(worker.url()).host;
  }
  // The persistent context opens with one blank tab; close it so tabs are ours alone.
  for (const page of context.pages()) await page.close();
  return {
    name: 'chromium',
    requests,
    downloads: async () => (await Promise.all(downloads)).filter((d): d is Download => d !== null),
    newPage: async () => wrapPlaywright(await context.newPage()),
    extensionUrl: (path) => `chrome-extension://${id}/${path}`,
    // Loading the same directory again replaces the running copy under the same id.
    reloadExtension: async () => {
      const cdp = await context.browser()!.newBrowserCDPSession();
      const restarted = context.waitForEvent('serviceworker', { timeout: 15_000 });
      await cdp.send('Extensions.loadUnpacked', { path: dir });
      await restarted;
      await cdp.detach();
    },
    closed: () => new Promise((done) => context.once('close', () => done())),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtBrowser> {
  requireFile(FIREFOX_BIN, 'Firefox ESR (apt-get install firefox-esr)');
  requireFile(join(FIREFOX_BUILD, 'manifest.json'), 'Firefox build (npm run build)');
  const downloadDir = await mkdtemp(join(tmpdir(), 'mdm-firefox-downloads-'));
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    // Lets WebDriver BiDi navigate a tab to moz-extension:// pages (popup, options).
    args: ['-remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // 0 = dark, 1 = light: what pages see as prefers-color-scheme.
      'layout.css.prefers-color-scheme.content-override': options.dark ? 0 : 1,
      // Downloads go straight to a folder the tests read, without a dialog.
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'image/png',
      // The downloads panel that opens after a download takes the keyboard from the next page.
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
    },
  });
  let addonId = await browser.installExtension(FIREFOX_BUILD);
  const requests: string[] = [];
  for (const page of await browser.pages()) await page.close().catch(() => undefined);
  return {
    name: 'firefox',
    requests,
    // Finished files only, oldest first: Firefox writes a ".part" file until a download is complete,
    // and may already have put an empty file under the final name beside it.
    downloads: async () => {
      const all = await readdir(downloadDir);
      const pending = new Set(all.filter((name) => name.endsWith('.part')).map((name) => name.slice(0, -'.part'.length)));
      const names = all.filter((name) => !name.endsWith('.part') && !pending.has(name));
      const files = await Promise.all(
        names.map(async (name) => ({ name, at: (await stat(join(downloadDir, name))).mtimeMs, bytes: await readFile(join(downloadDir, name)) })),
      );
      return files.filter((f) => f.bytes.length > 0).sort((a, b) => a.at - b.at).map(({ name, bytes }) => ({ name, bytes }));
    },
    newPage: async () => wrapPuppeteer(await browser.newPage(), requests),
    extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path}`,
    // What an update does in Firefox: the old add-on goes away and the new one starts.
    reloadExtension: async () => {
      await browser.uninstallExtension(addonId);
      addonId = await browser.installExtension(FIREFOX_BUILD);
    },
    closed: () => new Promise((done) => browser.once('disconnected', () => done())),
    close: async () => {
      await browser.close();
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's own favicon request is not the page's doing nor ours, yet under a strict CSP
 * Firefox logs it as a violation.
 */
const isNoise = (text: string) => /favicon\.ico/.test(text);

function wrapPlaywright(page: PwPage): ExtPage {
  const errors: string[] = [];
  const dialogs: string[] = [];
  const error = (text: string) => void (isNoise(text) || errors.push(text));
  page.on('console', (m) => void (m.type() === 'error' && error(`${m.text()} @ ${m.location().url}`)));
  page.on('pageerror', (e) => error(`uncaught: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return {
    browserName: 'chromium',
    errors,
    dialogs,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    evaluateSource: (source) => page.evaluate(source),
    addInitScript: async (source) => void (await page.addInitScript(source)),
    // Playwright's CSS engine pierces open shadow roots by itself.
    click: (path) => page.locator(path.join(' ')).first().click({ timeout: 10_000 }),
    isChecked: (path) => page.locator(path.join(' ')).first().isChecked({ timeout: 10_000 }),
    screenshot: async (file, selector) =>
      void (await (selector ? page.locator(selector).first() : page).screenshot({ path: file })),
    bringToFront: () => page.bringToFront(),
    press: (keys) => page.keyboard.press(keys),
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PpPage, requests: string[]): ExtPage {
  const errors: string[] = [];
  const dialogs: string[] = [];
  const error = (text: string) => void (isNoise(text) || errors.push(text));
  page.on('console', (m) => void (m.type() === 'error' && error(`${m.text()} @ ${m.location().url ?? ''}`)));
  page.on('pageerror', (e) => error(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
  page.on('request', (r) => void requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return {
    browserName: 'firefox',
    errors,
    dialogs,
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) return void (await page.goto(url, { waitUntil: 'load' }));
      // Firefox loads extension pages in another process and BiDi never reports that navigation
      // as finished: start it, then watch the document instead.
      void page.goto(url, { timeout: 20_000 }).catch(() => undefined);
      await documentReady(page, (href) => href === url);
    },
    reload: async () => {
      if (!page.url().startsWith('http')) {
        await page.evaluate('window.__mdmBeforeReload = true; setTimeout(() => location.reload())');
        return documentReady(page, (_, marked) => !marked);
      }
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: (source) => page.evaluate(source),
    addInitScript: async (source) => void (await page.evaluateOnNewDocument(source)),
    // Puppeteer's deep combinator `>>>` crosses open shadow roots. Firefox ESR 140 does not deliver
    // WebDriver BiDi input to its own moz-extension:// pages (popup, options): there the element
    // gets a DOM click, which toggles a checkbox and fires its events as a real one would.
    // No rAF-based stability or IntersectionObserver viewport waits: Firefox pauses both in
    // background tabs (the popup-as-tab).
    click: async (path) => {
      const locator = page.locator(path.join(' >>> ')).setTimeout(10_000);
      // page.url() can lag here: BiDi never reports the navigation to an extension page as done.
      if (String(await page.evaluate('location.href')).startsWith('moz-extension:')) {
        const handle = await locator.waitHandle();
        return void (await handle.evaluate((el) => (el as HTMLElement).click()));
      }
      await locator
        .setWaitForStableBoundingBox(false)
        .setEnsureElementIsInTheViewport(false)
        .click();
    },
    isChecked: async (path) => {
      const handle = await page.locator(path.join(' >>> ')).setTimeout(10_000).waitHandle();
      return handle.evaluate((el) => (el as HTMLInputElement).checked);
    },
    screenshot: async (file, selector) => {
      const target = selector ? await page.locator(selector).waitHandle() : page;
      await target.screenshot({ path: file as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    // Puppeteer has no chord syntax: hold the modifiers, press the key, release.
    press: async (keys) => {
      const parts = keys.split('+') as KeyInput[];
      const key = parts.pop()!;
      for (const m of parts) await page.keyboard.down(m);
      await page.keyboard.press(key);
      for (const m of parts.reverse()) await page.keyboard.up(m);
    },
    close: () => page.close(),
  };
}

async function documentReady(page: PpPage, ok: (href: string, marked: boolean) => boolean): Promise<void> {
  const end = Date.now() + 15_000;
  for (;;) {
    const state = (await page
      .evaluate('[location.href, document.readyState, Boolean(window.__mdmBeforeReload)]')
      .catch(() => null)) as [string, string, boolean] | null;
    if (state && state[1] === 'complete' && ok(state[0], state[2])) return;
    if (Date.now() > end) throw new Error(`page did not finish loading; last state ${JSON.stringify(state)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
