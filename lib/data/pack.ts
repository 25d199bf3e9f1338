// The shipped form of the dataset, and the one place that knows it: each company's identity as
// plain fields (the detector needs them at once) and everything else as one JSON string, parsed
// only when the sidebar asks for that company. To keep the files small, what repeats is written
// once: sources once per company (figures point at them), and metrics, units, source kinds, XBRL
// tags, read dates and the news sites of tracker rows once per file, in tables the rows index.
// An SEC filing's URL is rebuilt from the CIK and accession, a fiscal year's end from the
// company's fiscal_year_end where it matches, and big round numbers are written with an exponent
// (5038e5). unpack(pack(c)) gives c back exactly (a unit test checks every company).
import type { Company, Figure, HistoryEntry, LayoffAnnouncement, Source, TrackedLayoff } from './types';

/** The values rows point at by index, listed once per file. */
export interface Tables {
  metric: Figure['metric'][];
  unit: Figure['unit'][];
  kind: Source['kind'][];
  tag: string[];
  /** Dates sources were read on. */
  day: string[];
  /** Origins ("https://techcrunch.com") of the news pages tracker rows cite. */
  site: string[];
}

/**
 * [metric, period, value, source, unit, tag, period_end, person, note], trailing nulls dropped.
 * Metric, unit and tag are table indexes; period is the year for "FY<year>"; period_end is null
 * when it is the company's fiscal_year_end in that year, 0 when the figure has none.
 */
type FigureRow = [number, number | string, number, number, number, ...(number | string | null)[]];
/** [kind, day, accession, filed, form, snippet, url], trailing nulls dropped; an SEC filing's url is left out. */
type SourceRow = [number, number, ...(string | null)[]];
/** [date, jobs, share, site, rest of the url, as], trailing nulls dropped; site null keeps the whole url in the next slot. */
export type HistoryRow = [string, number | null, number | null, ...(number | string | null)[]];

interface Details {
  s: SourceRow[];
  f: FigureRow[];
  l: LayoffAnnouncement[];
  h: HistoryRow[];
}

export interface PackedCompany extends Omit<Company, 'figures' | 'layoffs' | 'history'> {
  /** Figures, layoffs and history: a JSON string of Details. */
  details: string;
}

export interface PackedDataset {
  generated: string;
  tables: Tables;
  companies: PackedCompany[];
}

/** A history index entry as stored: [name, rows, id, cik, country], trailing nulls dropped. */
export type PackedHistoryEntry = [string, HistoryRow[], ...(string | number | null)[]];

export interface PackedHistory {
  generated: string;
  site: string[];
  entries: Record<string, PackedHistoryEntry>;
}

