// npm run data:report — what the bundled dataset covers, and where it is thin.
import { dataset } from '../data/index';
import { isPrimaryKind } from '../data/source-kinds';
import type { Company, Metric } from '../data/types';

const companies = dataset.companies;
const all = companies.flatMap((c) => c.figures);
const layoffs = companies.flatMap((c) => c.layoffs);
const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}%`;
const has = (c: Company, m: Metric) => c.figures.some((f) => f.metric === m);
const sourced = (s: { url: string; kind: string; retrieved: string; snippet: string }) => Boolean(s.url && s.kind && s.retrieved && s.snippet);

const lines: string[] = [];
lines.push(`Dataset generated ${dataset.generated}`);
lines.push(`Companies: ${companies.length}   Figures: ${all.length}   Layoffs: ${layoffs.length}`);
lines.push(`Sourced (url, kind, retrieved date, snippet): figures ${pct(all.filter((f) => sourced(f.source)).length, all.length)}, layoffs ${pct(layoffs.filter((l) => sourced(l.source)).length, layoffs.length)}`);
const primary = all.filter((f) => isPrimaryKind(f.source.kind)).length;
lines.push(`Primary sources (filings, releases, company reports): ${primary} (${pct(primary, all.length)}); secondary (news, data sites): ${all.length - primary} (${pct(all.length - primary, all.length)})`);

const kinds = new Map<string, number>();
for (const f of all) kinds.set(f.source.kind, (kinds.get(f.source.kind) ?? 0) + 1);
lines.push(`By source kind: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);

const dates = [...all.map((f) => f.source.retrieved), ...layoffs.map((l) => l.source.retrieved)].sort();
lines.push(`Retrieved: oldest ${dates[0]}, newest ${dates.at(-1)}`);

const metrics = new Map<string, number>();
for (const f of all) metrics.set(f.metric, (metrics.get(f.metric) ?? 0) + 1);
lines.push('', 'Figures per metric:');
for (const [m, n] of [...metrics].sort((a, b) => b[1] - a[1])) lines.push(`  ${m.padEnd(22)} ${n}`);

lines.push('', 'Figures per company (primary / total, layoffs):');
for (const c of companies) {
  const p = c.figures.filter((f) => isPrimaryKind(f.source.kind)).length;
  lines.push(`  ${c.id.padEnd(20)} ${String(p).padStart(3)} / ${String(c.figures.length).padEnd(3)} layoffs ${c.layoffs.length}`);
}

for (const [label, metric] of [['median employee pay', 'median_employee_pay'], ['CEO pay', 'ceo_total_comp'], ['buybacks', 'buybacks']] as const) {
  const missing = companies.filter((c) => !has(c, metric)).map((c) => c.id);
  lines.push('', `Missing ${label} (${missing.length}): ${missing.join(', ')}`);
}
console.log(lines.join('\n'));
