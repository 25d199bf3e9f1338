// Reads and validates the bulk inputs in ../shared/data (see its READMEs). Every problem names the
// file, the company and the field, so a malformed or missing input fails the build with a clear message.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';

export class InputError extends Error {}

const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'));
const Accession = v.pipe(v.string(), v.regex(/^\d{10}-\d{2}-\d{6}$/, 'accession must look like 0001018724-26-000004'));
const Money = v.pipe(v.number(), v.finite('must be a finite number'));

function readJson(path: string): unknown {
  if (!existsSync(path)) throw new InputError(`missing input: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`malformed JSON in ${path}: ${(error as Error).message}`);
  }
}

function parse<T extends v.GenericSchema>(schema: T, raw: unknown, where: string): v.InferOutput<T> {
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  // A union's own message ("expected Array | Object") hides which field failed: report the deepest issue of its first branch.
  let issue: v.BaseIssue<unknown> = result.issues[0]!;
  while (issue.issues?.length) issue = issue.issues[0]!;
  throw new InputError(`${where}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}

// ---- sec-xbrl-227/<TICKER>.json ----------------------------------------------------------------

const XbrlValue = v.object({
  value: Money,
  unit: v.string(),
  periodStart: v.nullish(IsoDay),
  periodEnd: IsoDay,
  fiscalYear: v.number(),
  fiscalPeriod: v.string(),
  form: v.string(),
  filedDate: IsoDay,
  accessionNumber: Accession,
  xbrlTag: v.string(),
  restated: v.boolean(),
  supersedes: v.nullable(v.object({ value: Money, filed: IsoDay, accn: Accession })),
});
export type XbrlValue = v.InferOutput<typeof XbrlValue>;

const Missing = v.object({ sourceStatus: v.literal('missing'), note: v.optional(v.string()) });

const Field = v.union([v.array(XbrlValue), Missing]);

export const BULK_FIELDS = ['revenue', 'netIncome', 'capex', 'buyback'] as const;
export type BulkField = (typeof BULK_FIELDS)[number];

const BulkFile = v.object({
  ticker: v.string(),
  cik: v.pipe(v.string(), v.regex(/^\d{1,10}$/, 'CIK must be digits')),
  entityName: v.string(),
  retrievedAt: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T/, 'must be an ISO timestamp')),
  fields: v.object({ revenue: Field, netIncome: Field, capex: Field, buyback: Field }),
});

export interface BulkCompany {
  ticker: string;
  cik: number;
  retrieved: string;
  fields: Record<BulkField, XbrlValue[]>;
}

export function readBulkSec(dir: string): BulkCompany[] {
  if (!existsSync(dir)) throw new InputError(`missing input folder: ${dir}`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new InputError(`no company files in ${dir}`);
  return files.map((file) => {
    const raw = parse(BulkFile, readJson(join(dir, file)), `${file}`);
    const fields = Object.fromEntries(
      BULK_FIELDS.map((f) => [f, Array.isArray(raw.fields[f]) ? raw.fields[f] : []]),
    ) as Record<BulkField, XbrlValue[]>;
    return { ticker: raw.ticker, cik: Number(raw.cik), retrieved: raw.retrievedAt.slice(0, 10), fields };
  });
}

// ---- xbrl/sec-annual-24.json -------------------------------------------------------------------

const NullableMoney = v.nullable(Money);
const Annual24Row = v.object({
  fiscal_year: v.number(),
  period_end: IsoDay,
  filed: IsoDay,
  revenue: NullableMoney,
  gross_profit: NullableMoney,
  operating_income: NullableMoney,
  net_income: NullableMoney,
  capex: NullableMoney,
  buybacks: NullableMoney,
  dividends_paid: NullableMoney,
  filing_accession: v.nullable(Accession),
});
export type Annual24Row = v.InferOutput<typeof Annual24Row>;

const Annual24 = v.object({
  companies: v.array(
    v.object({
      cik: v.number(),
      name: v.string(),
      ten_k_filings: v.array(v.object({ accession: Accession, filed: IsoDay, period: IsoDay })),
      annual: v.array(Annual24Row),
    }),
  ),
});
export type Annual24Company = v.InferOutput<typeof Annual24>['companies'][number];

export function readAnnual24(path: string): Annual24Company[] {
  return parse(Annual24, readJson(path), path).companies;
}

// ---- reference/sec-company-tickers-exchange.json -----------------------------------------------

const TickerList = v.object({
  fields: v.tuple([v.literal('cik'), v.literal('name'), v.literal('ticker'), v.literal('exchange')]),
  data: v.array(v.tuple([v.number(), v.string(), v.string(), v.nullable(v.string())])),
});

export interface SecListing {
  cik: number;
  name: string;
  ticker: string;
  exchange: string | null;
}

export function readSecTickers(path: string): SecListing[] {
  return parse(TickerList, readJson(path), path).data.map(([cik, name, ticker, exchange]) => ({ cik, name, ticker, exchange }));
}

// ---- layoffs-tracker.csv -----------------------------------------------------------------------

/** RFC 4180 fields: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (quoted) throw new InputError('unterminated quoted field');
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

export interface TrackerRow {
  line: number;
  company: string;
  date: string;
  jobs: number | null;
  share: number | null;
  stage: string;
  country: string;
  industry: string;
  url: string | null;
}

const TRACKER_COLUMNS = ['company', 'total_laid_off', 'date', 'percentage_laid_off', 'industry', 'source', 'stage', 'country'] as const;

function trackerDate(text: string, where: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) throw new InputError(`${where}: date "${text}" is not M/D/YYYY`);
  const iso = `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) throw new InputError(`${where}: "${text}" is not a calendar date`);
  return iso;
}

/** An empty cell, or a 0 (the tracker's placeholder for "not stated"), is unknown. */
function trackerNumber(text: string, where: string, max: number): number | null {
  if (!text.trim()) return null;
  const n = Number(text);
  if (n === 0) return null;
  if (!Number.isFinite(n) || n < 0 || n > max) throw new InputError(`${where}: "${text}" is not a number in [0, ${max}]`);
  return n;
}

export function readTracker(path: string): TrackerRow[] {
  if (!existsSync(path)) throw new InputError(`missing input: ${path}`);
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const col = Object.fromEntries(TRACKER_COLUMNS.map((name) => [name, header?.indexOf(name) ?? -1])) as Record<(typeof TRACKER_COLUMNS)[number], number>;
  const absent = TRACKER_COLUMNS.filter((name) => col[name] < 0);
  if (absent.length) throw new InputError(`${path}: missing column(s) ${absent.join(', ')}`);
  return rows
    .map((cells, i) => ({ cells, line: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim()))
    .map(({ cells, line }) => {
      const company = (cells[col.company] ?? '').trim();
      const where = `${path}:${line} (${company || 'no company'})`;
      if (!company) throw new InputError(`${where}: empty company name`);
      const url = (cells[col.source] ?? '').trim();
      const jobs = trackerNumber(cells[col.total_laid_off] ?? '', `${where} total_laid_off`, 1_000_000);
      return {
        line,
        company,
        date: trackerDate(cells[col.date] ?? '', where),
        jobs: jobs === null ? null : Math.round(jobs),
        share: trackerNumber(cells[col.percentage_laid_off] ?? '', `${where} percentage_laid_off`, 1),
        stage: (cells[col.stage] ?? '').trim(),
        country: (cells[col.country] ?? '').trim(),
        industry: (cells[col.industry] ?? '').trim(),
        url: /^https?:\/\/[^\s]+$/.test(url) ? url : null,
      };
    });
}
