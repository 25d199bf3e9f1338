// `npm start`: build both targets, serve the demo pages, open the demo article in Chromium with
// the extension. With a display: a real window, until you close it. Without: headless, wait for
// the sidebar, open it, save a screenshot once it has finished sliding in and exit (1 if the
// sidebar never appeared).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium } from '../e2e/support/browsers';
import { ROOT, SCREENSHOTS } from '../e2e/support/paths';
import { startServer } from '../e2e/support/server';
import { openPanel, screenshotSettled } from '../e2e/support/ui';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startServer();
const article = server.url('/demo/article.html');
const headed = Boolean(process.env.DISPLAY);
const browser = await launchChromium(headed);
const page = await browser.newPage();
await page.goto(article);
console.log(`Demo pages: ${server.url('/demo/')}`);

let code = 0;
if (headed) {
  console.log(`Opened ${article} — close the browser window to stop.`);
  await browser.closed();
} else {
  try {
    const ui = await openPanel(page, (s) => s.lines > 0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = join(SCREENSHOTS, 'demo.png');
    await screenshotSettled(page, file);
    console.log(`Sidebar shown for ${ui.company} (${ui.lines} lines). Screenshot: ${relative(process.cwd(), file)}`);
  } catch (error) {
    console.error(`The sidebar never appeared on ${article}:`, error instanceof Error ? error.message : error);
    code = 1;
  }
  await browser.close();
}
await server.close();
process.exit(code);
