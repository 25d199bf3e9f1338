// The dataset's share of npm run bench: its size on disk and in the background bundle, what
// loading it costs (the background parses both files as it starts), and lookup times.
// Budget: dataset + history at most 2 MB raw and 400 KB gzip; loading (parsing both) at most 15 ms p50;
// a company lookup at most 1 ms p95.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { unpackCompany, type PackedDataset } from '../../lib/data/pack';

const ROOT = new URL('../../', import.meta.url);
const FILES = ['lib/data/companies.json', 'lib/data/layoff-history.json'];
const KB = 1024;
const BUDGET = { raw: 2 * KB * KB, gzip: 400 * KB, loadMs: 15, lookupMs: 1 };

function p(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function time<T>(items: T[], run: (item: T) => unknown, rounds: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const start = performance.now();
      run(item);
      out.push(performance.now() - start);
    }
  }
  return out.sort((a, b) => a - b);
}

const verdict = (value: number, budget: number) => (value <= budget ? 'met' : 'MISSED');
const ms = (n: number) => `${n.toFixed(n < 1 ? 3 : 1)} ms`;

export async function datasetBench(): Promise<void> {
  const texts = FILES.map((file) => readFileSync(new URL(file, ROOT), 'utf8'));
  const raw = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const gzip = texts.reduce((n, t) => n + gzipSync(t).length, 0);
  console.log('\nDataset');
  FILES.forEach((file, i) => console.log(`  ${file.padEnd(44)} ${(Buffer.byteLength(texts[i]!) / KB).toFixed(0).padStart(6)} KB raw ${(gzipSync(texts[i]!).length / KB).toFixed(0).padStart(5)} KB gzip`));
  console.log(`  ${'together'.padEnd(44)} ${(raw / KB).toFixed(0).padStart(6)} KB raw ${(gzip / KB).toFixed(0).padStart(5)} KB gzip   budget <= ${BUDGET.raw / KB / KB} MB / ${BUDGET.gzip / KB} KB: ${raw <= BUDGET.raw && gzip <= BUDGET.gzip ? 'met' : 'MISSED'}`);

  time([0], () => texts.map((t) => JSON.parse(t)), 5); // warm-up
  const load = time([0], () => texts.map((t) => JSON.parse(t)), 20);
  console.log(`  ${'load (parse both, as the background does)'.padEnd(44)} p50 ${ms(p(load, 0.5))}  p95 ${ms(p(load, 0.95))}   budget p50 <= ${BUDGET.loadMs} ms: ${verdict(p(load, 0.5), BUDGET.loadMs)}`);

  // Import after timing the parse above, so the module's own load is not counted twice.
  const { getCompany, layoffHistory } = await import('../../lib/data/index');
  const { buildCompanyView } = await import('../../lib/math/company-view');
  const packed = JSON.parse(texts[0]!) as PackedDataset;
  const unpack = time(packed.companies, (c) => unpackCompany(c, packed.tables), 5);
  console.log(`  ${`company lookup, first time (unpack, ${packed.companies.length} companies)`.padEnd(44)} p50 ${ms(p(unpack, 0.5))}  p95 ${ms(p(unpack, 0.95))}   budget <= ${BUDGET.lookupMs} ms: ${verdict(p(unpack, 0.95), BUDGET.lookupMs)}`);
  const views = time(packed.companies, (c) => buildCompanyView(getCompany(c.id)!, { jobs: 1_000, share: null }), 5);
  console.log(`  ${'counterpoint view (lines and charts)'.padEnd(44)} p50 ${ms(p(views, 0.5))}  p95 ${ms(p(views, 0.95))}`);
  const names = ['Klarna', 'amazon', 'Peloton', 'Google', 'no such company'];
  const history = time(names, (n) => layoffHistory(n), 200);
  console.log(`  ${'layoffHistory(name)'.padEnd(44)} p50 ${ms(p(history, 0.5))}  p95 ${ms(p(history, 0.95))}`);

  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const file = new URL(`.output/${target}/background.js`, ROOT);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    console.log(`  ${`background bundle, ${target}`.padEnd(44)} ${(bytes.length / KB).toFixed(0).padStart(6)} KB raw ${(gzipSync(bytes).length / KB).toFixed(0).padStart(5)} KB gzip`);
  }
}
