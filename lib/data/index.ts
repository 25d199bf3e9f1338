// The bundled dataset and cheap lookups over it. No validation here: the build (data:check)
// and the unit tests validate companies.json, so the extension only reads it.
import raw from './companies.json';
import type { Company, CompanyIdentity, Dataset, Figure, Metric } from './types';

export const dataset: Dataset = raw as Dataset;

const byId = new Map(dataset.companies.map((c) => [c.id, c]));

export function getCompany(id: string): Company | undefined {
  return byId.get(id);
}

/** Names only, for the detector: no figures or layoffs. */
export function companyIdentities(): CompanyIdentity[] {
  return dataset.companies.map(({ id, name, short, aliases, ambiguous_aliases, tickers }) => ({
    id, name, short, aliases, ambiguous_aliases, tickers,
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
