// Earlier layoffs from the community tracker: each dataset company's rows, and a name index for
// every other company in the tracker (private, non-US, without figures). Tracker rows are news
// reports, so they stay a list of reported cuts, never figures.
//
// Merging is careful: rows of one name are one company unless they differ in both country and
// industry (then the name is left out of the index: two companies of one name); a dataset company
// takes only rows whose stage says the company is listed (or was acquired), never a startup's
// rows of the same name; a CIK is attached only when the SEC list has exactly one filer of that name.
import { normalizeName } from '../names';
import type { HistoryEntry, TrackedLayoff } from '../types';
import type { SecListing, TrackerRow } from './inputs';

const LISTED_STAGES = new Set(['Post-IPO', 'Acquired', 'Subsidiary', 'Unknown', '']);

export interface NamedCompany {
  id: string;
  short: string;
  names: string[];
}

export interface HistoryResult {
  byCompany: Map<string, TrackedLayoff[]>;
  entries: Record<string, HistoryEntry>;
  /** Names left out or rows kept apart, and why: for the report. */
  notes: string[];
  problems: string[];
}

const newestFirst = (a: TrackedLayoff, b: TrackedLayoff) => b.date.localeCompare(a.date) || (b.jobs ?? 0) - (a.jobs ?? 0);

function toLayoff(row: TrackerRow, as: string | null): TrackedLayoff {
  return { date: row.date, jobs: row.jobs, share: row.share, url: row.url, ...(as ? { as } : {}) };
}

/** Two companies share a name when their rows differ in both country and industry. */
function looksLikeTwoCompanies(rows: TrackerRow[]): boolean {
  const countries = new Set(rows.map((r) => r.country));
  const industries = new Set(rows.map((r) => r.industry));
  if (countries.size < 2 || industries.size < 2) return false;
  // Different industries in different countries: some country pair must not share an industry.
  const byCountry = new Map<string, Set<string>>();
  for (const r of rows) byCountry.set(r.country, (byCountry.get(r.country) ?? new Set()).add(r.industry));
  const sets = [...byCountry.values()];
  return sets.some((a, i) => sets.slice(i + 1).some((b) => ![...a].some((x) => b.has(x))));
}

export function buildHistory(rows: TrackerRow[], companies: NamedCompany[], sec: SecListing[], unlinked: Set<string>): HistoryResult {
  const problems: string[] = [];
  const notes: string[] = [];
  const owner = new Map<string, NamedCompany>();
  for (const company of companies) {
    for (const name of company.names) {
      const key = normalizeName(name);
      const other = owner.get(key);
      if (!key) continue;
      if (other && other.id !== company.id) problems.push(`${company.id}: name "${name}" also names ${other.id}`);
      else owner.set(key, company);
    }
  }
  const secByName = new Map<string, Set<number>>();
  for (const listing of sec) {
    const key = normalizeName(listing.name);
    secByName.set(key, (secByName.get(key) ?? new Set()).add(listing.cik));
  }

  const groups = new Map<string, TrackerRow[]>();
  for (const row of rows) {
    const key = normalizeName(row.company);
    if (key) groups.set(key, [...(groups.get(key) ?? []), row]);
  }

  const byCompany = new Map<string, TrackedLayoff[]>();
  const entries: Record<string, HistoryEntry> = {};
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const name = group[0]!.company;
    const company = unlinked.has(key) ? undefined : owner.get(key);
    if (company) {
      const listed = group.filter((r) => LISTED_STAGES.has(r.stage));
      const startups = group.length - listed.length;
      if (startups) notes.push(`"${name}": ${startups} row(s) at a startup stage kept apart from ${company.id}`);
      const as = normalizeName(company.short) === key ? null : name;
      byCompany.set(company.id, [...(byCompany.get(company.id) ?? []), ...listed.map((r) => toLayoff(r, as))]);
      entries[key] = { name, id: company.id, rows: [] };
      continue;
    }
    if (looksLikeTwoCompanies(group)) {
      notes.push(`"${name}": rows in ${[...new Set(group.map((r) => `${r.country}/${r.industry}`))].join(', ')} look like different companies; left out of the index`);
      continue;
    }
    const ciks = secByName.get(key);
    const cik = ciks?.size === 1 && group.some((r) => r.stage === 'Post-IPO') ? [...ciks][0] : undefined;
    const countries = [...new Set(group.map((r) => r.country).filter(Boolean))];
    entries[key] = {
      name,
      ...(cik ? { cik } : {}),
      ...(countries.length === 1 ? { country: countries[0] } : {}),
      rows: group.map((r) => toLayoff(r, null)).sort(newestFirst),
    };
  }
  for (const list of byCompany.values()) list.sort(newestFirst);
  return { byCompany, entries, notes, problems };
}
