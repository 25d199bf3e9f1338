import { describe, expect, it } from 'vitest';
import { companyIdentities, dataset, figures, getCompany } from '../../lib/data/index';
import { validateDataset } from '../../lib/data/schema';
import { valueStatedIn } from '../../lib/data/snippet-check';
import { sourceKindFor } from '../../lib/data/source-kinds';
import type { Company, Dataset, Figure } from '../../lib/data/types';
import corrections from '../../lib/data/corrections.json';

const source = { url: 'https://www.sec.gov/x/R2.htm', kind: '10-K', retrieved: '2026-11-23', snippet: 'Net sales $637,959' } as const;
const figure: Figure = { metric: 'revenue', period: 'FY2024', value: 637959000000, unit: 'USD', source: { ...source } };
const company = (over: Partial<Company> = {}): Company => ({
  id: 'acme', name: 'Acme Corp.', short: 'Acme', aliases: ['Acme'], ambiguous_aliases: [], tickers: ['NYSE:ACME'],
  fiscal_year_end: '12-31', ceo: 'A. Person', figures: [figure], layoffs: [], ...over,
});
const data = (...companies: Company[]): Dataset => ({ generated: '2026-11-23', companies });
const issuesOf = (raw: unknown) => {
  const r = validateDataset(raw);
  return r.ok ? [] : r.issues;
};

describe('shipped dataset', () => {
  it('validates', () => {
    expect(issuesOf(dataset)).toEqual([]);
  });

  it('has at least 40 companies', () => {
    expect(dataset.companies.length).toBeGreaterThanOrEqual(40);
  });

  it('sources every figure and layoff with url, kind, retrieval date and snippet', () => {
    const sources = dataset.companies.flatMap((c) => [...c.figures, ...c.layoffs].map((x) => x.source));
    expect(sources.length).toBeGreaterThan(600);
    for (const s of sources) expect(s.url && s.kind && s.retrieved && s.snippet).toBeTruthy();
  });

  it('prints every value in its snippet, except the reviewed misprints', () => {
    const accepted = corrections.figures.filter((c) => c.action === 'accept').map((c) => `${c.company} ${c.metric} ${c.period}`);
    const mismatched = dataset.companies.flatMap((c) =>
      c.figures.filter((f) => !valueStatedIn(f.source.snippet, f.value, f.unit)).map((f) => `${c.id} ${f.metric} ${f.period}`),
    );
    expect(mismatched).toEqual(accepted);
  });

  it('names the person on every CEO pay figure', () => {
    const pay = dataset.companies.flatMap((c) => c.figures.filter((f) => f.metric === 'ceo_total_comp'));
    expect(pay.every((f) => f.person)).toBe(true);
    const verizon = figures(getCompany('verizon')!, 'ceo_total_comp');
    expect(verizon.map((f) => f.person)).toContain('Hans Vestberg');
  });

  it('keeps the 71 seed layoffs', () => {
    expect(dataset.companies.reduce((n, c) => n + c.layoffs.length, 0)).toBe(71);
  });

  it('stores Walmart net income attributable to Walmart, not consolidated', () => {
    const fy2024 = figures(getCompany('walmart')!, 'net_income').find((f) => f.period === 'FY2024');
    expect(fy2024?.value).toBe(15_511_000_000);
  });

  it('does not label copies of filings on summary sites as filings', () => {
    const onMirrors = dataset.companies.flatMap((c) => c.figures).filter((f) => /advfn|capedge|stocktitan|stock-analysis-on/.test(f.source.url));
    expect(onMirrors.length).toBeGreaterThan(0);
    expect(onMirrors.every((f) => f.source.kind === 'data-site')).toBe(true);
  });
});

describe('lookups', () => {
  it('finds a company by id and sorts figures by period', () => {
    const amazon = getCompany('amazon')!;
    const periods = figures(amazon, 'revenue').map((f) => f.period);
    expect(periods).toEqual([...periods].sort());
    expect(getCompany('nope')).toBeUndefined();
  });

  it('gives identities without figures', () => {
    const meta = companyIdentities().find((c) => c.id === 'meta')!;
    expect(meta.ambiguous_aliases).toContain('Meta');
    expect(meta.aliases).toContain('Facebook');
    expect(meta).not.toHaveProperty('figures');
  });
});

