// npm run bench: page reading, classification and prefilter timings in Node (linkedom), and the
// gzip size of the built content scripts, each printed beside its target. Prints; never asserts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { analyze } from '../../lib/detect';
import { prefilter } from '../../lib/detect/prefilter';
import { pageFromFile, type PageInput } from '../../lib/page';

const ROOT = new URL('../../', import.meta.url);
const CORPUS = new URL('tests/fixtures/corpus/', ROOT);
const SHARED = new URL('../shared/pages/readability/', ROOT);
const ROUNDS = 5;

interface Source {
  name: string;
  content: string;
  /** Whether the page is labelled an AI-attributed layoff (shared pages never are). */
  positive: boolean;
}

function corpusSources(): Source[] {
  const labels = JSON.parse(readFileSync(new URL('labels.json', CORPUS), 'utf8')) as { file: string; label: string }[];
  return labels.map(({ file, label }) => ({
    name: file,
    content: readFileSync(new URL(file, CORPUS), 'utf8'),
    positive: label === 'ai_layoff',
  }));
}

function sharedSources(): Source[] {
  if (!existsSync(SHARED)) return [];
  return readdirSync(SHARED)
    .filter((dir) => existsSync(new URL(`${dir}/source.html`, SHARED)))
    .map((dir) => ({ name: `${dir}.html`, content: readFileSync(new URL(`${dir}/source.html`, SHARED), 'utf8'), positive: false }));
}

/** Milliseconds per call: one sample per item per round. */
function samples<T>(items: T[], run: (item: T) => unknown, rounds = ROUNDS): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const item of items) {
      const start = performance.now();
      run(item);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (value: number): string => `${value.toFixed(value < 1 ? 3 : 1)} ms`;

function report(name: string, times: number[], target?: { p95Ms: number; label: string }): void {
  const p95 = percentile(times, 95);
  const total = times.reduce((sum, time) => sum + time, 0);
  const perSecond = Math.round((times.length / total) * 1000);
  const verdict = target ? `   target ${target.label}: ${p95 <= target.p95Ms ? 'met' : 'MISSED'}` : '';
  console.log(`${name.padEnd(46)} p50 ${ms(percentile(times, 50)).padStart(10)}   p95 ${ms(p95).padStart(10)}   ${String(perSecond).padStart(6)} pages/s${verdict}`);
}

/** Deterministic unrelated prose: no company, no job cuts, no AI. */
function syntheticPage(words: number): PageInput {
  const vocabulary =
    'the garden river morning bread window quiet travel music recipe summer mountain paint story ' +
    'coffee evening walk library orange season village market ocean friend letter bicycle cloud';
  const pool = vocabulary.split(' ');
  let seed = 7;
  const text = Array.from({ length: words }, (_, i) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return pool[seed % pool.length]! + (i % 12 === 11 ? '.' : '') + (i % 120 === 119 ? '\n\n' : ' ');
  }).join('');
  return { url: 'https://example.com/garden', title: 'A quiet morning in the garden', text, kind: 'blog' };
}

/** The always-on part (every page) against its target; the UI part (candidate pages) as is. */
function contentScriptSize(target: string): string {
  const alwaysOn = new URL(`.output/${target}/content-scripts/content.js`, ROOT);
  const ui = new URL(`.output/${target}/content-ui.js`, ROOT);
  if (!existsSync(alwaysOn) || !existsSync(ui)) return 'not built — run npm run build';
  const kb = (file: URL) => gzipSync(readFileSync(file)).length / 1024;
  const always = kb(alwaysOn);
  return `always-on ${always.toFixed(1)} KB gzip (target <= 8 KB: ${always <= 8 ? 'met' : 'MISSED'}), UI part ${kb(ui).toFixed(1)} KB gzip`;
}

const corpus = corpusSources();
const shared = sharedSources();
const sources = [...corpus, ...shared];
const htmlSources = sources.filter(({ name }) => name.endsWith('.html'));
const read = (source: Source): PageInput => pageFromFile(source.name, source.content);

// Warm-up: JIT, lazy regex compilation and any caches in the detector, before anything is timed.
const pages = sources.map(read);
for (const page of pages) analyze(page);
const negatives = pages.filter((_, i) => !sources[i]!.positive);
const synthetic = syntheticPage(5_000);
for (let i = 0; i < 100; i++) prefilter(synthetic.title, synthetic.text);

console.log(`Benchmark — Node ${process.version}, linkedom; ${pages.length} pages (${corpus.length} corpus, ${shared.length} shared), ${ROUNDS} rounds\n`);
report('Page reading (parseHtml, HTML pages)', samples(htmlSources, read, 1));
report('Classification: analyze only', samples(pages, analyze), { p95Ms: 30, label: 'p95 < 30 ms' });
report('Classification: read (linkedom) + analyze', samples(sources, (source) => analyze(read(source)), 1), { p95Ms: 30, label: 'p95 < 30 ms' });
report(`Prefilter on ${negatives.length} negative pages`, samples(negatives, (page) => prefilter(page.title, page.text)));
console.log(`${''.padEnd(46)} passes ${negatives.filter((page) => prefilter(page.title, page.text)).length}/${negatives.length} negatives on to analyze`);
report('Prefilter, synthetic 5,000-word page', samples([synthetic], (page) => prefilter(page.title, page.text), 500), {
  p95Ms: 1,
  label: 'p95 < 1 ms',
});
console.log('\nReading runs on linkedom here; in the browser readPage gets the live DOM (npm run bench:browser).');
console.log(`\nContent script, chrome-mv3                     ${contentScriptSize('chrome-mv3')}`);
console.log(`Content script, firefox-mv2                    ${contentScriptSize('firefox-mv2')}`);
