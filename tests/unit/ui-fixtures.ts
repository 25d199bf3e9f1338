// A small company view and a flagged page for the UI tests of the share card and the languages.
import type { Company, Figure, Metric, Source, Unit } from '../../lib/data/types';
import { buildCompanyView } from '../../lib/math/company-view';
import { isMessage, message, metricName, period, type Arg, type Message } from '../../lib/math/message';
import type { CompanyView, CounterpointLine } from '../../lib/math/types';
import type { PageResult } from '../../lib/messages';

export const tenK: Source = { url: 'https://www.sec.gov/acme-10k', kind: '10-K', retrieved: '2026-11-01', snippet: 'Net income was $4.1 billion.' };

function reported(id: string, label: 'line_revenue' | 'line_netIncome', metric: Metric, value: number): CounterpointLine {
  return {
    id,
    kind: 'reported',
    label: message(label, period('FY2024')),
    value,
    format: 'currency',
    currency: 'USD',
    inputs: [{ label: metricName(metric), period: 'FY2024', value, unit: 'USD', source: tenK }],
  };
}

export const acme: CompanyView = {
  id: 'acme',
  name: 'Acme Corp',
  ceo: 'Jane Doe',
  layoff: { jobs: 14000, share: 0.04, announced: '2025-10-28', ai_link_kind: 'executive', source: tenK },
  lines: [reported('revenue', 'line_revenue', 'revenue', 100e9), reported('net-income', 'line_netIncome', 'net_income', 4.1e9)],
  charts: [],
  unknown: [metricName('buybacks')],
  hasData: true,
};

export function flagged(views: CompanyView[]): PageResult {
  return {
    analysis: {
      label: 'ai_layoff',
      score: 0.9,
      kind: 'news',
      companies: [],
      jobs: { count: 14000, bound: 'exact', share: null, text: '14,000' },
      attributedBy: 'executive',
      denial: null,
      date: '2025-10-28',
      evidence: ['Acme will cut 14,000 jobs as AI takes over.'],
      reasons: ['cuts_in_headline'],
    },
    views,
  };
}

const M = 1_000_000;
const figure = (metric: Metric, periodName: string, value: number, extra: Partial<Figure> = {}, unit: Unit = 'USD'): Figure => ({
  metric,
  period: periodName,
  value,
  unit,
  source: tenK,
  ...extra,
});

/** A made-up company with every figure the math reads, two years of each: its view has every
 * kind of line, all three charts, and (with the story's count given as a share) the derived job count. */
export const everyFigure: Company = {
  id: 'globex',
  name: 'Globex Corporation',
  short: 'Globex',
  aliases: [],
  ambiguous_aliases: [],
  tickers: [],
  fiscal_year_end: '12-31',
  fy_named_by: 'end',
  ceo: 'Jane Doe',
  workforce: 'frontline',
  history: [],
  figures: ['FY2023', 'FY2024'].flatMap((year, i) => [
    figure('revenue', year, (90 + 10 * i) * 1_000 * M),
    figure('gross_profit', year, (40 + 5 * i) * 1_000 * M),
    figure('operating_income', year, (8 + 2 * i) * 1_000 * M),
    figure('net_income', year, (3 + i) * 1_000 * M),
    figure('buybacks', year, 2_000 * M),
    figure('capex', year, 9_000 * M),
    figure('ai_capex_commitment', year, 5_000 * M),
    figure('headcount', year, 200_000, {}, 'people'),
    figure('median_employee_pay', year, 38_000 + 2_000 * i),
    figure('ceo_total_comp', year, (10 + 2 * i) * M, { person: 'Jane Doe' }),
  ]),
  layoffs: [],
};

/** The views of `everyFigure` for a story that gives a share of the workforce, and one that bounds its count. */
export const everyLineViews = (): CompanyView[] => [
  buildCompanyView(everyFigure, { jobs: null, share: 0.05, source: tenK }),
  buildCompanyView({ ...everyFigure, workforce: undefined }, { jobs: 6_000, share: null, bound: 'at-most', words: 'up to 6,000 roles' }),
];

/** Every message a view says, nested ones included (a formula's parts, the nouns inside what is unknown). */
export function viewMessages(view: CompanyView): Message[] {
  const top = [
    ...view.lines.flatMap((line) => [line.label, ...(line.formula ? [line.formula] : []), ...(line.caveats ?? []), ...line.inputs.map((input) => input.label)]),
    ...view.charts.flatMap((chart) => [chart.title, ...chart.series.flatMap((series) => [series.name, ...series.points.flatMap((point) => point.name ?? [])])]),
    ...view.unknown,
  ];
  const all: Message[] = [];
  const walk = (m: Message) => {
    all.push(m);
    for (const arg of m.args as readonly Arg[]) if (isMessage(arg)) walk(arg);
  };
  top.forEach(walk);
  return all;
}
