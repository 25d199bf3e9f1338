// The name matcher the extension loads (lib/data/name-table.ts) is the one the name index and the
// dataset build: the file is current, and every lookup finds what the built matcher finds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameTableSource, TABLE_FILE } from '../../lib/cli/names-table';
import { companyIdentities } from '../../lib/data';
import { NAME_TABLE } from '../../lib/data/name-table';
import { nameMatcher, type Candidate, type NameEntity } from '../../lib/names/match';
import { encodeMatcher, matcherFromTable, type NameTable } from '../../lib/names/table';

const built = nameMatcher(companyIdentities());
const read = matcherFromTable(JSON.parse(NAME_TABLE) as NameTable);

/** An entity as plain data, its owners by key. */
const plain = (e: NameEntity | undefined) => e && {
  key: e.key, name: e.name, cik: e.cik, tickers: e.tickers, country: e.country, datasetId: e.datasetId,
  owners: (function chain(p: NameEntity | null, n: number): string[] { return p && n < 9 ? [p.key, ...chain(p.parent, n + 1)] : []; })(e.parent, 0),
};
const candidate = (c: Candidate | undefined) => c && {
  keys: c.keys, canon: c.canon,
  targets: c.targets.map((t) => ({ ...plain(t.entity), brand: t.brand, word: t.word, named: Boolean(t.named), phrase: t.phrase })),
};

describe('the compiled name table', () => {
  it('is what npm run names:table makes of the index and the dataset', () => {
    expect(readFileSync(TABLE_FILE, 'utf8') === nameTableSource(), 'run `npm run names:table`').toBe(true);
  });

  it('finds every name, pair of first words, ticker and id as the built matcher does', () => {
    for (const [key, c] of built.byKey) {
      expect(candidate(read.byKey.get(key)), key).toEqual(candidate(c));
      expect(read.multiFirst.has(c.keys[0]!), key).toBe(built.multiFirst.has(c.keys[0]!));
      expect(read.lowerFirst.has(c.keys[0]!), key).toBe(built.lowerFirst.has(c.keys[0]!));
    }
    for (const [two, list] of built.byTwo) expect(read.byTwo.get(two)?.map(candidate), two).toEqual(list.map(candidate));
    for (const [ticker, e] of built.tickers) expect(plain(read.tickers.get(ticker)), ticker).toEqual(plain(e));
    for (const e of built.entities) {
      for (const id of [e.key, e.datasetId ?? 'none']) expect(plain(read.byId.get(id)), id).toEqual(plain(built.byId.get(id)));
    }
    for (const missing of ['no such name', 'zzzz', 'org:no-such-company', 'NYSE:NOPE', '__proto__', 'constructor']) {
      expect([read.byKey.get(missing), read.byTwo.get(missing), read.tickers.get(missing), read.byId.get(missing)]).toEqual([undefined, undefined, undefined, undefined]);
      expect(read.multiFirst.has(missing) || read.lowerFirst.has(missing)).toBe(false);
    }
  });

  it('refuses a matcher whose ids it would not find', () => {
    const m = nameMatcher([]);
    const owned = m.entities.find((e) => e.parent)!;
    m.byId.set(owned.key, owned);
    expect(() => encodeMatcher(m)).toThrow(/not found as the matcher finds it/);
  });
});
