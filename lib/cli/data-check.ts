// npm run data:check — fails the build when the shipped dataset is invalid, or is not exactly what
// data:build makes from the inputs (someone edited a generated file, or an input changed).
// The inputs live in ../shared/data beside the checkout. Without them (a clean clone elsewhere)
// the shipped files are still validated, the comparison is skipped with a warning; on CI it fails.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, readInputs, ROOT, SHARED_DATA } from '../data/build/build';
import { InputError } from '../data/build/inputs';
import { OUTPUTS, renderOutputs } from '../data/build/outputs';
import { loadDataset } from '../data/index';
import { validateDataset } from '../data/schema';

const issues: string[] = [];
const shipped = loadDataset();
const valid = validateDataset(shipped);
if (!valid.ok) issues.push(...valid.issues);

if (!existsSync(SHARED_DATA)) {
  const message = `the build inputs (${SHARED_DATA}) are not here, so the shipped dataset was validated but not rebuilt`;
  if (process.env.CI) issues.push(message);
  else console.warn(`data:check: warning: ${message}`);
} else {
  try {
    const result = buildDataset(readInputs());
    issues.push(...result.problems);
    const files = renderOutputs(result);
    for (const path of OUTPUTS) {
      if (readFileSync(join(ROOT, path), 'utf8') !== files[path]) issues.push(`${path} is not what data:build makes from the inputs: run npm run data:build`);
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    issues.push(error.message);
  }
}

if (issues.length) {
  console.error(`data:check failed, ${issues.length} issue(s):\n  ${issues.join('\n  ')}`);
  process.exit(1);
}
const figures = shipped.companies.reduce((n, c) => n + c.figures.length, 0);
console.log(`data:check ok: ${shipped.companies.length} companies, ${figures} figures`);
