// npm run data:check — fails the build when the bundled dataset is invalid or no longer what
// the seed plus the reviewed corrections produce (i.e. someone edited companies.json by hand).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDataset } from '../data/build-from-seed';
import { validateDataset } from '../data/schema';
import { summarizeDataset } from '../data/summary';

const read = (file: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../data/${file}`, import.meta.url)), 'utf8'));
const shipped = read('companies.json');

const issues: string[] = [];
const result = validateDataset(shipped);
if (!result.ok) issues.push(...result.issues);

const rebuilt = buildDataset();
issues.push(...rebuilt.problems);
if (JSON.stringify(rebuilt.dataset) !== JSON.stringify(shipped)) {
  issues.push('companies.json differs from what lib/data/build-from-seed.ts builds: run `npx tsx lib/data/build-from-seed.ts`');
}
if (JSON.stringify(summarizeDataset(rebuilt.dataset)) !== JSON.stringify(read('summary.json'))) {
  issues.push('summary.json is out of date: run `npx tsx lib/data/build-from-seed.ts`');
}

if (issues.length) {
  console.error(`data:check failed, ${issues.length} issue(s):\n  ${issues.join('\n  ')}`);
  process.exit(1);
}
const figures = result.ok ? result.dataset.companies.reduce((n, c) => n + c.figures.length, 0) : 0;
console.log(`data:check ok: ${result.ok ? result.dataset.companies.length : 0} companies, ${figures} figures`);
