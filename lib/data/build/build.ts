// Builds the bundled dataset from the bulk inputs in ../shared/data and the curated additions in
// lib/data/curated/. Deterministic: the same inputs give byte-identical output. Problems (a
// contradiction, a unit or fiscal-year mismatch, a record that matches nothing) fail the build;
// choices it makes on its own (a restated value kept over the first report) are written into the
// figure's note and listed in `choices`.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeName } from '../names';
import { validateDataset } from '../schema';
import type { Company, Dataset, Figure, LayoffHistoryIndex, Metric } from '../types';
import { readCurated, type CompanyRecord, type Curated } from './curated';
import { anchorYear, fiscalLabel, isFullYear, durationDays, type FyNaming } from './fiscal-year';
import { buildHistory } from './history';
import {
  readAnnual24, readBulkSec, readSecTickers, readTracker, BULK_FIELDS,
  type Annual24Company, type BulkCompany, type BulkField, type SecListing, type TrackerRow, type XbrlValue,
} from './inputs';
import { filingUrl, kindOfForm } from './sec';
import { valueStatedIn } from '../snippet-check';

export interface BuildInputs {
  bulk: BulkCompany[];
  annual24: Annual24Company[];
  sec: SecListing[];
  tracker: TrackerRow[];
  curated: Curated;
}

export interface BuildResult {
  dataset: Dataset;
  history: LayoffHistoryIndex;
  problems: string[];
  /** Decisions the build made and recorded (restatements, preferred inputs, skipped values). */
  choices: string[];
  /** Tracker names kept apart or left out. */
  historyNotes: string[];
  /** Companies whose latest shipped year is older than the latest year in the inputs (should be none). */
  behind: string[];
}

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SHARED_DATA = join(ROOT, '../shared/data');
export const CURATED_DIR = join(ROOT, 'lib/data/curated');

export function readInputs(shared = SHARED_DATA, curatedDir = CURATED_DIR): BuildInputs {
  return {
    bulk: readBulkSec(join(shared, 'bulk/sec-xbrl-227')),
    annual24: readAnnual24(join(shared, 'xbrl/sec-annual-24.json')),
    sec: readSecTickers(join(shared, 'bulk/reference/sec-company-tickers-exchange.json')),
    tracker: readTracker(join(shared, 'bulk/layoffs-tracker.csv')),
    curated: readCurated(curatedDir),
  };
}

/** Fiscal years before this are not shipped: the sidebar shows the last few years. */
const FIRST_PERIOD_END = '2019-01-01';
/** Two inputs for one figure agree when they differ by at most this share. */
export const AGREE = 0.005;

const BULK_METRIC: Record<BulkField, Metric> = { revenue: 'revenue', netIncome: 'net_income', capex: 'capex', buyback: 'buybacks' };
const ANNUAL24_METRIC = {
  revenue: 'revenue', gross_profit: 'gross_profit', operating_income: 'operating_income', net_income: 'net_income',
  capex: 'capex', buybacks: 'buybacks', dividends_paid: 'dividends',
} as const satisfies Record<string, Metric>;

export const agrees = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= AGREE * Math.max(Math.abs(a), Math.abs(b));
const money = (n: number) => `$${Math.round(n / 1e6).toLocaleString('en-US')}M`;
/** Whether `rounded` is `exact` rounded to whole thousands or millions (not a restatement). */
const roundedTo = (exact: number, rounded: number): boolean =>
  [1e3, 1e6].some((unit) => rounded % unit === 0 && Math.round(exact / unit) * unit === rounded);
/** Two amounts in $M, or to the dollar when they round to the same $M (a small restatement). */
const moneyPair = (a: number, b: number): [string, string] =>
  money(a) === money(b) ? [`$${a.toLocaleString('en-US')}`, `$${b.toLocaleString('en-US')}`] : [money(a), money(b)];
const cellKey = (metric: string, period: string, person = '') => `${metric} ${period} ${person}`.trim();

interface Draft {
  record: CompanyRecord;
  namedBy: FyNaming;
  /** metric+period → figure, from the XBRL inputs. */
  bulk: Map<string, Figure>;
  curated: Figure[];
  /** The XBRL hint of how the company names its years: fiscalYear − calendar year, on its latest 10-K. */
  hint?: { offset: number; form: string; periodEnd: string };
  /** The end of the latest fiscal year any input has a value for. */
  lastPeriodEnd?: string;
}