describe('validateDataset rejects', () => {
  it('accepts a minimal valid dataset', () => {
    expect(issuesOf(data(company()))).toEqual([]);
  });

  it('a figure without a source, or with an empty snippet', () => {
    const { source: _s, ...unsourced } = figure;
    expect(issuesOf(data(company({ figures: [unsourced as Figure] })))).not.toEqual([]);
    expect(issuesOf(data(company({ figures: [{ ...figure, source: { ...source, snippet: ' ' } }] })))).not.toEqual([]);
  });

  it('a 130% margin', () => {
    const margin: Figure = { ...figure, metric: 'operating_margin', value: 130, unit: 'percent' };
    expect(issuesOf(data(company({ figures: [margin] })))).toEqual([expect.stringContaining('between -100 and 100')]);
  });

  it('negative headcount, negative revenue, a zero pay ratio, non-finite values', () => {
    const bad: Figure[] = [
      { ...figure, metric: 'headcount', value: -5, unit: 'people' },
      { ...figure, value: -1 },
      { ...figure, metric: 'ceo_pay_ratio', value: 0, unit: 'ratio', person: 'A. Person' },
      { ...figure, value: Number.POSITIVE_INFINITY },
    ];
    for (const f of bad) expect(issuesOf(data(company({ figures: [f] })))).not.toEqual([]);
  });

  it('CEO pay that does not name its person', () => {
    const pay: Figure = { ...figure, metric: 'ceo_total_comp', value: 1_000_000 };
    expect(issuesOf(data(company({ figures: [pay] })))).toEqual([expect.stringContaining('person')]);
  });

  it('bad dates', () => {
    expect(issuesOf(data(company({ figures: [{ ...figure, source: { ...source, retrieved: '2026-02-30' } }] })))).not.toEqual([]);
    expect(issuesOf({ ...data(company()), generated: 'yesterday' })).not.toEqual([]);
  });

  it('duplicate company ids', () => {
    const other = company({ aliases: ['Other'], short: 'Other', tickers: ['NYSE:OTH'] });
    expect(issuesOf(data(company(), other))).toEqual([expect.stringContaining('duplicate company id')]);
  });

  it('an alias shared by two companies, case-insensitively, including tickers', () => {
    const other = company({ id: 'other', short: 'Other', aliases: ['ACME'], tickers: ['NYSE:OTH'] });
    expect(issuesOf(data(company(), other))).toEqual([expect.stringContaining('"acme" also names acme')]);
    const tickerClash = company({ id: 'other', short: 'Other', aliases: ['Other'], tickers: ['NASDAQ:ACME'] });
    expect(issuesOf(data(company(), tickerClash))).not.toEqual([]);
  });

  it('an ordinary-word alias not marked ambiguous', () => {
    for (const word of ['Meta', 'Block', 'Target', 'Square', 'Oracle', 'Gap', 'Apple']) {
      expect(issuesOf(data(company({ aliases: ['Acme', word] })))).toEqual([expect.stringContaining('ordinary word')]);
      expect(issuesOf(data(company({ ambiguous_aliases: [word] })))).toEqual([]);
    }
  });

  it('two different values for the same metric, period and person', () => {
    expect(issuesOf(data(company({ figures: [figure, { ...figure, value: 1 }] })))).toEqual([expect.stringContaining('two figures')]);
  });
});

describe('snippet check', () => {
  it('finds values printed in many forms', () => {
    expect(valueStatedIn('Net sales increased 11% to $638.0 billion in 2024', 637_959_000_000, 'USD')).toBe(true);
    expect(valueStatedIn('(US$ thousands) 13,976,158', 13_976_158_000, 'USD')).toBe(true);
    expect(valueStatedIn('Total revenue ₹2,55,324 crore', 2_553_240_000_000, 'INR')).toBe(true);
    expect(valueStatedIn('202210,529,870 9,724,702', 10_529_870, 'USD')).toBe(true);
    expect(valueStatedIn('net loss of $(16,596)', -16_596_000, 'USD')).toBe(true);
    expect(valueStatedIn('GAAP operating margin of 19.1%', 19.1, 'percent')).toBe(true);
  });

  it('catches a scale word that contradicts the value', () => {
    expect(valueStatedIn('net profit for the year was 1.34 million euros', 1_340_000_000, 'EUR')).toBe(false);
    expect(valueStatedIn('revenue of $2.5 billion', 2_600_000_000, 'USD')).toBe(false);
  });
});

describe('source kinds', () => {
  it('keeps filings on EDGAR and relabels copies elsewhere', () => {
    expect(sourceKindFor('https://www.sec.gov/Archives/x.htm', '8-K')).toBe('8-K');
    expect(sourceKindFor('https://www.stocktitan.net/sec-filings/x.html', '8-K')).toBe('data-site');
    expect(sourceKindFor('https://ih.advfn.com/x', 'DEF 14A')).toBe('data-site');
    expect(sourceKindFor('https://example-news.com/a', 'press-release')).toBe('news');
  });
});