const SEC_FILING = /^https:\/\/www\.sec\.gov\/Archives\/edgar\/data\/(\d+)\/(\d{18})\/$/;
const ORIGIN = /^(https?:\/\/[^/?#]+)(.*)$/;
const FISCAL_YEAR = /^FY(\d{4})$/;

function secUrl(cik: number | undefined, accession: string | undefined): string | undefined {
  return cik && accession ? `https://www.sec.gov/Archives/edgar/data/${cik}/${accession.replace(/-/g, '')}/` : undefined;
}

/** The end of a fiscal year named "FY<year>" when it ends on the company's fiscal_year_end. */
function yearEnd(period: string, company: Pick<Company, 'fiscal_year_end' | 'fy_named_by'>): string | undefined {
  const year = FISCAL_YEAR.exec(period)?.[1];
  return year ? `${Number(year) + (company.fy_named_by === 'start' ? 1 : 0)}-${company.fiscal_year_end}` : undefined;
}

function trimNulls<T extends unknown[]>(row: T): T {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end) as T;
}

/** JSON, with integers ending in three or more zeros written with an exponent (1848000 → 1848e3). */
export function compactJson(value: unknown): string {
  if (typeof value === 'number') {
    const m = /^(-?\d+?)(0{3,})$/.exec(String(value));
    return m ? `${m[1]}e${m[2]!.length}` : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(compactJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const fields = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${compactJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A value's index in its table; the tables list every value (datasetTables), so a miss is a bug. */
function indexer(table: string[], name: string): (value: string) => number {
  const at = new Map(table.map((v, i) => [v, i]));
  return (value) => {
    const i = at.get(value);
    if (i === undefined) throw new Error(`pack: ${JSON.stringify(value)} is not in the ${name} table`);
    return i;
  };
}

/** Values in order of how often they occur (most first, then alphabetically), so the common ones get the short indexes. */
function byFrequency(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

function siteOf(url: string | null): string[] {
  const origin = url ? ORIGIN.exec(url)?.[1] : undefined;
  return origin ? [origin] : [];
}

/** The site table for a file's tracker rows. */
export function siteTable(rows: TrackedLayoff[]): string[] {
  return byFrequency(rows.flatMap((r) => siteOf(r.url)));
}

/** Tables for a whole dataset: each list in a fixed order, so a rebuild writes the same bytes. */
export function datasetTables(companies: Company[]): Tables {
  const figures = companies.flatMap((c) => c.figures);
  return {
    metric: byFrequency(figures.map((f) => f.metric)) as Tables['metric'],
    unit: byFrequency(figures.map((f) => f.unit)) as Tables['unit'],
    kind: byFrequency(figures.map((f) => f.source.kind)) as Tables['kind'],
    tag: byFrequency(figures.flatMap((f) => (f.source.tag ? [f.source.tag] : []))),
    day: byFrequency(figures.map((f) => f.source.retrieved)),
    site: siteTable(companies.flatMap((c) => c.history)),
  };
}

export function packHistory(rows: TrackedLayoff[], site: string[]): HistoryRow[] {
  const siteIndex = new Map(site.map((s, i) => [s, i]));
  return rows.map((r) => {
    const origin = siteOf(r.url)[0];
    const at = origin === undefined ? undefined : siteIndex.get(origin);
    const url = at === undefined ? [null, r.url] : [at, r.url!.slice(origin!.length)];
    return trimNulls<HistoryRow>([r.date, r.jobs, r.share, ...url, r.as ?? null]);
  });
}

export function unpackHistory(rows: HistoryRow[], site: string[]): TrackedLayoff[] {
  return rows.map(([date, jobs = null, share = null, at = null, rest = null, as]) => ({
    date,
    jobs,
    share,
    url: typeof at === 'number' ? site[at] + (rest as string) : (rest as string | null),
    ...(as ? { as: as as string } : {}),
  }));
}

export function packCompany(company: Company, tables: Tables): PackedCompany {
  const { figures, layoffs, history, ...identity } = company;
  const [metric, unit, kind, tag, day] = (['metric', 'unit', 'kind', 'tag', 'day'] as const).map((k) => indexer(tables[k], k));
  const sources: SourceRow[] = [];
  const sourceIndex = new Map<string, number>();
  const rows = figures.map((f): FigureRow => {
    const { tag: sourceTag, url, ...s } = f.source;
    const sec = url === secUrl(company.cik, s.accession) && SEC_FILING.test(url);
    const row = trimNulls<SourceRow>([kind!(s.kind), day!(s.retrieved), s.accession ?? null, s.filed ?? null, s.form ?? null, s.snippet ?? null, sec ? null : url]);
    const key = JSON.stringify(row);
    if (!sourceIndex.has(key)) sourceIndex.set(key, sources.push(row) - 1);
    const periodEnd = f.period_end === undefined ? 0 : f.period_end === yearEnd(f.period, company) ? null : f.period_end;
    const period = FISCAL_YEAR.test(f.period) ? Number(f.period.slice(2)) : f.period;
    return trimNulls<FigureRow>([
      metric!(f.metric), period, f.value, sourceIndex.get(key)!, unit!(f.unit),
      sourceTag ? tag!(sourceTag) : null, periodEnd, f.person ?? null, f.note ?? null,
    ]);
  });
  const details: Details = { s: sources, f: rows, l: layoffs, h: packHistory(history, tables.site) };
  return { ...identity, details: compactJson(details) };
}

export function unpackCompany(packed: PackedCompany, tables: Tables): Company {
  const { details, ...identity } = packed;
  const { s, f, l, h }: Details = JSON.parse(details);
  const sources = s.map(([kind, day, accession, filed, form, snippet, url]): Source => ({
    url: url ?? secUrl(packed.cik, accession ?? undefined) ?? '',
    kind: tables.kind[kind]!,
    ...(form ? { form } : {}),
    ...(accession ? { accession } : {}),
    ...(filed ? { filed } : {}),
    retrieved: tables.day[day]!,
    ...(snippet ? { snippet } : {}),
  }));
  const figures = f.map(([metric, year, value, at, unit, tag, periodEnd = null, person, note]): Figure => {
    const source = sources[at]!;
    const period = typeof year === 'number' ? `FY${year}` : year;
    const end = periodEnd === 0 ? undefined : ((periodEnd as string | null) ?? yearEnd(period, packed));
    return {
      metric: tables.metric[metric]!,
      period,
      ...(end ? { period_end: end } : {}),
      value,
      unit: tables.unit[unit]!,
      source: typeof tag === 'number' ? { ...source, tag: tables.tag[tag]! } : source,
      ...(person ? { person: person as string } : {}),
      ...(note ? { note: note as string } : {}),
    };
  });
  return { ...identity, figures, layoffs: l, history: unpackHistory(h, tables.site) };
}

export function packHistoryEntry(entry: HistoryEntry, site: string[]): PackedHistoryEntry {
  return trimNulls<PackedHistoryEntry>([entry.name, packHistory(entry.rows, site), entry.id ?? null, entry.cik ?? null, entry.country ?? null]);
}

export function unpackHistoryEntry([name, rows, id, cik, country]: PackedHistoryEntry, site: string[]): HistoryEntry {
  return {
    name,
    ...(id ? { id: id as string } : {}),
    ...(cik ? { cik: cik as number } : {}),
    ...(country ? { country: country as string } : {}),
    rows: unpackHistory(rows, site),
  };
}