function sawYear(draft: Draft, periodEnd: string): void {
  if (!draft.lastPeriodEnd || periodEnd > draft.lastPeriodEnd) draft.lastPeriodEnd = periodEnd;
}

function bulkFigures(draft: Draft, company: BulkCompany, problems: string[], choices: string[]): void {
  const id = draft.record.id;
  for (const field of BULK_FIELDS) {
    const metric = BULK_METRIC[field];
    const byEnd = new Map<string, XbrlValue>();
    for (const value of company.fields[field]) {
      if (value.fiscalPeriod !== 'FY') continue;
      const where = `${id} ${metric} (sec-xbrl-227/${company.ticker}.json, period ending ${value.periodEnd})`;
      if (value.unit !== 'USD') {
        problems.push(`${where}: unit ${value.unit}, expected USD`);
        continue;
      }
      if (!value.periodStart || !isFullYear(value.periodStart, value.periodEnd)) {
        const length = value.periodStart ? `${durationDays(value.periodStart, value.periodEnd)} days is not a fiscal year` : 'no period start, so not known to be a whole year';
        choices.push(`${where}: skipped, ${length}`);
        continue;
      }
      const held = byEnd.get(value.periodEnd);
      if (held && held.value !== value.value) {
        problems.push(`${where}: two values, ${held.value} (${held.accessionNumber}) and ${value.value} (${value.accessionNumber})`);
        continue;
      }
      byEnd.set(value.periodEnd, value);
      sawYear(draft, value.periodEnd);
    }
    const latest = [...byEnd.values()].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd)).at(-1);
    if (latest && (!draft.hint || latest.periodEnd > draft.hint.periodEnd)) {
      draft.hint = { offset: latest.fiscalYear - anchorYear(latest.periodEnd), form: latest.form, periodEnd: latest.periodEnd };
    }
    for (const value of byEnd.values()) {
      if (value.periodEnd < FIRST_PERIOD_END) continue;
      const kind = kindOfForm(value.form);
      if (!kind) {
        problems.push(`${id} ${metric} ending ${value.periodEnd}: form ${value.form} is not an annual report`);
        continue;
      }
      const period = fiscalLabel(value.periodEnd, draft.namedBy);
      let note: string | undefined;
      if (value.restated && value.supersedes && value.supersedes.value !== value.value) {
        const first = value.supersedes;
        const firstAt = `accession ${first.accn}, filed ${first.filed}`;
        if (roundedTo(first.value, value.value)) {
          // A later filing that reports in millions (or thousands) shows the same amount rounded.
          note = `The filing cited rounds this amount; the first report gave ${first.value} USD (${firstAt}).`;
          choices.push(`${id} ${metric} ${period}: a later filing rounds ${money(first.value)}; kept its figure, the exact first report is in the note`);
        } else {
          note = `As restated in the filing cited; first reported as ${first.value} USD (${firstAt}).`;
          const [kept, was] = moneyPair(value.value, first.value);
          choices.push(`${id} ${metric} ${period}: kept the restated ${kept} over the first-reported ${was}`);
        }
      }
      draft.bulk.set(cellKey(metric, period), {
        metric,
        period,
        period_end: value.periodEnd,
        value: value.value,
        unit: 'USD',
        source: {
          url: filingUrl(company.cik, value.accessionNumber),
          kind,
          ...(value.form !== kind ? { form: value.form } : {}),
          accession: value.accessionNumber,
          filed: value.filedDate,
          tag: value.xbrlTag,
          retrieved: company.retrieved,
        },
        ...(note ? { note } : {}),
      });
    }
  }
}

const ANNUAL24_RETRIEVED = '2026-09-08';

