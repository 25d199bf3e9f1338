// npm run data:build — builds the bundled dataset from ../shared/data (the bulk SEC XBRL figures,
// the layoff tracker, the SEC ticker list) and lib/data/curated/, and writes lib/data/companies.json,
// layoff-history.json, summary.json and the generated counts in README.md and lib/data/README.md.
// Fails, writing nothing, on any problem in the inputs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, readInputs, ROOT } from '../data/build/build';
import { InputError } from '../data/build/inputs';
import { OUTPUTS, renderOutputs } from '../data/build/outputs';

try {
  const result = buildDataset(readInputs());
  if (result.problems.length) {
    console.error(`data:build failed, ${result.problems.length} problem(s):\n  ${result.problems.join('\n  ')}`);
    process.exit(1);
  }
  const files = renderOutputs(result);
  for (const path of OUTPUTS) writeFileSync(join(ROOT, path), files[path]);
  console.log(`data:build wrote ${OUTPUTS.join(', ')}: ${result.dataset.companies.length} companies; ${result.choices.length} recorded choices (npm run data:report lists them)`);
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`data:build failed: ${error.message}`);
  process.exit(1);
}
