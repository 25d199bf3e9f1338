// The committed name index (lib/data/names.json): written by `npm run names:build`, read by the
// matcher. Compact on purpose: one array per entity, its names in one string.

/** Flags on a surface name, after a "~": */
export const FLAG = {
  /** A brand or subsidiary of the entity, not its own name ("AWS" of Amazon). */
  brand: 'b',
  /** One ordinary word ("Target", "Snap"): a company only with context. */
  word: 'w',
  /** One word the dictionary knows as a rare word or a name ("Meridian", "Marcus", "Nike"): a
   * company only with context, unless the dataset lists it as a name of its own. */
  named: 'n',
  /** Ordinary words only ("General Motors", "Standard Chartered"): capitals say it is a name,
   * except in a title-case or all-caps line, where it needs context. */
  phrase: 'p',
} as const;

/**
 * One entity a line, tab-separated: key, display name, tickers ("NASDAQ:AMZN NYSE:X"), parent's
 * line number ("" when none), country ("" when unknown), names ("=" is the display name; flags
 * after "~": "=|Amazon.com|Amazon Web Services~b"), then "owned" for a company someone else owns
 * whom no list names. The key is a CIK (digits) for SEC registrants,
 * `wd:<Q-id>` for other Wikidata organisations, `org:<slug>` for the tracker's other employers.
 */
export type EntityLine = string;

export interface NameIndexFile {
  about: string;
  /** Rows read from each source and kept, for the record. */
  counts: Record<string, number>;
  entities: EntityLine[];
}

export interface EntityRecord {
  /** `cik:<CIK>`, `wd:<Q-id>` or `org:<slug>`: stable across builds. */
  key: string;
  name: string;
  cik: number | null;
  tickers: string[];
  parent: number | null;
  country: string | null;
  surfaces: { name: string; flags: string }[];
  /** Owned by a company no list names (the tracker says "Acquired" or "Subsidiary"): the dataset
   * may say whose ("Indeed" of Recruit). */
  owned: boolean;
}

export function encodeEntity(e: EntityRecord): EntityLine {
  const key = e.cik !== null ? String(e.cik) : e.key;
  const names = e.surfaces.map((s) => (s.name === e.name ? '=' : s.name) + (s.flags ? `~${s.flags}` : '')).join('|');
  const line = [key, e.name, e.tickers.join(' '), e.parent ?? '', e.country ?? '', names].join('\t');
  return e.owned ? `${line}\towned` : line;
}

export function decodeEntity(line: EntityLine): EntityRecord {
  const [key = '', name = '', tickers = '', parent = '', country = '', names = '', owned = ''] = line.split('\t');
  const cik = /^\d+$/.test(key) ? Number(key) : null;
  return {
    key: cik !== null ? `cik:${cik}` : key,
    name,
    cik,
    tickers: tickers ? tickers.split(' ') : [],
    parent: parent ? Number(parent) : null,
    country: country || null,
    surfaces: names ? names.split('|').map((s) => {
      const [n = '', flags = ''] = s.split('~');
      return { name: n === '=' ? name : n, flags };
    }) : [],
    owned: owned === 'owned',
  };
}
