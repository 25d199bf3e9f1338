// Every scenario is written once and runs in both browsers: `forEachBrowser` gives the body a
// launched browser (extension installed), the fixture server, and pages closed after each test.
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { BROWSERS, launch, type BrowserName, type ExtBrowser, type ExtPage, type LaunchOptions } from './browsers';
import { startServer, type FixtureServer, type ServerOptions } from './server';

export interface Harness {
  readonly name: BrowserName;
  readonly browser: ExtBrowser;
  readonly server: FixtureServer;
  /** A new blank tab, closed after the test. */
  newPage(): Promise<ExtPage>;
  /** A new tab on a fixture path (e.g. "/demo/article.html"), loaded. */
  open(path: string): Promise<ExtPage>;
  /** Back to default settings (clears extension storage from one of its own pages). */
  resetSettings(): Promise<void>;
}

export function forEachBrowser(
  title: string,
  body: (h: Harness) => void,
  serverOptions?: ServerOptions,
  launchOptions?: LaunchOptions,
): void {
  describe.each(BROWSERS)(`${title} [%s]`, (name) => {
    let browser: ExtBrowser | undefined;
    let server: FixtureServer | undefined;
    const pages: ExtPage[] = [];
    const need = <T>(value: T | undefined): T => {
      if (value === undefined) throw new Error(`${name} did not launch (see beforeAll)`);
      return value;
    };
    const harness: Harness = {
      name,
      get browser() {
        return need(browser);
      },
      get server() {
        return need(server);
      },
      async newPage() {
        const page = await need(browser).newPage();
        pages.push(page);
        return page;
      },
      async open(path) {
        const page = await harness.newPage();
        await page.goto(need(server).url(path));
        return page;
      },
      async resetSettings() {
        const page = await need(browser).newPage();
        try {
          await page.goto(need(browser).extensionUrl('options.html'));
          await page.evaluateSource('(globalThis.browser ?? globalThis.chrome).storage.local.clear()');
        } finally {
          await page.close();
        }
      },
    };

    beforeAll(async () => {
      server = await startServer(serverOptions);
      browser = await launch(name, launchOptions);
    });
    afterEach(async () => {
      for (const page of pages.splice(0)) await page.close().catch(() => undefined);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    body(harness);
  });
}
