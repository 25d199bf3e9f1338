// The shipped form of the dataset: each company's identity as plain fields (the detector needs
// them at once) and everything else as one JSON string, parsed only when the sidebar asks for that
// company. Sources are listed once per company and figures point at them; an SEC filing's URL is
// rebuilt from the CIK and accession. unpack(pack(c)) gives c back exactly (a unit test checks it).
import type { Company, Figure, LayoffAnnouncement, Source, TrackedLayoff } from './types';

/** [metric, period, value, unit, source index, tag, period_end, person, note]; trailing nulls dropped. */
type FigureRow = [Figure['metric'], string, number, Figure['unit'], number, ...(string | null)[]];
/** [date, jobs, share, url, as]; trailing nulls dropped. */
export type HistoryRow = [string, number | null, number | null, string | null, ...(string | null)[]];

/** A source as stored: an SEC filing's URL is left out and rebuilt from the CIK and accession. */
type StoredSource = Omit<Source, 'tag' | 'url'> & { url?: string };

interface Details {
  s: StoredSource[];
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
  companies: PackedCompany[];
}

const SEC_FILING = /^https:\/\/www\.sec\.gov\/Archives\/edgar\/data\/(\d+)\/(\d{18})\/$/;

function secUrl(cik: number | undefined, accession: string | undefined): string | undefined {
  return cik && accession ? `https://www.sec.gov/Archives/edgar/data/${cik}/${accession.replace(/-/g, '')}/` : undefined;
}

function trimNulls<T extends unknown[]>(row: T): T {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end) as T;
}

export function packHistory(rows: TrackedLayoff[]): HistoryRow[] {
  return rows.map((r) => trimNulls<HistoryRow>([r.date, r.jobs, r.share, r.url, r.as ?? null]));
}

export function unpackHistory(rows: HistoryRow[]): TrackedLayoff[] {
  return rows.map(([date, jobs = null, share = null, url = null, as]) => ({ date, jobs, share, url, ...(as ? { as } : {}) }));
}

export function packCompany(company: Company): PackedCompany {
  const { figures, layoffs, history, ...identity } = company;
  const sources: StoredSource[] = [];
  const index = new Map<string, number>();
  const rows = figures.map((f): FigureRow => {
    const { tag, ...source } = f.source;
    const { url, ...rest } = source;
    const stored = url === secUrl(company.cik, source.accession) && SEC_FILING.test(url) ? rest : source;
    const key = JSON.stringify(stored);
    if (!index.has(key)) index.set(key, sources.push(stored) - 1);
    return trimNulls<FigureRow>([f.metric, f.period, f.value, f.unit, index.get(key)!, tag ?? null, f.period_end ?? null, f.person ?? null, f.note ?? null]);
  });
  const details: Details = { s: sources, f: rows, l: layoffs, h: packHistory(history) };
  return { ...identity, details: JSON.stringify(details) };
}

export function unpackCompany(packed: PackedCompany): Company {
  const { details, ...identity } = packed;
  const { s, f, l, h }: Details = JSON.parse(details);
  const sources: Source[] = s.map(({ url, ...source }) => ({ url: url ?? secUrl(packed.cik, source.accession) ?? '', ...source }));
  const figures = f.map(([metric, period, value, unit, at, tag, periodEnd, person, note]): Figure => {
    const source = sources[at]!;
    return {
      metric,
      period,
      ...(periodEnd ? { period_end: periodEnd } : {}),
      value,
      unit,
      source: tag ? { ...source, tag } : source,
      ...(person ? { person } : {}),
      ...(note ? { note } : {}),
    };
  });
  return { ...identity, figures, layoffs: l, history: unpackHistory(h) };
}
