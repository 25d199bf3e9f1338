// The curated additions: JSON Lines files in lib/data/curated/, one record a line, each with a `do`
// that says which action it is. Every line is validated on input; a bad line fails the build with
// its file and line number.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { METRICS, OWNERSHIPS, UNITS, type SourceKind } from '../types';
import { InputError } from './inputs';

const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'));
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be a lowercase slug'));
const Why = v.pipe(Text, v.minLength(8, 'say why in a few words'));

const KINDS = ['10-K', '20-F', '10-Q', 'annual-report', 'DEF 14A', '8-K', 'press-release'] as const satisfies readonly SourceKind[];

/** A page that says who owns a company: its own or its owner's page, filing or announcement, and the words on it. */
const OwnershipSource = v.object({
  url: v.pipe(v.string(), v.url(), v.regex(/^https:\/\//, 'must be https')),
  words: v.pipe(Text, v.maxLength(300, 'words longer than 300 characters')),
  /** Set when the words were read from a copy (a reprint of the announcement, a quotation of the filing): which. */
  read_from: v.optional(Why),
});

/** Names a company: its identity, and how it names its fiscal years. */
const CompanyRecord = v.object({
  do: v.literal('company'),
  id: Id,
  name: Text,
  short: Text,
  aliases: v.array(Text),
  ambiguous_aliases: v.array(Text),
  tickers: v.array(v.pipe(v.string(), v.regex(/^[A-Z]+:[A-Z0-9.-]+$/, 'ticker must look like NASDAQ:AMZN'))),
  cik: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  country: v.optional(Text),
  /** The company's own web hosts: its reports and releases there count as its own. */
  sites: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a host name, like ir.example.com')))),
  /** MM-DD; required for companies without SEC figures, whose year end the figures cannot tell. */
  fiscal_year_end: v.optional(v.pipe(v.string(), v.regex(/^\d{2}-\d{2}$/, 'must be MM-DD'))),
  fy_named_by: v.optional(v.picklist(['end', 'start'])),
  /** Why the naming differs from the hint in the company's XBRL (dei:DocumentFiscalYearFocus). */
  fy_naming_why: v.optional(Why),
  ceo: v.optional(Text),
  /** 'frontline' when most employees work in warehouses, stores, delivery or other hourly roles. */
  workforce: v.optional(v.literal('frontline')),
  /** Why it has no figures of its own: 'private' (privately held, publishes no accounts), 'partnership' (owned by its
   * partners), 'subsidiary' (its results sit in its owner's, `parent`). It can have no figures. */
  ownership: v.optional(v.picklist(OWNERSHIPS)),
  /** A subsidiary's owner, a dataset company id. */
  parent: v.optional(Id),
  /** The pages that say so; a partnership or subsidiary needs one. */
  ownership_sources: v.optional(v.array(OwnershipSource)),
  /** More names the layoff tracker uses for this company (a unit or subsidiary: "LinkedIn"). */
  tracker_names: v.optional(v.array(Text)),
  notes: v.optional(Text),
});

/** Adds a figure read from the company's own filing, report or release. */
const FigureRecord = v.object({
  do: v.literal('figure'),
  id: Id,
  metric: v.picklist(METRICS),
  period: v.pipe(v.string(), v.regex(/^FY\d{4}$/, 'period must be a fiscal year, FY2024')),
  period_end: v.optional(IsoDay),
  value: v.pipe(v.number(), v.finite()),
  unit: v.picklist(UNITS),
  person: v.optional(Text),
  note: v.optional(Text),
  source: v.object({
    url: v.pipe(v.string(), v.url(), v.regex(/^https:\/\//, 'must be https')),
    kind: v.picklist(KINDS),
    form: v.optional(Text),
    accession: v.optional(v.pipe(v.string(), v.regex(/^\d{10}-\d{2}-\d{6}$/))),
    filed: v.optional(IsoDay),
    snippet: v.pipe(Text, v.maxLength(300, 'snippet longer than 300 characters')),
    retrieved: IsoDay,
  }),
  /** Set when the figure takes the place of a value in the bulk XBRL inputs: why this one is right. */
  replaces_bulk: v.optional(Why),
  /** Set when the words were read from a copy of the filing (a repository's PDF or text of it), not
   * from the page `url` names: which copy, and what ties it to the accession cited. */
  read_from: v.optional(Why),
});

/**
 * A company's figures for one fiscal year as its 10-K's XBRL states them, for companies the bulk
 * inputs lack: read from a copy of SEC companyfacts (`read_from` names the copy) and cited by the
 * filing's accession and date, as the bulk inputs are.
 */
const XbrlYearRecord = v.object({
  do: v.literal('xbrl-year'),
  id: Id,
  form: v.picklist(['10-K', '10-K/A', '20-F', '40-F']),
  accession: v.pipe(v.string(), v.regex(/^\d{10}-\d{2}-\d{6}$/, 'accession must look like 0001018724-26-000004')),
  filed: IsoDay,
  period_end: IsoDay,
  values: v.pipe(
    v.record(v.picklist(['revenue', 'gross_profit', 'operating_income', 'net_income', 'capex', 'buybacks', 'dividends']), v.pipe(v.number(), v.finite())),
    v.check((values) => Object.keys(values).length > 0, 'no values'),
  ),
  read_from: Text,
  retrieved: IsoDay,
});

/**
 * One principal executive officer's Summary Compensation Table total for one fiscal year, as the
 * proxy's pay-versus-performance inline XBRL tags it (Item 402(v): ecd:PeoTotalCompAmt), cited by
 * the DEF 14A's accession and filing date. Only that tag: "compensation actually paid"
 * (ecd:PeoActuallyPaidCompAmt) is another measure and fails here. A year with two PEOs has one
 * record per person, never a sum. `read_from` names the copy the value was read from and what
 * confirms the person and the value.
 */
const PvpYearRecord = v.object({
  do: v.literal('pvp-year'),
  id: Id,
  form: v.literal('DEF 14A'),
  accession: v.pipe(v.string(), v.regex(/^\d{10}-\d{2}-\d{6}$/, 'accession must look like 0001308179-25-000511')),
  filed: IsoDay,
  period_end: IsoDay,
  tag: v.literal('ecd:PeoTotalCompAmt', 'CEO pay is the PEO total (ecd:PeoTotalCompAmt), not compensation actually paid'),
  person: Text,
  value: v.pipe(v.number(), v.integer('a proxy total is whole dollars'), v.minValue(0)),
  note: v.optional(Text),
  read_from: Why,
  retrieved: IsoDay,
});

/** Removes a value the bulk inputs hold, with the reason. */
const DropRecord = v.object({ do: v.literal('drop'), id: Id, metric: v.picklist(METRICS), period: v.pipe(v.string(), v.regex(/^FY\d{4}$/)), why: Why });

/** Where the two XBRL inputs disagree by more than 0.5%: which to keep, and why. */
const PreferRecord = v.object({
  do: v.literal('prefer'),
  id: Id,
  metric: v.picklist(METRICS),
  period: v.pipe(v.string(), v.regex(/^FY\d{4}$/)),
  keep: v.picklist(['sec-xbrl-227', 'sec-annual-24']),
  why: Why,
});

/** A layoff someone tied to AI (or denied was due to AI), with the page that says so. */
const LayoffRecord = v.object({
  do: v.literal('layoff'),
  id: Id,
  announced: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
  jobs: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  share_of_workforce: v.nullable(v.pipe(v.number(), v.gtValue(0), v.maxValue(1))),
  ai_link: Text,
  ai_link_kind: v.picklist(['company', 'executive', 'reporting', 'denied']),
  source: v.object({ url: v.pipe(v.string(), v.url()), snippet: Text, retrieved: IsoDay }),
});

/** Tracker rows under a company's name that belong to another company of that name. */
const TrackerUnlinkRecord = v.object({ do: v.literal('tracker-unlink'), name: Text, why: Why });

const Record = v.variant('do', [CompanyRecord, FigureRecord, XbrlYearRecord, PvpYearRecord, DropRecord, PreferRecord, LayoffRecord, TrackerUnlinkRecord]);

export type CompanyRecord = v.InferOutput<typeof CompanyRecord>;
export type FigureRecord = v.InferOutput<typeof FigureRecord>;
export type XbrlYearRecord = v.InferOutput<typeof XbrlYearRecord>;
export type PvpYearRecord = v.InferOutput<typeof PvpYearRecord>;
export type DropRecord = v.InferOutput<typeof DropRecord>;
export type PreferRecord = v.InferOutput<typeof PreferRecord>;
export type LayoffRecord = v.InferOutput<typeof LayoffRecord>;
export type TrackerUnlinkRecord = v.InferOutput<typeof TrackerUnlinkRecord>;

export interface Curated {
  companies: CompanyRecord[];
  figures: FigureRecord[];
  xbrlYears: XbrlYearRecord[];
  pvpYears: PvpYearRecord[];
  drops: DropRecord[];
  prefers: PreferRecord[];
  layoffs: LayoffRecord[];
  unlinks: TrackerUnlinkRecord[];
}

/** Parses JSON Lines text; blank lines and lines starting with // are skipped. */
export function parseCurated(text: string, file: string, into: Curated = emptyCurated()): Curated {
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('//')) return;
    const where = `${file}:${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch (error) {
      throw new InputError(`${where}: not JSON (${(error as Error).message})`);
    }
    const result = v.safeParse(Record, raw);
    if (!result.success) {
      const issue = result.issues[0]!;
      const id = (raw as { id?: unknown })?.id;
      throw new InputError(`${where}${typeof id === 'string' ? ` (${id})` : ''}: ${v.getDotPath(issue) ?? 'record'}: ${issue.message}`);
    }
    const record = result.output;
    switch (record.do) {
      case 'company': into.companies.push(record); break;
      case 'figure': into.figures.push(record); break;
      case 'xbrl-year': into.xbrlYears.push(record); break;
      case 'pvp-year': into.pvpYears.push(record); break;
      case 'drop': into.drops.push(record); break;
      case 'prefer': into.prefers.push(record); break;
      case 'layoff': into.layoffs.push(record); break;
      case 'tracker-unlink': into.unlinks.push(record); break;
    }
  });
  return into;
}

export function emptyCurated(): Curated {
  return { companies: [], figures: [], xbrlYears: [], pvpYears: [], drops: [], prefers: [], layoffs: [], unlinks: [] };
}

export function readCurated(dir: string): Curated {
  const curated = emptyCurated();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    parseCurated(readFileSync(join(dir, file), 'utf8'), file, curated);
  }
  return curated;
}
