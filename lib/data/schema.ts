// The dataset's validator. Runs in the build (data:check) and the tests, never in the extension.
// Field rules live in the valibot schema; rules that span records (unique ids and aliases,
// ordinary-word aliases, one value per metric and period, primary sources only) are checked after it.
import * as v from 'valibot';
import { isOrdinaryWord } from './ordinary-words';
import { notPrimary } from './source-kinds';
import { CURRENCIES, METRICS, OWNERSHIPS, SOURCE_KINDS, UNITS, type Company, type Dataset, type Metric } from './types';

/** Metrics that cannot be below zero (losses are only possible for profit lines). */
const NON_NEGATIVE: ReadonlySet<Metric> = new Set([
  'revenue', 'capex', 'buybacks', 'dividends', 'headcount', 'ceo_total_comp', 'median_employee_pay', 'ai_capex_commitment',
]);

function isCalendarDate(text: string): boolean {
  const [y, m = 1, d = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'), v.check(isCalendarDate, 'not a calendar date'));
/** Announcements are sometimes known only to the month or year: ISO 8601 reduced precision. */
const IsoDayMonthOrYear = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'), v.check(isCalendarDate, 'not a calendar date'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const FiniteNumber = v.pipe(v.number(), v.finite('must be a finite number'));

const SourceSchema = v.pipe(
  v.object({
    url: v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be http(s)')),
    kind: v.picklist(SOURCE_KINDS),
    form: v.optional(NonEmpty),
    accession: v.optional(v.pipe(v.string(), v.regex(/^\d{10}-\d{2}-\d{6}$/, 'accession must look like 0001018724-26-000004'))),
    filed: v.optional(IsoDay),
    tag: v.optional(v.pipe(v.string(), v.regex(/^[\w-]+:\w+$/, 'tag must look like us-gaap:Revenues'))),
    retrieved: IsoDay,
    snippet: v.optional(v.pipe(NonEmpty, v.maxLength(300, 'snippet longer than 300 characters'))),
  }),
  // A value is checkable: either the words on the page that state it, or the XBRL tag in a named filing.
  v.check((s) => Boolean(s.snippet) || Boolean(s.tag && s.accession) || Boolean(s.accession && s.filed), 'a source needs a snippet, or an accession with its filing date'),
);

/** "FY2024", "FY2025-Q2", "FY2026-9M", "2025-Q2", "2025-H1", or a month for point-in-time counts ("2023-04"). */
const PERIOD = /^(FY)?\d{4}(-(Q[1-4]|H[12]|9M))?$|^\d{4}-(0[1-9]|1[0-2])$/;

function unitFits(metric: Metric, unit: string): boolean {
  if (metric === 'gross_margin' || metric === 'operating_margin') return unit === 'percent';
  if (metric === 'headcount') return unit === 'people';
  if (metric === 'ceo_pay_ratio') return unit === 'ratio';
  return (CURRENCIES as readonly string[]).includes(unit);
}

const FigureSchema = v.pipe(
  v.object({
    metric: v.picklist(METRICS),
    period: v.pipe(v.string(), v.regex(PERIOD, 'period must look like FY2024, FY2025-Q2, 2025-H1 or 2023-04')),
    period_end: v.optional(IsoDay),
    value: FiniteNumber,
    unit: v.picklist(UNITS),
    source: SourceSchema,
    person: v.optional(NonEmpty),
    note: v.optional(v.string()),
  }),
  v.check((f) => unitFits(f.metric, f.unit), (i) => `unit ${i.input.unit} does not fit metric ${i.input.metric}`),
  v.check((f) => f.unit !== 'percent' || (f.value >= -100 && f.value <= 100), 'a percentage must lie between -100 and 100'),
  v.check((f) => !NON_NEGATIVE.has(f.metric) || f.value >= 0, (i) => `${i.input.metric} cannot be negative`),
  v.check((f) => f.metric !== 'headcount' || Number.isInteger(f.value), 'headcount must be a whole number'),
  v.check((f) => f.metric !== 'ceo_pay_ratio' || f.value > 0, 'a pay ratio must be above 0'),
  v.check((f) => f.metric !== 'ceo_total_comp' || f.person !== undefined, 'CEO pay must name the person it belongs to'),
  // The proxy's pay-versus-performance table also tags "compensation actually paid": not CEO pay here.
  v.check((f) => f.metric !== 'ceo_total_comp' || !f.source.tag || f.source.tag === 'ecd:PeoTotalCompAmt', 'CEO pay from XBRL must be ecd:PeoTotalCompAmt (the Summary Compensation Table total)'),
);

const LayoffSchema = v.object({
  announced: IsoDayMonthOrYear,
  jobs: v.nullable(v.pipe(FiniteNumber, v.integer('must be whole'), v.minValue(1, 'must be positive'))),
  share_of_workforce: v.nullable(v.pipe(FiniteNumber, v.gtValue(0, 'must be above 0'), v.maxValue(1, 'is a share: at most 1'))),
  ai_link: NonEmpty,
  ai_link_kind: v.picklist(['company', 'executive', 'reporting', 'denied']),
  source: SourceSchema,
});

const TrackedSchema = v.object({
  date: IsoDay,
  jobs: v.nullable(v.pipe(FiniteNumber, v.integer('must be whole'), v.minValue(1, 'must be positive'))),
  share: v.nullable(v.pipe(FiniteNumber, v.gtValue(0, 'must be above 0'), v.maxValue(1, 'is a share: at most 1'))),
  url: v.nullable(v.pipe(v.string(), v.url('must be a URL'))),
  as: v.optional(NonEmpty),
});

const CompanySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be a lowercase slug')),
  name: NonEmpty,
  short: NonEmpty,
  aliases: v.array(NonEmpty),
  ambiguous_aliases: v.array(NonEmpty),
  tickers: v.array(v.pipe(v.string(), v.regex(/^[A-Z]+:[A-Z0-9.-]+$/, 'ticker must look like NASDAQ:AMZN'))),
  cik: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  country: v.optional(NonEmpty),
  sites: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a host name, like ir.example.com')))),
  fiscal_year_end: v.pipe(v.string(), v.regex(/^\d{2}-\d{2}$/, 'must be MM-DD'), v.check((t) => isCalendarDate(`2024-${t}`), 'not a calendar day')),
  fy_named_by: v.picklist(['end', 'start']),
  ceo: v.optional(NonEmpty),
  parent: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'parent must be a company id'))),
  workforce: v.optional(v.literal('frontline')),
  ownership: v.optional(v.picklist(OWNERSHIPS)),
  figures: v.array(FigureSchema),
  layoffs: v.array(LayoffSchema),
  history: v.array(TrackedSchema),
  notes: v.optional(v.string()),
});

