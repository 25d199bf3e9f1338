import { describe, expect, it } from 'vitest';
import { getCompany, loadDataset } from '../../lib/data/index';
import type { Company, Figure, LayoffAnnouncement, Metric, Unit } from '../../lib/data/types';
import { buildCompanyView } from '../../lib/math/company-view';
import type { CompanyView, CounterpointLine } from '../../lib/math/types';
import { counterpointText } from '../../lib/ui/counterpoint-text';
import { translateFrom } from '../../lib/ui/i18n';
import { sayWith } from '../../lib/ui/say';
import enMessages from '../../public/_locales/en/messages.json';
import deMessages from '../../public/_locales/de/messages.json';

// The math says its words as messages; the tests read them as an English reader would.
const t = translateFrom(enMessages);
const en = sayWith(t, 'en-US');

const M = 1_000_000;
const TENK = 'https://www.sec.gov/amazon-10-k-test';
const TEST = 'https://example.test/made-up-test-input';

function fig(metric: Metric, period: string, value: number, extra: Partial<Figure> = {}, unit: Unit = 'USD'): Figure {
  const url = extra.source?.url ?? TENK;
  return {
    metric,
    period,
    value,
    unit,
    source: { url, kind: url === TENK ? '10-K' : 'news', retrieved: '2026-11-23', snippet: `${metric} ${period}` },
    ...extra,
  };
}
/** A made-up figure: every pay, buyback, capex and headcount value below is a TEST INPUT, not Amazon's. */
const testInput = (metric: Metric, period: string, value: number, extra: Partial<Figure> = {}, unit: Unit = 'USD') =>
  fig(metric, period, value, { ...extra, source: { url: TEST, kind: 'news', retrieved: '2026-11-23', snippet: 'TEST INPUT' } }, unit);

function layoff(jobs: number | null, share: number | null, announced = '2025-10-28'): LayoffAnnouncement {
  return {
    announced,
    jobs,
    share_of_workforce: share,
    ai_link: 'test',
    ai_link_kind: 'company',
    source: { url: `https://news.test/layoff-${announced}`, kind: 'news', retrieved: '2026-11-23', snippet: 'layoff' },
  };
}

// Revenue, gross profit, operating income and FY2024 net income are Amazon's 10-K figures ($M).
const amazonLike = (figures: Figure[] = [], layoffs: LayoffAnnouncement[] = [layoff(14_000, null)]): Company => ({
  id: 'amazon',
  name: 'Amazon.com, Inc.',
  short: 'Amazon',
  aliases: [],
  ambiguous_aliases: [],
  tickers: [],
  fiscal_year_end: '12-31',
  fy_named_by: 'end',
  ceo: 'Test CEO',
  workforce: 'frontline',
  history: [{ date: '2023-01-04', jobs: 18_000, share: null, url: 'https://news.test/2023' }],
  figures: [
    fig('revenue', 'FY2020', 386_064 * M),
    fig('revenue', 'FY2023', 574_785 * M),
    fig('revenue', 'FY2024', 637_959 * M),
    fig('gross_profit', 'FY2020', 152_757 * M),
    fig('gross_profit', 'FY2024', 311_671 * M),
    fig('operating_income', 'FY2020', 22_899 * M),
    fig('operating_income', 'FY2024', 68_593 * M),
    fig('net_income', 'FY2024', 59_248 * M),
    ...figures,
  ],
  layoffs,
});

// TEST INPUTS for pay and spending.
const payAndSpending = [
  testInput('median_employee_pay', 'FY2023', 35_000),
  testInput('median_employee_pay', 'FY2024', 40_000),
  testInput('ceo_total_comp', 'FY2023', 10 * M, { person: 'Test CEO' }),
  testInput('ceo_total_comp', 'FY2024', 12 * M, { person: 'Test CEO' }),
  testInput('buybacks', 'FY2024', 2_000 * M),
  testInput('ai_capex_commitment', 'FY2024', 100_000 * M),
  testInput('capex', 'FY2024', 80_000 * M),
  testInput('headcount', 'FY2024', 1_000_000, {}, 'people'),
  testInput('net_income', 'FY2020', 20_000 * M),
  testInput('headcount', 'FY2020', 800_000, {}, 'people'),
];

const line = (view: CompanyView, id: string): CounterpointLine | undefined => view.lines.find((l) => l.id === id);
const ids = (view: CompanyView) => view.lines.map((l) => l.id);
const label = (view: CompanyView, id: string) => en(line(view, id)!.label);
const formula = (view: CompanyView, id: string) => en(line(view, id)!.formula!);
const caveat = (view: CompanyView, id: string) => (line(view, id)!.caveats ?? []).map(en).join(' ');
const unknown = (view: CompanyView) => view.unknown.map(en);