function annual24Figures(draft: Draft, company: Annual24Company, curated: Curated, problems: string[], choices: string[]): void {
  const id = draft.record.id;
  for (const row of company.annual) {
    sawYear(draft, row.period_end);
    if (row.period_end < FIRST_PERIOD_END) continue;
    const period = fiscalLabel(row.period_end, draft.namedBy);
    // The row's filing: the accession given, else the 10-K filed the day the row was filed.
    const accession = row.filing_accession ?? company.ten_k_filings.find((f) => f.filed === row.filed)?.accession;
    for (const [field, metric] of Object.entries(ANNUAL24_METRIC) as [keyof typeof ANNUAL24_METRIC, Metric][]) {
      const value = row[field];
      if (value === null) continue;
      const key = cellKey(metric, period);
      const held = draft.bulk.get(key);
      if (held) {
        if (agrees(held.value, value)) continue;
        const prefer = curated.prefers.find((p) => p.id === id && p.metric === metric && p.period === period);
        if (!prefer) {
          problems.push(`${id} ${metric} ${period}: sec-xbrl-227 says ${held.value}, sec-annual-24 says ${value}; add a "prefer" record`);
          continue;
        }
        choices.push(`${id} ${metric} ${period}: kept ${prefer.keep} (${prefer.why})`);
        if (prefer.keep === 'sec-xbrl-227') continue;
      }
      if (!accession) {
        // Keeping the other input's value instead would mix two bases in one series.
        if (held) draft.bulk.delete(key);
        choices.push(`${id} ${metric} ${period}: not shipped, sec-annual-24 gives no 10-K accession for the filing of ${row.filed}`);
        continue;
      }
      draft.bulk.set(key, {
        metric,
        period,
        period_end: row.period_end,
        value,
        unit: 'USD',
        source: { url: filingUrl(company.cik, accession), kind: '10-K', accession, filed: row.filed, retrieved: ANNUAL24_RETRIEVED },
      });
    }
  }
}

/** Curated XBRL years: like the 24-company file, but one record per company and year. */
function xbrlYearFigures(byId: Map<string, Draft>, curated: Curated, problems: string[]): void {
  for (const year of curated.xbrlYears) {
    const draft = byId.get(year.id);
    const where = `${year.id} (xbrl-year ending ${year.period_end})`;
    if (!draft || draft.record.cik === undefined) {
      problems.push(`${where}: no company record with a CIK`);
      continue;
    }
    sawYear(draft, year.period_end);
    const period = fiscalLabel(year.period_end, draft.namedBy);
    const kind = kindOfForm(year.form)!;
    for (const [field, value] of Object.entries(year.values) as [keyof typeof year.values, number][]) {
      const metric: Metric = field;
      const key = cellKey(metric, period);
      const held = draft.bulk.get(key);
      if (held && !agrees(held.value, value)) {
        problems.push(`${where}: ${metric} ${period} is ${value}, but another input says ${held.value}`);
        continue;
      }
      if (held) continue;
      draft.bulk.set(key, {
        metric,
        period,
        period_end: year.period_end,
        value,
        unit: 'USD',
        source: {
          url: filingUrl(draft.record.cik, year.accession),
          kind,
          ...(year.form !== kind ? { form: year.form } : {}),
          accession: year.accession,
          filed: year.filed,
          retrieved: year.retrieved,
        },
      });
    }
  }
}

function drafts(inputs: BuildInputs, problems: string[], choices: string[]): Map<string, Draft> {
  const { curated } = inputs;
  const byId = new Map<string, Draft>();
  const byCik = new Map<number, Draft>();
  for (const record of curated.companies) {
    if (byId.has(record.id)) problems.push(`${record.id}: two company records`);
    if ((record.ownership === 'partnership' || record.ownership === 'subsidiary') && !record.ownership_sources?.length) {
      problems.push(`${record.id}: a ${record.ownership} needs ownership_sources, the pages that say so`);
    }
    const draft: Draft = { record, namedBy: record.fy_named_by ?? 'end', bulk: new Map(), curated: [] };
    byId.set(record.id, draft);
    if (record.cik !== undefined) {
      if (byCik.has(record.cik)) problems.push(`${record.id}: CIK ${record.cik} is also ${byCik.get(record.cik)!.record.id}`);
      byCik.set(record.cik, draft);
    }
  }
  for (const company of inputs.bulk) {
    const hasAnnual = BULK_FIELDS.some((f) => company.fields[f].some((v) => v.fiscalPeriod === 'FY'));
    const draft = byCik.get(company.cik);
    if (!draft) {
      if (hasAnnual) problems.push(`sec-xbrl-227/${company.ticker}.json: CIK ${company.cik} has no company record in lib/data/curated`);
      else choices.push(`sec-xbrl-227/${company.ticker}.json: no annual values; not shipped`);
      continue;
    }
    bulkFigures(draft, company, problems, choices);
  }
  for (const company of inputs.annual24) {
    const draft = byCik.get(company.cik);
    if (!draft) problems.push(`sec-annual-24.json: ${company.name} (CIK ${company.cik}) has no company record in lib/data/curated`);
    else annual24Figures(draft, company, curated, problems, choices);
  }
  xbrlYearFigures(byId, curated, problems);
  return byId;
}