const DatasetSchema = v.object({ generated: IsoDay, companies: v.array(CompanySchema) });

/** Every name a company is recognised by, lower-cased: a ticker counts by its symbol. */
function namesOf(c: Company): string[] {
  return [c.short, ...c.aliases, ...c.ambiguous_aliases, ...c.tickers.map((t) => t.split(':')[1]!)].map((n) => n.toLowerCase());
}

function crossRecordIssues(dataset: Dataset): string[] {
  const issues: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const c of dataset.companies) {
    if (ids.has(c.id)) issues.push(`${c.id}: duplicate company id`);
    ids.add(c.id);

    const listed = [...c.aliases, ...c.ambiguous_aliases].map((a) => a.toLowerCase());
    for (const dup of listed.filter((a, i) => listed.indexOf(a) !== i)) issues.push(`${c.id}: alias "${dup}" listed twice`);
    for (const a of c.aliases.filter(isOrdinaryWord)) issues.push(`${c.id}: alias "${a}" is an ordinary word; list it in ambiguous_aliases`);

    for (const name of new Set(namesOf(c))) {
      const other = owner.get(name);
      if (other && other !== c.id) issues.push(`${c.id}: alias "${name}" also names ${other}`);
      owner.set(name, c.id);
    }

    if (c.cik === undefined && !c.country) issues.push(`${c.id}: a company that does not file with the SEC needs its country`);
    if (c.ownership === 'private' && (c.cik !== undefined || c.figures.length)) issues.push(`${c.id}: a private company publishes no accounts, so it has no CIK or figures`);
    // A subsidiary's results are its owner's: it shows none, and never its owner's as its own.
    if (c.ownership && c.ownership !== 'private' && c.figures.length) issues.push(`${c.id}: a ${c.ownership} has no figures of its own here`);
    if ((c.ownership === 'subsidiary') !== (c.parent !== undefined)) issues.push(`${c.id}: a subsidiary, and only a subsidiary, names its parent`);

    // One value per cell: two figures for the same metric, period and person are a contradiction to settle.
    const cells = new Set<string>();
    for (const f of c.figures) {
      const why = notPrimary(f.source, c.sites);
      if (why) issues.push(`${c.id} ${f.metric} ${f.period}: ${why}`);
      const cell = `${f.metric} ${f.period} ${f.person ?? ''}`;
      if (cells.has(cell)) issues.push(`${c.id}: two figures for ${cell.trim()}`);
      cells.add(cell);
    }
  }
  // The owner is another dataset company, and not itself a subsidiary: one step from the cutter to who owns it.
  const byId = new Map(dataset.companies.map((c) => [c.id, c]));
  for (const c of dataset.companies) {
    if (c.parent === undefined) continue;
    const parent = byId.get(c.parent);
    if (!parent || parent === c) issues.push(`${c.id}: parent ${c.parent} is not another company in the dataset`);
    else if (parent.parent !== undefined) issues.push(`${c.id}: parent ${c.parent} is itself a subsidiary; name the owner at the top`);
  }
  return issues;
}

export function validateDataset(raw: unknown): { ok: true; dataset: Dataset } | { ok: false; issues: string[] } {
  const parsed = v.safeParse(DatasetSchema, raw);
  if (!parsed.success) return { ok: false, issues: parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`) };
  const dataset: Dataset = parsed.output;
  const issues = crossRecordIssues(dataset);
  return issues.length ? { ok: false, issues } : { ok: true, dataset };
}
