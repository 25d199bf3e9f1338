// The bundled dataset and cheap lookups over it. No validation here: the build (data:check) and
// the unit tests validate it, so the extension only reads it. A company's figures are unpacked the
// first time it is asked for (pack.ts), so loading the background costs only the identities.
import packed from './companies.json';
import historyIndex from './layoff-history.json';
import { normalizeName } from './names';
import { unpackCompany, unpackHistoryEntry, type PackedDataset, type PackedHistory } from './pack';
import type { Company, CompanyIdentity, Dataset, Figure, Metric, TrackedLayoff } from './types';

// Cast through unknown: the JSON's inferred literal type is huge and not worth checking twice.
const data = packed as unknown as PackedDataset;
const history = historyIndex as unknown as PackedHistory;

const packedById = new Map(data.companies.map((c) => [c.id, c]));
const unpacked = new Map<string, Company>();

export const generated: string = data.generated;
/** How many company names the layoff-history index holds. */
export const historyNames: number = Object.keys(history.entries).length;

export function getCompany(id: string): Company | undefined {
  let company = unpacked.get(id);
  if (!company) {
    const raw = packedById.get(id);
    if (!raw) return undefined;
    unpacked.set(id, (company = unpackCompany(raw, data.tables)));
  }
  return company;
}

/** A company's names as a page may give them: the name found, and the dataset's for it. */
export function companyNames(name: string, datasetId?: string | null): string[] {
  const c = datasetId ? getCompany(datasetId) : undefined;
  return c ? [name, c.name, c.short, ...c.aliases] : [name];
}

/** Every company, unpacked: for the CLIs and tests, not the extension. */
export function loadDataset(): Dataset {
  return { generated, companies: data.companies.map((c) => getCompany(c.id)!) };
}

/** Names only, for the detector: no figures or layoffs. */
export function companyIdentities(): CompanyIdentity[] {
  return data.companies.map(({ id, name, short, aliases, ambiguous_aliases, tickers, cik, country, ceo, parent }) => ({
    id, name, short, aliases, ambiguous_aliases, tickers,
    ...(cik !== undefined ? { cik } : {}),
    ...(country ? { country } : {}),
    ...(ceo ? { ceo } : {}),
    ...(parent ? { parent } : {}),
  }));
}

/** Sort key: fiscal year, then the part within it ("FY2024" before "FY2025-Q1"; a whole year after its quarters). */
function periodKey(period: string): string {
  const [year, part] = period.replace(/^FY/, '').split('-');
  return `${year}-${part ?? 'Z'}`;
}

/** A company's figures for one metric, oldest period first. */
export function figures(company: Company, metric: Metric): Figure[] {
  return company.figures
    .filter((f) => f.metric === metric)
    .sort((a, b) => periodKey(a.period).localeCompare(periodKey(b.period)));
}

let names: Map<string, string> | null = null;

/** Every name of a dataset company, normalised → its id (built on first use). */
function datasetNames(): Map<string, string> {
  names ??= new Map(
    data.companies.flatMap((c) => [c.short, c.name, ...c.aliases, ...c.ambiguous_aliases].map((n): [string, string] => [normalizeName(n), c.id])),
  );
  return names;
}

export interface LayoffHistory {
  /** The company's name: the dataset's short name, or the tracker's. */
  name: string;
  /** The dataset company, when the name is one of them. */
  id?: string;
  cik?: number;
  country?: string;
  /** Reported layoffs, newest first. Each is a news report the tracker cites, not a company figure. */
  rows: TrackedLayoff[];
}

/**
 * Earlier layoffs of any company in the layoff tracker, by dataset id or by name ("Klarna",
 * "Amazon.com, Inc."): case, accents and legal suffixes do not matter. Null when the tracker has
 * none, or when two different companies share the name.
 */
export function layoffHistory(nameOrId: string): LayoffHistory | null {
  const company = getCompany(nameOrId) ?? getCompany(datasetNames().get(normalizeName(nameOrId)) ?? '');
  if (company) return { name: company.short, id: company.id, ...(company.cik ? { cik: company.cik } : {}), rows: company.history };
  const packedEntry = history.entries[normalizeName(nameOrId)];
  if (!packedEntry) return null;
  const entry = unpackHistoryEntry(packedEntry, history.site);
  const owner = entry.id ? getCompany(entry.id) : undefined;
  if (owner) return { name: owner.short, id: owner.id, ...(owner.cik ? { cik: owner.cik } : {}), rows: owner.history };
  return {
    name: entry.name,
    ...(entry.cik ? { cik: entry.cik } : {}),
    ...(entry.country ? { country: entry.country } : {}),
    rows: entry.rows,
  };
}