function checkNaming(draft: Draft, problems: string[]): void {
  const { hint, record, namedBy } = draft;
  if (!hint) return;
  const expected = namedBy === 'start' ? -1 : 0;
  if (hint.offset !== expected && !record.fy_naming_why) {
    problems.push(
      `${record.id}: its ${hint.form} for the year ending ${hint.periodEnd} calls it fiscal ${anchorYear(hint.periodEnd) + hint.offset}, ` +
        `but the record names years by their ${namedBy} (FY${anchorYear(hint.periodEnd) - (namedBy === 'start' ? 1 : 0)}); set fy_named_by or fy_naming_why`,
    );
  }
}

function applyCurated(byId: Map<string, Draft>, curated: Curated, problems: string[]): void {
  for (const drop of curated.drops) {
    const draft = byId.get(drop.id);
    if (!draft?.bulk.delete(cellKey(drop.metric, drop.period))) problems.push(`${drop.id}: drop of ${drop.metric} ${drop.period} matched no figure`);
  }
  for (const record of curated.figures) {
    const draft = byId.get(record.id);
    const where = `${record.id} ${record.metric} ${record.period}`;
    if (!draft) {
      problems.push(`${where}: no company record`);
      continue;
    }
    if (record.period_end && fiscalLabel(record.period_end, draft.namedBy) !== record.period) {
      problems.push(`${where}: the year ending ${record.period_end} is ${fiscalLabel(record.period_end, draft.namedBy)} by ${record.id}'s naming`);
    }
    const key = cellKey(record.metric, record.period, record.person);
    const bulk = draft.bulk.get(cellKey(record.metric, record.period));
    if (bulk && !record.replaces_bulk) {
      problems.push(`${where}: the XBRL inputs already hold ${bulk.value}; set replaces_bulk to say why ${record.value} is right, or remove the record`);
      continue;
    }
    if (bulk) draft.bulk.delete(cellKey(record.metric, record.period));
    if (draft.curated.some((f) => cellKey(f.metric, f.period, f.person) === key)) {
      problems.push(`${where}: two curated figures`);
      continue;
    }
    if (!valueStatedIn(record.source.snippet, record.value, record.unit)) {
      problems.push(`${where}: ${record.value} is not printed in its snippet`);
      continue;
    }
    const { do: _do, id: _id, replaces_bulk: _r, read_from: _f, source, ...figure } = record;
    const { retrieved, ...cite } = source;
    draft.curated.push({ ...figure, source: { ...cite, retrieved } });
  }
  pvpYearFigures(byId, curated, problems);
}

/** CEO pay from proxies' pay-versus-performance XBRL: one person's total for one fiscal year. */
function pvpYearFigures(byId: Map<string, Draft>, curated: Curated, problems: string[]): void {
  for (const year of curated.pvpYears) {
    const draft = byId.get(year.id);
    const where = `${year.id} (pvp-year ending ${year.period_end}, ${year.person})`;
    if (!draft || draft.record.cik === undefined) {
      problems.push(`${where}: no company record with a CIK`);
      continue;
    }
    // A proxy reports years that have ended; its table covers the last three to five.
    if (year.filed <= year.period_end) {
      problems.push(`${where}: filed ${year.filed}, before the year it reports ended`);
      continue;
    }
    const period = fiscalLabel(year.period_end, draft.namedBy);
    const key = cellKey('ceo_total_comp', period, year.person);
    if (draft.curated.some((f) => cellKey(f.metric, f.period, f.person) === key)) {
      problems.push(`${where}: two curated figures for ceo_total_comp ${period} ${year.person}`);
      continue;
    }
    draft.curated.push({
      metric: 'ceo_total_comp',
      period,
      period_end: year.period_end,
      value: year.value,
      unit: 'USD',
      person: year.person,
      ...(year.note ? { note: year.note } : {}),
      source: {
        url: filingUrl(draft.record.cik, year.accession),
        kind: 'DEF 14A',
        accession: year.accession,
        filed: year.filed,
        tag: year.tag,
        retrieved: year.retrieved,
      },
    });
  }
}

