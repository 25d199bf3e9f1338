// The name matcher compiled at build time: `npm run names:table` builds it from the name index and
// the dataset's names (nameMatcher, the same code the tests and CLIs run) and writes it as one
// JSON string (lib/data/name-table.ts). The background parses that string and decodes the names
// starting with a word, or a company, the first time a page meets them, so it starts with nothing
// to build (building the matcher took ~0.5 s in a fresh process).
import { ownerOf, type BuiltMatcher, type Candidate, type NameEntity, type NameMatcher, type Target } from './match';
import { normalizeKey } from './tokens';

export interface NameTable {
  /** One company a line, sorted by key: key (a CIK as digits), name, tickers ("NASDAQ:AMZN
   * NYSE:X"), country, parent's line, dataset id (each "" when none). */
  entities: string[];
  /** A name's first key -> the names starting with it, joined by "|": each its words as written
   * (their keys are those words' keys; "=" when they are its first company's name), a tab, then
   * its companies, "<line><flags>" joined by ",". */
  names: Record<string, string>;
  lowerFirst: string[];
  /** "NASDAQ:AMZN" -> line, where the company is not the last line listing that ticker (the dataset's own tickers). */
  tickers: Record<string, number>;
  /** Dataset id -> line. The other ids are keys: a company without an owner, found by its key. */
  datasets: Record<string, number>;
}

const FLAGS = { brand: 'b', word: 'w', named: 'n', phrase: 'p' } as const;
const FLAG_NAMES = Object.keys(FLAGS) as (keyof typeof FLAGS)[];

const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const lineKey = (key: string): string => (key.startsWith('cik:') ? key.slice(4) : key);
const entityKey = (line: string): string => line.slice(0, line.indexOf('\t'));

/** Each ticker's line, the last line listing it winning, as the index is read. */
function listedTickers(entities: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  entities.forEach((line, i) => {
    const tickers = line.split('\t')[2];
    if (tickers) for (const t of tickers.split(' ')) out.set(t, i);
  });
  return out;
}

/** The table of a built matcher; throws where the table would not find a company as the matcher does. */
export function encodeMatcher(m: BuiltMatcher): NameTable {
  const sorted = m.entities.map((e) => ({ e, key: lineKey(e.key) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ e }) => e);
  const line = new Map(sorted.map((e, i) => [e, i]));
  const entities = sorted.map((e) => [lineKey(e.key), e.name, e.tickers.join(' '), e.country ?? '', e.parent ? line.get(e.parent) : '', e.datasetId ?? ''].join('\t'));
  const target = (t: Target): string => `${line.get(t.entity)}${FLAG_NAMES.filter((f) => t[f]).map((f) => FLAGS[f]).join('')}`;
  const names: Record<string, string> = {};
  for (const c of m.byKey.values()) {
    const words = c.canon.join(' ');
    const entry = `${words === c.targets[0]?.entity.name ? '=' : words}\t${c.targets.map(target).join(',')}`;
    names[c.keys[0]!] = has(names, c.keys[0]!) ? `${names[c.keys[0]!]}|${entry}` : entry;
  }
  const listed = listedTickers(entities);
  const table: NameTable = {
    entities,
    names,
    lowerFirst: [...m.lowerFirst],
    tickers: Object.fromEntries([...m.tickers].flatMap(([t, e]) => (listed.get(t) === line.get(e) ? [] : [[t, line.get(e)!]]))),
    datasets: Object.fromEntries(sorted.flatMap((e, i) => (e.datasetId ? [[e.datasetId, i]] : []))),
  };
  const read = matcherFromTable(table);
  for (const e of sorted) {
    for (const id of [e.key, e.datasetId]) if (id && read.byId.get(id)?.key !== m.byId.get(id)?.key) throw new Error(`name table: ${id} is not found as the matcher finds it`);
  }
  return table;
}

/** The names starting with one word: the one-word name, and the longer ones by their first two keys, longest first. */
interface Group {
  one: Candidate | undefined;
  byTwo: Map<string, Candidate[]>;
}

/** The matcher over a table: each lookup decodes what it finds once. */
export function matcherFromTable(t: NameTable): NameMatcher {
  const entities: NameEntity[] = [];
  const entity = (i: number): NameEntity => {
    const known = entities[i];
    if (known) return known;
    const [key = '', name = '', tickers = '', country = '', parent = '', datasetId = ''] = t.entities[i]!.split('\t');
    const cik = /^\d+$/.test(key) ? Number(key) : null;
    const e: NameEntity = { key: cik !== null ? `cik:${key}` : key, name, cik, tickers: tickers ? tickers.split(' ') : [], country: country || null, parent: null, datasetId: datasetId || null };
    entities[i] = e; // before its parent: an owner's chain may come back to it
    if (parent) e.parent = entity(Number(parent));
    return e;
  };
  /** The line of the company with this key (the lines are sorted by key). */
  const lineOf = (key: string): number => {
    const k = lineKey(key);
    let lo = 0, hi = t.entities.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = entityKey(t.entities[mid]!);
      if (at === k) return mid;
      if (at < k) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const targetOf = (s: string): Target => {
    const flags = s.replace(/^\d+/, '');
    return { entity: entity(parseInt(s, 10)), brand: flags.includes(FLAGS.brand), word: flags.includes(FLAGS.word), named: flags.includes(FLAGS.named), phrase: flags.includes(FLAGS.phrase) };
  };
  const groups = new Map<string, Group>();
  const group = (first: string): Group | undefined => {
    let g = groups.get(first);
    if (g || !has(t.names, first)) return g;
    g = { one: undefined, byTwo: new Map() };
    for (const entry of t.names[first]!.split('|')) {
      const [words = '', list = ''] = entry.split('\t');
      const targets = list.split(',').map(targetOf);
      const canon = (words === '=' ? targets[0]!.entity.name : words).split(' ');
      const c: Candidate = { keys: canon.map((w) => normalizeKey(w)), canon, targets };
      if (c.keys.length === 1) g.one = c;
      else {
        const two = `${c.keys[0]} ${c.keys[1]}`;
        g.byTwo.set(two, [...(g.byTwo.get(two) ?? []), c]);
      }
    }
    for (const list of g.byTwo.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    groups.set(first, g);
    return g;
  };
  const firstOf = (key: string): string => key.split(' ', 1)[0]!;
  let tickers: Map<string, number> | null = null;
  return {
    byKey: { get: (key) => (key.includes(' ') ? group(firstOf(key))?.byTwo.get(key.split(' ', 2).join(' '))?.find((c) => c.keys.join(' ') === key) : group(key)?.one) },
    byTwo: { get: (two) => group(firstOf(two))?.byTwo.get(two) },
    multiFirst: { has: (first) => (group(first)?.byTwo.size ?? 0) > 0 },
    lowerFirst: new Set(t.lowerFirst),
    tickers: {
      get(ticker) {
        // A ticker is rare on a page: the companies' tickers are read the first time one is.
        tickers ??= listedTickers(t.entities);
        const i = has(t.tickers, ticker) ? t.tickers[ticker] : tickers.get(ticker);
        return i === undefined ? undefined : entity(i);
      },
    },
    byId: {
      get(id) {
        if (has(t.datasets, id)) return entity(t.datasets[id]!);
        const i = lineOf(id);
        if (i < 0) return undefined;
        const e = entity(i);
        return !e.datasetId && ownerOf(e) === e ? e : undefined;
      },
    },
  };
}
