// How many pages pass the quick check, the always-on part's gates (lib/quick-check.ts): each one
// gets the reader part injected and is sent for analysis. The 130 saved ordinary pages as the
// content script reads their DOM (linkedom here), and the real train pages as a page holding their
// title and text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { loadReal } from '../../lib/cli/labelled';
import { passesQuickCheck } from '../../lib/cli/quick-check-pages';
import { isCandidatePage } from '../../lib/quick-check';

const SHARED = new URL('../../../shared/pages/readability/', import.meta.url);

export function gateBench(): void {
  const saved = existsSync(SHARED) ? readdirSync(SHARED).filter((dir) => existsSync(new URL(`${dir}/source.html`, SHARED))) : [];
  const passed = saved.filter((dir) =>
    isCandidatePage(parseHTML(readFileSync(new URL(`${dir}/source.html`, SHARED), 'utf8')).document as unknown as Document, ''));
  const train = loadReal('train');
  const pass = (pages: typeof train) => pages.filter(({ page }) => passesQuickCheck(page)).length;
  const layoffs = train.filter((l) => l.label === 'ai_layoff');
  console.log(`\nQuick check (always-on part): saved ordinary pages pass ${passed.length}/${saved.length} (${passed.join(', ')})`);
  console.log(`${''.padEnd(46)} real train pages: AI layoffs pass ${pass(layoffs)}/${layoffs.length}, all ${pass(train)}/${train.length}`);
}
