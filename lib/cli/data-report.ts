// npm run data:report — what the bundled dataset covers, and where it is thin: companies, the share
// of figures from the companies' own documents, stale companies, what is missing, and (when the
// inputs in ../shared/data are here) every choice the build recorded.
import { existsSync } from 'node:fs';
import { buildDataset, readInputs, SHARED_DATA } from '../data/build/build';
import { countsOf, countsText } from '../data/build/outputs';
import { historyNames, layoffHistory, loadDataset } from '../data/index';
import { isPrimaryKind } from '../data/source-kinds';
import type { Company, Figure, Metric } from '../data/types';
import { fiscalYear } from '../math/figures';

const dataset = loadDataset();
const companies = dataset.companies;
const all = companies.flatMap((c) => c.figures);
const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}%`;
const yearly = (c: Company, m: Metric) => c.figures.filter((f) => f.metric === m && fiscalYear(f.period) !== null);
const latestYear = (figures: Figure[]) => Math.max(...figures.map((f) => fiscalYear(f.period)!));

const out: string[] = [];
out.push(`Dataset generated ${dataset.generated}`, countsText(countsOf(dataset, historyNames)), '');

const primary = all.filter((f) => isPrimaryKind(f.source.kind)).length;
out.push(`Figures from the company's own filings, reports and releases: ${primary} of ${all.length} (${pct(primary, all.length)})`);
const kinds = new Map<string, number>();
for (const f of all) kinds.set(f.source.form ?? f.source.kind, (kinds.get(f.source.form ?? f.source.kind) ?? 0) + 1);
out.push(`By source: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
const xbrl = all.filter((f) => f.source.tag).length;
const undated = all.filter((f) => !f.source.filed).length;
out.push(`Cited by XBRL tag and accession: ${xbrl}; with a snippet from the page: ${all.length - xbrl}; without a filing date: ${undated}`);

const metrics = new Map<string, number>();
for (const f of all) metrics.set(f.metric, (metrics.get(f.metric) ?? 0) + 1);
out.push('', 'Companies with each metric (figures):');
for (const [m] of [...metrics].sort((a, b) => b[1] - a[1])) {
  const having = companies.filter((c) => c.figures.some((f) => f.metric === m)).length;
  out.push(`  ${m.padEnd(22)} ${String(having).padStart(4)} companies (${metrics.get(m)} figures)`);
}

// Stale: a core metric a year behind the company's latest year, or a latest year more than
// 15 months before the build (a 10-K a year old should have been followed by the next).
const stale: string[] = [];
const cutoff = new Date(Date.parse(`${dataset.generated}T00:00:00Z`));
cutoff.setUTCMonth(cutoff.getUTCMonth() - 15);
for (const c of companies.filter((c) => c.figures.length)) {
  const latest = latestYear(c.figures.filter((f) => fiscalYear(f.period) !== null));
  const behind = (['revenue', 'net_income', 'operating_income', 'capex', 'buybacks'] as Metric[])
    .filter((m) => yearly(c, m).length && latestYear(yearly(c, m)) < latest)
    .map((m) => `${m} FY${latestYear(yearly(c, m))}`);
  const ends = c.figures.map((f) => f.period_end).filter((d): d is string => Boolean(d)).sort();
  const old = ends.length && ends.at(-1)! < cutoff.toISOString().slice(0, 10) ? `latest year ended ${ends.at(-1)}` : '';
  if (behind.length || old) stale.push(`  ${c.id}: ${[old, behind.length ? `${behind.join(', ')} behind FY${latest}` : ''].filter(Boolean).join('; ')}`);
}
out.push('', `Gaps: a metric a year or more behind the company's latest year, or a latest year that ended over 15 months before the build (${stale.length}); the inputs hold nothing newer:`, ...stale);

// Missing: for the companies in AI-layoff news (those with an AI-linked layoff), every metric they lack.
const WANTED: Metric[] = ['revenue', 'operating_income', 'net_income', 'capex', 'buybacks', 'headcount', 'ceo_total_comp', 'median_employee_pay', 'ceo_pay_ratio'];
out.push('', 'Missing, for the companies in AI-layoff news (an AI-linked layoff on file):');
for (const c of companies.filter((c) => c.layoffs.length)) {
  const missing = WANTED.filter((m) => !c.figures.some((f) => f.metric === m));
  if (missing.length) out.push(`  ${c.id.padEnd(20)} ${missing.join(', ')}`);
}
out.push('', 'Companies without any figure: ' + (companies.filter((c) => !c.figures.length).map((c) => c.id).join(', ') || 'none'));
for (const m of WANTED) {
  const missing = companies.filter((c) => !c.figures.some((f) => f.metric === m)).length;
  out.push(`  without ${m}: ${missing} of ${companies.length}`);
}

const withHistory = companies.filter((c) => c.history.length).length;
out.push('', `Layoff history: ${withHistory} dataset companies have tracker rows; lookup example: Klarna -> ${layoffHistory('Klarna')?.rows.length ?? 0} rows`);

if (existsSync(SHARED_DATA)) {
  const result = buildDataset(readInputs());
  out.push('', `Companies a fiscal year behind their latest filing in the inputs (${result.behind.length}): ${result.behind.join('; ') || 'none'}`);
  out.push('', `Choices the build recorded (${result.choices.length}):`, ...result.choices.map((c) => `  ${c}`));
  out.push('', `Tracker names kept apart or left out (${result.historyNotes.length}):`, ...result.historyNotes.map((c) => `  ${c}`));
} else {
  out.push('', `(${SHARED_DATA} is not here: the build's recorded choices are not listed)`);
}
console.log(out.join('\n'));