/** Every number in lines and charts is finite, and every input names a source URL. */
function expectWellFormed(view: CompanyView) {
  for (const l of view.lines) {
    expect(Number.isFinite(l.value), `${view.id} ${l.id}`).toBe(true);
    expect(en(l.label)).toMatch(/^[A-Z]/);
    expect(en(l.label)).not.toMatch(/undefined|NaN|Infinity/);
    expect(l.formula ? en(l.formula) : '').not.toMatch(/undefined|NaN|Infinity/);
    if (l.format === 'currency') expect(l.currency, `${view.id} ${l.id}`).toMatch(/^[A-Z]{3}$/);
    if (l.kind === 'derived') expect(l.formula, `${view.id} ${l.id}`).toBeTruthy();
    for (const input of l.inputs) {
      expect(input.source.url, `${view.id} ${l.id}`).toMatch(/^https?:\/\//);
      expect(Number.isFinite(input.value)).toBe(true);
    }
  }
  for (const chart of view.charts) {
    for (const series of chart.series) {
      expect(series.points.length).toBeGreaterThan(0);
      for (const point of series.points) expect(Number.isFinite(point.value), `${view.id} ${chart.id}`).toBe(true);
      for (const source of series.sources) expect(source.url).toMatch(/^https?:\/\//);
    }
  }
}

describe('buildCompanyView on an Amazon-like company', () => {
  const view = buildCompanyView(amazonLike(payAndSpending));

  it('reports revenue and derives its growth from FY2023 to FY2024', () => {
    expect(line(view, 'revenue')).toMatchObject({ kind: 'reported', value: 637_959 * M, currency: 'USD' });
    const growth = line(view, 'revenue-growth')!;
    expect(growth.kind).toBe('derived');
    expect(growth.value).toBeCloseTo(0.1099089, 6); // (637,959 − 574,785) ÷ 574,785
    expect(en(growth.formula!)).toBe('($637.96B (FY2024) − $574.79B (FY2023)) ÷ $574.79B (FY2023)');
    expect(growth.inputs.map((i) => i.period)).toEqual(['FY2023', 'FY2024']);
  });

  it('derives margins then and now from profit over revenue of the same year', () => {
    expect(line(view, 'gross-margin-then')!.value).toBeCloseTo(0.3956779, 6); // 152,757 ÷ 386,064
    expect(line(view, 'gross-margin-now')!.value).toBeCloseTo(0.4885439, 6); // 311,671 ÷ 637,959
    expect(line(view, 'operating-margin-then')!.value).toBeCloseTo(0.0593140, 6); // 22,899 ÷ 386,064
    expect(line(view, 'operating-margin-now')!.value).toBeCloseTo(0.1075194, 6); // 68,593 ÷ 637,959
    expect(formula(view, 'gross-margin-now')).toBe('$311.67B (FY2024) gross profit ÷ $637.96B (FY2024) revenue');
  });

  it('puts the cut jobs’ wages (14,000 × $40,000 test median) against profit and spending', () => {
    const wages = line(view, 'cut-jobs-wages')!;
    expect(wages.value).toBe(560 * M);
    expect(label(view, 'cut-jobs-wages')).toBe('Yearly wages of the cut jobs at FY2024 median pay');
    expect(caveat(view, 'cut-jobs-wages')).toBe(
      "Uses the FY2024 median pay of all Amazon employees, not the pay of the roles cut. Most of Amazon's employees work in warehouses, stores, delivery or other hourly roles, so its median pay is far below its office pay: for corporate cuts this understates their wages (a lower bound). Every figure here is FY2024, the latest year with a reported median pay; the cut was announced Oct 28, 2025.",
    );
    expect(formula(view, 'cut-jobs-wages')).toBe('14,000 jobs × $40,000 (FY2024) median employee pay');
    expect(line(view, 'wages-vs-net-income')!.value).toBeCloseTo(0.0094518, 6); // 560 ÷ 59,248
    expect(line(view, 'wages-vs-operating-income')!.value).toBeCloseTo(0.0081641, 6); // 560 ÷ 68,593
    expect(line(view, 'wages-vs-buybacks')!.value).toBeCloseTo(0.28, 10); // 560 ÷ 2,000
    const capex = line(view, 'wages-vs-ai-capex')!;
    expect(capex.value).toBeCloseTo(0.0056, 10); // 560 ÷ 100,000: the company's own AI figure wins over total capex
    expect(en(capex.label)).toContain('AI capital spending, as the company stated it (FY2024)');
    expect(line(view, 'wages-vs-ceo-pay')!.value).toBeCloseTo(46.666667, 5); // 560M ÷ 12M
  });

  it('derives the CEO raise for the same person and sets the wages against it', () => {
    expect(line(view, 'ceo-raise')).toMatchObject({ value: 2 * M, currency: 'USD' });
    expect(line(view, 'wages-vs-ceo-raise')!.value).toBeCloseTo(280, 10); // 560M ÷ 2M
  });

  it('derives the CEO pay ratio from the same year and its change', () => {
    const ratio = line(view, 'ceo-pay-ratio')!;
    expect(ratio).toMatchObject({ kind: 'derived', value: 300, format: 'multiple' }); // 12M ÷ 40,000
    expect(line(view, 'ceo-pay-ratio-change')!.value).toBeCloseTo(0.05, 10); // 300 ÷ (10M ÷ 35,000) − 1
  });

  it('prefers a reported CEO pay ratio', () => {
    const reported = buildCompanyView(amazonLike([...payAndSpending, testInput('ceo_pay_ratio', 'FY2024', 250, {}, 'ratio')]));
    expect(line(reported, 'ceo-pay-ratio')).toMatchObject({ kind: 'reported', value: 250 });
  });

  it('computes profit per employee then and now', () => {
    expect(line(view, 'profit-per-employee-then')!.value).toBe(25_000); // 20,000M ÷ 800,000
    expect(line(view, 'profit-per-employee-now')!.value).toBe(59_248); // 59,248M ÷ 1,000,000
  });

  it('draws the three charts', () => {
    expect(view.charts.map((c) => c.id)).toEqual(['margins', 'ceo-vs-median', 'wages-vs-spending']);
    const margins = view.charts[0]!;
    expect(margins.series.map((s) => s.points.map((p) => p.period))).toEqual([
      ['FY2020', 'FY2024'],
      ['FY2020', 'FY2024'],
    ]);
    expect(view.charts[1]!.series.map((s) => s.points.map((p) => p.value))).toEqual([
      [10 * M, 12 * M],
      [35_000, 40_000],
    ]);
    expect(view.charts[2]!.series[0]!.points.map((p) => p.value)).toEqual([560 * M, 59_248 * M, 68_593 * M, 2_000 * M, 100_000 * M]);
    expect(view.charts[2]!.series[0]!.points.every((p) => p.period === 'FY2024')).toBe(true);
    expect(view.charts[2]!.series[0]!.points.map((p) => en(p.name!))).toEqual([
      "Cut jobs' yearly wages", 'net income', 'operating income', 'buybacks', 'AI capital spending, as the company stated it',
    ]);
    expect(view.charts.map((c) => en(c.title))).toEqual([
      'Margins by fiscal year', 'CEO pay vs median employee pay', "The cut jobs' wages next to what the company earned and spent",
    ]);
  });

  it('has nothing unknown and is well formed', () => {
    expect(view.unknown).toEqual([]);
    expect(view.hasData).toBe(true);
    expectWellFormed(view);
  });
});

describe('buildCompanyView edge cases', () => {
  it('says everything is unknown for a company without figures', () => {
    const view = buildCompanyView({ ...amazonLike(), figures: [], layoffs: [] });
    expect(view).toMatchObject({ hasData: false, lines: [], charts: [], layoff: null });
    expect(unknown(view)).toEqual(expect.arrayContaining(['revenue', 'net income', 'number of jobs cut', 'median employee pay']));
  });

  it('lists the missing inputs of an Amazon-like company without pay figures', () => {
    const view = buildCompanyView(amazonLike());
    expect(unknown(view)).toEqual(
      expect.arrayContaining(['median employee pay', 'buybacks', 'capital spending', 'CEO pay', 'CEO pay ratio']),
    );
    expect(ids(view)).not.toContain('cut-jobs-wages');
    expectWellFormed(view);
  });

  it('skips the wages when the latest layoff has no job count or share', () => {
    const view = buildCompanyView(amazonLike(payAndSpending, [layoff(14_000, null, '2025-10-28'), layoff(null, null, '2026-01-28')]));
    expect(view.layoff).toMatchObject({ jobs: null, share: null, announced: '2026-01-28' });
    expect(unknown(view)).toContain('number of jobs cut');
    expect(view.lines.some((l) => l.id.startsWith('wages-') || l.id === 'cut-jobs-wages')).toBe(false);
  });

  it('derives jobs from a share of the latest headcount and says so', () => {
    const view = buildCompanyView(amazonLike(payAndSpending, [layoff(null, 0.05)]));
    const jobs = line(view, 'jobs-cut')!;
    expect(jobs).toMatchObject({ kind: 'derived', value: 50_000, format: 'people' }); // 5% × 1,000,000
    expect(en(jobs.formula!)).toBe('5.00% of the workforce × 1,000,000 employees (FY2024)');
    expect(en(jobs.label)).toBe('Jobs cut, worked out from the share of the workforce');
    expect(caveat(view, 'jobs-cut')).toBe('Derived: the announcement gave a share of the workforce, not a number of jobs.');
    expect(line(view, 'cut-jobs-wages')!.value).toBe(2_000 * M); // 50,000 × $40,000
  });

  it('keeps the story\'s bound on a share: the derived count and the wages built on it say so', () => {
    const view = buildCompanyView(amazonLike(payAndSpending, [layoff(null, 0.05)]), { jobs: null, share: 0.05, shareBound: { bound: 'about', words: 'about 5%' } });
    expect(view.layoff).toEqual({ jobs: null, share: 0.05, shareBound: { bound: 'about', words: 'about 5%' } });
    expect(line(view, 'jobs-cut')!.caveats!.map(en)).toEqual([
      'Derived: the announcement gave a share of the workforce, not a number of jobs.',
      'The story gives an approximate number (“about 5%”), so this is approximate too.',
    ]);
    expect(caveat(view, 'cut-jobs-wages')).toMatch(/The story gives an approximate number \(“about 5%”\), so this is approximate too\.$/);
    // A bound with no share to bound is dropped.
    expect(buildCompanyView(amazonLike(payAndSpending), { jobs: 100, share: null, shareBound: { bound: 'about', words: 'about 5%' } }).layoff).toEqual({ jobs: 100, share: null });
  });

  it('shows the CEO\'s reported pay, with the person, whether or not a median pay is known', () => {
    const view = buildCompanyView(amazonLike([testInput('ceo_total_comp', 'FY2024', 12 * M, { person: 'Test CEO' })]));
    expect(line(view, 'ceo-pay')).toMatchObject({ kind: 'reported', value: 12 * M, format: 'currency', currency: 'USD' });
    expect(label(view, 'ceo-pay')).toBe('Pay of the CEO (Test CEO) in FY2024');
    expect(line(view, 'ceo-pay')!.inputs.map((i) => i.period)).toEqual(['FY2024']);
    expect(ids(buildCompanyView(amazonLike()))).not.toContain('ceo-pay');
  });

  it('sets the latest net income and buybacks against each job cut, with no median pay needed', () => {
    const view = buildCompanyView(amazonLike([testInput('buybacks', 'FY2024', 2_000 * M)]), { jobs: 14_000, share: null });
    const income = line(view, 'net-income-per-job-cut')!;
    expect(income).toMatchObject({ kind: 'derived', format: 'currency', currency: 'USD' });
    expect(income.value).toBeCloseTo((59_248 * M) / 14_000);
    expect(label(view, 'net-income-per-job-cut')).toBe('Net income (FY2024) for each job cut');
    expect(formula(view, 'net-income-per-job-cut')).toBe('$59.248B (FY2024) net income ÷ 14,000 jobs (from the article)');
    expect(line(view, 'buybacks-per-job-cut')!.value).toBeCloseTo((2_000 * M) / 14_000);
    expect(line(view, 'net-income-per-job-cut')!.inputs.map((i) => i.period)).toEqual(['FY2024']);
    // The wages, which need the median pay, stay unknown.
    expect(line(view, 'cut-jobs-wages')).toBeUndefined();
  });

  it('says when a listed cut was announced beside the latest year\'s amount per job cut', () => {
    const view = buildCompanyView(amazonLike([], [layoff(14_000, null, '2023-01-18')]));
    expect(caveat(view, 'net-income-per-job-cut')).toBe('FY2024 is the latest year the company has reported; the cut was announced Jan 18, 2023.');
    // The story's own count carries no date: no such caveat.
    expect(line(buildCompanyView(amazonLike(), { jobs: 14_000, share: null }), 'net-income-per-job-cut')!.caveats).toBeUndefined();
  });

  it('gives no amount per job cut for a loss, no buybacks, or no count of jobs, and keeps a bound count\'s caveat', () => {
    const loss = amazonLike([fig('net_income', 'FY2025', -5 * M), testInput('buybacks', 'FY2024', 0)]);
    const view = buildCompanyView(loss, { jobs: 1_000, share: null });
    expect(line(view, 'net-income-per-job-cut')).toBeUndefined();
    expect(line(view, 'buybacks-per-job-cut')).toBeUndefined();
    expect(ids(buildCompanyView(amazonLike([], [layoff(null, null)])))).not.toContain('net-income-per-job-cut');
    const bounded = buildCompanyView(amazonLike(), { jobs: 6_000, share: null, bound: 'at-most', words: 'up to 6,000 roles' });
    expect(caveat(bounded, 'net-income-per-job-cut')).toBe('The story gives an upper bound (“up to 6,000 roles”), so this is at most that.');
  });

  it('takes the job count from the article over the dataset', () => {
    const view = buildCompanyView(amazonLike(payAndSpending), { jobs: 30_000, share: null });
    expect(view.layoff).toEqual({ jobs: 30_000, share: null });
    const wages = line(view, 'cut-jobs-wages')!;
    expect(wages.value).toBe(1_200 * M);
    expect(en(wages.formula!)).toBe('30,000 jobs (from the article) × $40,000 (FY2024) median employee pay');
    expect(wages.inputs.map((i) => en(i.label))).toEqual(['median employee pay']);
  });

  it('keeps the story\'s bound on its count: the words beside the panel, the bound in the wages caveat', () => {
    const view = buildCompanyView(amazonLike(payAndSpending), { jobs: 6_000, share: null, bound: 'at-most', words: 'up to 6,000 roles' });
    expect(view.layoff).toEqual({ jobs: 6_000, share: null, bound: 'at-most', words: 'up to 6,000 roles' });
    const wages = line(view, 'cut-jobs-wages')!;
    expect(wages.value).toBe(240 * M);
    expect(caveat(view, 'cut-jobs-wages')).toMatch(/The story gives an upper bound \(“up to 6,000 roles”\), so this is at most that\.$/);
    // A plain figure carries no such caveat.
    const plain = buildCompanyView(amazonLike(payAndSpending), { jobs: 6_000, share: null, bound: 'exact', words: '6,000 roles' });
    expect(plain.layoff).toEqual({ jobs: 6_000, share: null });
    expect(caveat(plain, 'cut-jobs-wages')).not.toMatch(/The story gives/);
  });

  it('never compares amounts in different currencies', () => {
    const view = buildCompanyView(
      amazonLike([
        testInput('median_employee_pay', 'FY2024', 40_000, {}, 'EUR'),
        testInput('buybacks', 'FY2024', 2_000 * M),
        fig('revenue', 'FY2025', 700_000 * M, {}, 'EUR'),
      ]),
    );
    expect(ids(view)).not.toContain('wages-vs-buybacks');
    expect(ids(view)).not.toContain('wages-vs-net-income');
    expect(ids(view)).not.toContain('revenue-growth');
    expect(line(view, 'cut-jobs-wages')).toMatchObject({ value: 560 * M, currency: 'EUR' });
    expect(unknown(view)).toEqual(
      expect.arrayContaining([
        'buybacks (in USD; median pay is in EUR)',
        'revenue growth (the two years are in different currencies)',
      ]),
    );
    expect(view.charts.map((c) => c.id)).not.toContain('wages-vs-spending');
  });

  it('keeps Singapore, New Zealand and Taiwan dollar figures in their own currency, never in one line with US dollars', () => {
    for (const unit of ['SGD', 'NZD', 'TWD'] as const) {
      const view = buildCompanyView(
        amazonLike([
          testInput('median_employee_pay', 'FY2025', 40_000),
          fig('revenue', 'FY2025', 700_000 * M, {}, unit),
          fig('net_income', 'FY2025', 70_000 * M, {}, unit),
          testInput('buybacks', 'FY2025', 2_000 * M, {}, unit),
        ]),
        { jobs: 1_000, share: null },
      );
      expect(line(view, 'revenue')).toMatchObject({ value: 700_000 * M, currency: unit });
      expect(line(view, 'net-income-per-job-cut')).toMatchObject({ value: 70 * M, currency: unit });
      expect(line(view, 'buybacks-per-job-cut')).toMatchObject({ value: 2 * M, currency: unit });
      expect(line(view, 'cut-jobs-wages')).toMatchObject({ value: 40 * M, currency: 'USD' });
      expect(ids(view)).not.toContain('wages-vs-net-income');
      expect(ids(view)).not.toContain('wages-vs-buybacks');
      expect(ids(view)).not.toContain('revenue-growth');
      expect(unknown(view)).toEqual(
        expect.arrayContaining([`net income (in ${unit}; median pay is in USD)`, 'revenue growth (the two years are in different currencies)']),
      );
      expect(view.charts.map((c) => c.id)).not.toContain('wages-vs-spending');
      expectWellFormed(view);
    }
  });

  it('computes no raise when the CEO changed between the years', () => {
    const view = buildCompanyView(
      amazonLike([
        testInput('median_employee_pay', 'FY2024', 40_000),
        testInput('ceo_total_comp', 'FY2023', 10 * M, { person: 'Former CEO' }),
        testInput('ceo_total_comp', 'FY2024', 12 * M, { person: 'Test CEO' }),
      ]),
    );
    expect(ids(view)).not.toContain('ceo-raise');
    expect(ids(view)).not.toContain('wages-vs-ceo-raise');
    expect(ids(view)).toContain('wages-vs-ceo-pay');
  });

  it('counts a year with two CEOs (one left mid-year) as the current CEO\'s, whatever order the figures come in', () => {
    for (const order of [(a: Figure[]) => a, (a: Figure[]) => [...a].reverse()]) {
      const view = buildCompanyView(
        amazonLike(order([
          testInput('median_employee_pay', 'FY2024', 40_000),
          testInput('ceo_total_comp', 'FY2024', 2 * M, { person: 'Another CEO' }),
          testInput('ceo_total_comp', 'FY2024', 20 * M, { person: 'Test CEO' }),
        ])),
      );
      expect(line(view, 'ceo-pay-ratio')).toMatchObject({ value: 500 });
    }
  });

  it('does not compare pay ratios of two different CEOs', () => {
    const view = buildCompanyView(
      amazonLike([
        testInput('ceo_pay_ratio', 'FY2021', 6_474, { person: 'Second CEO' }, 'ratio'),
        testInput('ceo_pay_ratio', 'FY2017', 59, { person: 'Founder CEO' }, 'ratio'),
      ]),
    );
    expect(line(view, 'ceo-pay-ratio')).toMatchObject({ value: 6_474 });
    expect(label(view, 'ceo-pay-ratio')).toBe('CEO pay as a multiple of median employee pay in FY2021');
    expect(ids(view)).not.toContain('ceo-pay-ratio-change');
  });

  it('calls the raise unknown when pay is not attributed to a person, and skips a pay cut', () => {
    const unattributed = buildCompanyView(
      amazonLike([testInput('ceo_total_comp', 'FY2023', 10 * M), testInput('ceo_total_comp', 'FY2024', 12 * M)]),
    );
    expect(unknown(unattributed)).toContain('CEO raise');
    const cut = buildCompanyView(
      amazonLike([
        testInput('ceo_total_comp', 'FY2023', 12 * M, { person: 'Test CEO' }),
        testInput('ceo_total_comp', 'FY2024', 10 * M, { person: 'Test CEO' }),
      ]),
    );
    expect(ids(cut)).not.toContain('ceo-raise');
    expect(unknown(cut)).not.toContain('CEO raise');
  });

  it('says "loss" and never divides wages by a loss', () => {
    const company = amazonLike(payAndSpending);
    company.figures = company.figures.map((f) =>
      f.metric === 'net_income' && f.period === 'FY2024' ? { ...f, value: -1_000 * M } : f,
    );
    const view = buildCompanyView(company);
    expect(line(view, 'net-income')).toMatchObject({ value: -1_000 * M });
    expect(label(view, 'net-income')).toBe('Net loss in FY2024');
    expect(line(view, 'profit-per-employee-now')).toMatchObject({ value: -1_000 });
    expect(label(view, 'profit-per-employee-now')).toBe('Loss per employee in FY2024');
    expect(ids(view)).not.toContain('wages-vs-net-income');
    expectWellFormed(view);
  });

  it('never divides by a zero net income or a zero headcount', () => {
    const view = buildCompanyView(
      amazonLike([
        testInput('median_employee_pay', 'FY2025', 40_000),
        testInput('net_income', 'FY2025', 0),
        testInput('headcount', 'FY2025', 0, {}, 'people'),
      ]),
    );
    expect(line(view, 'net-income')).toMatchObject({ value: 0 });
    expect(label(view, 'net-income')).toBe('Net income in FY2025');
    expect(ids(view)).not.toContain('wages-vs-net-income');
    expect(view.lines.some((l) => l.id.startsWith('profit-per-employee'))).toBe(false);
    expectWellFormed(view);
  });

  it('treats a zero median pay as missing and skips a ratio change from zero', () => {
    const view = buildCompanyView(
      amazonLike([
        testInput('median_employee_pay', 'FY2024', 0),
        testInput('ceo_pay_ratio', 'FY2023', 0, {}, 'ratio'),
        testInput('ceo_pay_ratio', 'FY2024', 0, {}, 'ratio'),
        testInput('median_employee_pay', 'FY2022', 30_000),
        testInput('ceo_total_comp', 'FY2022', 0),
        testInput('ceo_total_comp', 'FY2023', 9 * M),
        testInput('median_employee_pay', 'FY2023', 30_000),
      ]),
    );
    expect(ids(view)).not.toContain('cut-jobs-wages');
    expect(unknown(view)).toContain('median employee pay');
    expect(line(view, 'ceo-pay-ratio')!.value).toBe(300); // 9M ÷ 30,000, FY2023: the reported zeros are ignored
    expect(ids(view)).not.toContain('ceo-pay-ratio-change'); // FY2022's ratio is 0 ÷ 30,000 = 0
    expectWellFormed(view);
  });

  it('sets the wages only against figures of the median pay’s year, and says what is missing for it', () => {
    const view = buildCompanyView(
      amazonLike([
        testInput('median_employee_pay', 'FY2023', 35_000),
        testInput('buybacks', 'FY2024', 2_000 * M),
        testInput('capex', 'FY2023', 50_000 * M),
      ]),
    );
    expect(label(view, 'cut-jobs-wages')).toBe('Yearly wages of the cut jobs at FY2023 median pay');
    expect(label(view, 'wages-vs-capex')).toBe(
      "The cut jobs' yearly wages as a share of capital spending (all capex: the company does not say how much is for AI) (FY2023)",
    );
    // FY2023 has no net income or buybacks here: FY2024's are not used in their place.
    expect(ids(view)).not.toContain('wages-vs-net-income');
    expect(ids(view)).not.toContain('wages-vs-buybacks');
    expect(unknown(view)).toEqual(expect.arrayContaining(['net income for FY2023', 'buybacks for FY2023', 'CEO pay for FY2023']));
    expect(line(view, 'wages-vs-operating-income')).toBeUndefined();
  });

  it('shows reported $0 buybacks as $0 and takes no share of them', () => {
    const view = buildCompanyView(amazonLike([testInput('median_employee_pay', 'FY2024', 40_000), testInput('buybacks', 'FY2024', 0)]));
    expect(line(view, 'buybacks')).toMatchObject({ kind: 'reported', value: 0 });
    expect(label(view, 'buybacks')).toBe('Buybacks (cash paid to repurchase shares) in FY2024');
    expect(ids(view)).not.toContain('wages-vs-buybacks');
    expect(unknown(view)).not.toContain('buybacks');
    expect(unknown(view)).not.toContain('buybacks for FY2024');
  });

  it('labels capex as capex when the company gives no AI figure', () => {
    const view = buildCompanyView(amazonLike([testInput('capex', 'FY2024', 80_000 * M)]));
    expect(line(view, 'capex')).toMatchObject({ value: 80_000 * M });
    expect(label(view, 'capex')).toBe('Capital spending (all capex, AI or not) in FY2024');
    expect(ids(view)).not.toContain('ai-capex');
  });

  it('states which way median pay leans for a company without a frontline workforce', () => {
    const view = buildCompanyView({ ...amazonLike(payAndSpending), workforce: undefined, short: 'Acme' });
    expect(caveat(view, 'cut-jobs-wages')).toContain('Uses the FY2024 median pay of all Acme employees');
    expect(caveat(view, 'cut-jobs-wages')).toContain('If the cut roles are office or engineering jobs');
    expect(caveat(view, 'wages-vs-net-income')).toBe(caveat(view, 'cut-jobs-wages'));
  });

  it('passes the earlier layoffs on to the sidebar', () => {
    expect(buildCompanyView(amazonLike()).history).toEqual([{ date: '2023-01-04', jobs: 18_000, share: null, url: 'https://news.test/2023' }]);
  });

  it('uses reported margins when only those exist, and ignores quarters', () => {
    const view = buildCompanyView(
      amazonLike([
        fig('operating_margin', 'FY2025', 11.5, {}, 'percent'),
        fig('revenue', '2025-Q4', 213_386 * M),
        fig('net_income', '2025-Q4', 21_192 * M),
      ]),
    );
    expect(line(view, 'operating-margin-now')).toMatchObject({ kind: 'reported', value: 0.115 });
    expect(line(view, 'revenue')!.inputs[0]!.period).toBe('FY2024');
    expect(line(view, 'net-income')!.inputs[0]!.period).toBe('FY2024');
  });

  it('prefers the filing over a news page for the same year', () => {
    const company = amazonLike();
    // The news figure comes first, so only the preference can pick the filing.
    company.figures = [testInput('revenue', 'FY2024', 638_000 * M), ...company.figures];
    expect(line(buildCompanyView(company), 'revenue')!.value).toBe(637_959 * M);
  });
});

describe('counterpointText', () => {
  it('writes a title, one line per counterpoint and the unique sources with periods', () => {
    const text = counterpointText(buildCompanyView(amazonLike(payAndSpending)), t, 'en-US');
    const lines = text.split('\n');
    expect(lines[0]).toBe("The Math Doesn't Math: Amazon");
    expect(lines[1]).toBe('Latest announced cuts: 14,000 jobs cut · Announced Oct 28, 2025');
    expect(lines).toContain('- Revenue in FY2024: $638B');
    expect(lines).toContain('- Revenue growth, FY2023 to FY2024: 11.0%');
    expect(lines).toContain('- Gross margin in FY2024: 48.9%');
    expect(lines).toContain("- The cut jobs' yearly wages as a share of buybacks (FY2024): 28.0%");
    const sources = lines.slice(lines.indexOf('Sources:') + 1);
    expect(sources).toContain(`- ${TENK} (FY2020, FY2023, FY2024)`);
    expect(sources).toContain(`- https://news.test/layoff-2025-10-28 (Oct 28, 2025)`);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('lists the unknowns and speaks the reader’s language', () => {
    const view = buildCompanyView(amazonLike());
    expect(counterpointText(view, t, 'de-DE')).toContain('- Revenue in FY2024: 638\u00a0Mrd.\u00a0$');
    expect(counterpointText(view, t, 'en-US')).toMatch(/^Not known: .*median employee pay/m);
    const german = counterpointText(view, translateFrom(deMessages), 'de-DE');
    expect(german).toContain('- Umsatz im FY2024: 638\u00a0Mrd.\u00a0$');
    expect(german).toMatch(/^Unbekannt: .*Medianvergütung der Beschäftigten/m);
    expect(german).toContain('\nQuellen:\n');
  });
});

describe('every company in the bundled dataset', () => {
  const { companies } = loadDataset();
  it.each(companies.map((company) => [company.id, company] as const))('%s gives a well-formed view', (_id, company) => {
    const view = buildCompanyView(company, { jobs: 1_000, share: null });
    expectWellFormed(view);
    expect(view.hasData).toBe(company.figures.length > 0);
    expect(counterpointText(view, t, 'en-US')).not.toMatch(/undefined|NaN|Infinity/);
    // One fiscal year per comparison line: every input but the article's job count is of one period.
    for (const l of view.lines.filter((l) => l.id.startsWith('wages-') && l.id !== 'wages-vs-ceo-raise')) {
      expect(new Set(l.inputs.map((i) => i.period)).size, `${company.id} ${l.id}`).toBe(1);
    }
    for (const chart of view.charts) {
      if (chart.kind === 'line') for (const series of chart.series) expect(series.points.map((p) => p.period)).toEqual(series.points.map((p) => p.period).sort());
    }
  });
});

describe('CEO pay read from proxies (the shipped dataset)', () => {
  // Workday reports no median pay: a made-up TEST median decides the year the wages are of.
  it.each([
    ['FY2025', 26_173_192], // Carl Eschenbach, sole CEO that year
    ['FY2024', 31_181_565], // co-CEOs: the record's current CEO, Aneel Bhusri, not the sum with Eschenbach's $2,521,664
  ] as const)("sets the cut jobs' wages against the CEO pay of %s, the median pay's own year", (period, pay) => {
    const workday = getCompany('workday')!;
    const view = buildCompanyView({ ...workday, figures: [...workday.figures, testInput('median_employee_pay', period, 100_000)] }, { jobs: 1_000, share: null });
    const share = line(view, 'wages-vs-ceo-pay')!;
    expect(en(share.label)).toBe(`The cut jobs' yearly wages as a multiple of CEO pay (${period})`);
    expect(share.value).toBeCloseTo((1_000 * 100_000) / pay, 9);
    expect(share.inputs.filter((i) => i.value === pay).map((i) => [i.period, i.source.kind, i.source.tag])).toEqual([[period, 'DEF 14A', 'ecd:PeoTotalCompAmt']]);
  });
});