const metricOrder = (a: Figure, b: Figure) => a.metric.localeCompare(b.metric) || a.period.localeCompare(b.period) || (a.person ?? '').localeCompare(b.person ?? '');

function toCompany(draft: Draft, inputs: BuildInputs, history: ReturnType<typeof buildHistory>, problems: string[]): Company | null {
  const { record } = draft;
  const figures = [...draft.bulk.values(), ...draft.curated].sort(metricOrder);
  const ends = figures.map((f) => f.period_end).filter((d): d is string => Boolean(d)).sort();
  const fiscalYearEnd = ends.at(-1)?.slice(5) ?? record.fiscal_year_end;
  if (!fiscalYearEnd) {
    problems.push(`${record.id}: no fiscal year end (no dated figure and no fiscal_year_end in its record)`);
    return null;
  }
  const layoffs = inputs.curated.layoffs
    .filter((l) => l.id === record.id)
    .map(({ do: _do, id: _id, source, ...l }) => ({ ...l, source: { ...source, kind: 'news' as const } }))
    .sort((a, b) => b.announced.localeCompare(a.announced));
  return {
    id: record.id,
    name: record.name,
    short: record.short,
    aliases: record.aliases,
    ambiguous_aliases: record.ambiguous_aliases,
    tickers: record.tickers,
    ...(record.cik !== undefined ? { cik: record.cik } : {}),
    ...(record.country ? { country: record.country } : {}),
    ...(record.sites ? { sites: record.sites } : {}),
    fiscal_year_end: fiscalYearEnd,
    fy_named_by: draft.namedBy,
    ...(record.ceo ? { ceo: record.ceo } : {}),
    ...(record.parent ? { parent: record.parent } : {}),
    ...(record.workforce ? { workforce: record.workforce } : {}),
    ...(record.ownership ? { ownership: record.ownership } : {}),
    figures,
    layoffs,
    history: history.byCompany.get(record.id) ?? [],
    ...(record.notes ? { notes: record.notes } : {}),
  };
}

/** The dataset's date: the newest date any of its values was read. */
function generatedDate(companies: Company[]): string {
  return companies.flatMap((c) => [...c.figures.map((f) => f.source.retrieved), ...c.layoffs.map((l) => l.source.retrieved)]).sort().at(-1) ?? '1970-01-01';
}

export function buildDataset(inputs: BuildInputs): BuildResult {
  const problems: string[] = [];
  const choices: string[] = [];
  const byId = drafts(inputs, problems, choices);
  for (const draft of byId.values()) checkNaming(draft, problems);
  applyCurated(byId, inputs.curated, problems);
  for (const layoff of inputs.curated.layoffs) if (!byId.has(layoff.id)) problems.push(`${layoff.id}: layoff record for an unknown company`);

  const named = [...byId.values()].map(({ record }) => ({
    id: record.id,
    short: record.short,
    names: [record.short, record.name, ...record.aliases, ...record.ambiguous_aliases, ...(record.tracker_names ?? [])],
  }));
  const history = buildHistory(inputs.tracker, named, inputs.sec, new Set(inputs.curated.unlinks.map((u) => normalizeName(u.name))));
  problems.push(...history.problems);

  const companies = [...byId.values()]
    .map((draft) => toCompany(draft, inputs, history, problems))
    .filter((c): c is Company => c !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
  const behind = [...byId.values()].flatMap(({ record, lastPeriodEnd }) => {
    const shipped = companies.find((c) => c.id === record.id)?.figures.map((f) => f.period_end ?? '').sort().at(-1) ?? '';
    return lastPeriodEnd && shipped < lastPeriodEnd ? [`${record.id}: latest year in the inputs ends ${lastPeriodEnd}, shipped ${shipped || 'none'}`] : [];
  });
  const generated = generatedDate(companies);
  const dataset: Dataset = { generated, companies };
  const result = validateDataset(dataset);
  if (!result.ok) problems.push(...result.issues);
  return { dataset, history: { generated, entries: history.entries }, problems, choices, historyNotes: history.notes, behind };
}
