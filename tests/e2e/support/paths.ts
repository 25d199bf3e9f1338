// Where things are, in one place, so the tests, the demo and the bench agree.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The builds under test; overridable to test another build (e.g. a release candidate). */
export const CHROME_BUILD = resolve(process.env.MDM_CHROME_BUILD ?? join(ROOT, '.output/chrome-mv3'));
export const FIREFOX_BUILD = resolve(process.env.MDM_FIREFOX_BUILD ?? join(ROOT, '.output/firefox-mv2'));
export const DEMO_DIR = join(ROOT, 'assets/demo');
export const HOSTILE_DIR = join(ROOT, 'tests/e2e/pages');
export const SCREENSHOTS = join(ROOT, 'assets/screenshots');
export const AXE_SOURCE = join(ROOT, 'node_modules/axe-core/axe.min.js');
/** Real saved pages shared by the team; override for machines that keep them elsewhere. */
export const READABILITY_DIR = resolve(process.env.MDM_READABILITY_DIR ?? join(ROOT, '../shared/pages/readability'));

export const CHROMIUM_BIN = process.env.MDM_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.MDM_FIREFOX ?? '/usr/bin/firefox-esr';

/** A missing browser or build is a failure, never a skip: a green run must mean the e2e ran. */
export function requireFile(path: string, what: string): string {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}`);
  return path;
}
