// The files data:build writes, as text: the packed dataset, the layoff-history index, the options
// page's summary, and the generated count sections of README.md and lib/data/README.md.
// data:check renders the same texts and compares them byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactJson, datasetTables, packCompany, packHistoryEntry, siteTable } from '../pack';
import { isPrimaryKind } from '../source-kinds';
import { summarizeDataset } from '../summary';
import type { Dataset } from '../types';
import { ROOT, type BuildResult } from './build';

export const OUTPUTS = ['lib/data/companies.json', 'lib/data/layoff-history.json', 'lib/data/summary.json', 'README.md', 'lib/data/README.md'] as const;
export type OutputPath = (typeof OUTPUTS)[number];

/** One record a line, so diffs stay readable and the file compact: {...head, key: [\n item,\n item\n]}. */
function lines(head: Record<string, unknown>, key: string, items: unknown[]): string {
  return `${compactJson(head).slice(0, -1)},${JSON.stringify(key)}:[\n${items.map(compactJson).join(',\n')}\n]}\n`;
}

/** The same for an object: {...head, key: {\n "k": v,\n ...\n}}. */
function entryLines(head: Record<string, unknown>, key: string, entries: [string, unknown][]): string {
  const body = entries.map(([k, value]) => `${JSON.stringify(k)}:${compactJson(value)}`);
  return `${compactJson(head).slice(0, -1)},${JSON.stringify(key)}:{\n${body.join(',\n')}\n}}\n`;
}

export interface Counts {
  companies: number;
  withFigures: number;
  secFilers: number;
  annualReports: number;
  figures: number;
  primaryShare: string;
  layoffs: number;
  tracked: number;
  historyNames: number;
  generated: string;
}

export function countsOf(dataset: Dataset, historyNames: number): Counts {
  const all = dataset.companies.flatMap((c) => c.figures);
  const withFigures = dataset.companies.filter((c) => c.figures.length > 0);
  const primary = all.filter((f) => isPrimaryKind(f.source.kind)).length;
  return {
    companies: dataset.companies.length,
    withFigures: withFigures.length,
    secFilers: withFigures.filter((c) => c.cik !== undefined).length,
    annualReports: withFigures.filter((c) => c.cik === undefined).length,
    figures: all.length,
    primaryShare: all.length ? `${((100 * primary) / all.length).toFixed(1)}%` : '0%',
    layoffs: dataset.companies.reduce((n, c) => n + c.layoffs.length, 0),
    tracked: dataset.companies.reduce((n, c) => n + c.history.length, 0),
    historyNames: historyNames,
    generated: dataset.generated,
  };
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function countsText(c: Counts): string {
  return (
    `${fmt(c.companies)} companies, ${fmt(c.withFigures)} of them with figures (${fmt(c.secFilers)} from SEC filings, ` +
    `${fmt(c.annualReports)} from annual reports); ${fmt(c.figures)} figures, ${c.primaryShare} from the companies' own ` +
    `filings, reports and releases; ${fmt(c.layoffs)} layoffs tied to AI (or denied); ${fmt(c.tracked)} earlier layoffs ` +
    `from the tracker under these companies, and ${fmt(c.historyNames)} company names in the layoff-history index. ` +
    `Values read up to ${c.generated}.`
  );
}

const START = '<!-- data:counts (written by npm run data:build) -->';
const END = '<!-- /data:counts -->';

/** The text with its generated section replaced; throws when the markers are missing. */
export function withCounts(text: string, counts: string, file: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file}: the markers ${START} … ${END} are missing`);
  return `${text.slice(0, start + START.length)}\n${counts}\n${text.slice(end)}`;
}

export function renderOutputs(result: BuildResult, read = (file: string) => readFileSync(join(ROOT, file), 'utf8')): Record<OutputPath, string> {
  const { dataset, history } = result;
  const counts = countsText(countsOf(dataset, Object.keys(history.entries).length));
  const tables = datasetTables(dataset.companies);
  const site = siteTable(Object.values(history.entries).flatMap((e) => e.rows));
  const entries = Object.entries(history.entries).map(([key, entry]): [string, unknown] => [key, packHistoryEntry(entry, site)]);
  return {
    'lib/data/companies.json': lines({ generated: dataset.generated, tables }, 'companies', dataset.companies.map((c) => packCompany(c, tables))),
    'lib/data/layoff-history.json': entryLines({ generated: history.generated, site }, 'entries', entries),
    'lib/data/summary.json': `${JSON.stringify(summarizeDataset(dataset), null, 1)}\n`,
    'README.md': withCounts(read('README.md'), counts, 'README.md'),
    'lib/data/README.md': withCounts(read('lib/data/README.md'), counts, 'lib/data/README.md'),
  };
}
