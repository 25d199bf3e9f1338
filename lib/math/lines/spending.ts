// What the company spent on buybacks and capital projects, as reported, and the amounts of one
// fiscal year the cut jobs' wages are set against. Capex is called capex: only a figure the company
// itself gives for AI (ai_capex_commitment) is called AI spending.
import type { Company, Metric } from '../../data/types';
import { amountOf, type Comparison } from '../amount';
import { currencyOf, figureFor, latestFigure, toInput } from '../figures';
import { lineResult, type LineResult } from '../line';
import { message, metricName, period as periodArg, type Message } from '../message';

interface Wanted {
  metric: Metric;
  id: string;
  /** The comparison line's label. */
  label: 'line_wagesVsNetIncome' | 'line_wagesVsOperatingIncome' | 'line_wagesVsBuybacks' | 'line_wagesVsCapex' | 'line_wagesVsAiCapex';
  name: Message;
}

function comparison(company: Company, period: string, { metric, id, label, name }: Wanted): Comparison | undefined {
  const figure = figureFor(company, metric, period);
  const amount = figure ? amountOf(figure, name) : undefined;
  return amount ? { ...amount, id, label: message(label, periodArg(period)), format: 'percent' } : undefined;
}

const PROFIT_AND_BUYBACKS: Wanted[] = [
  { metric: 'net_income', id: 'wages-vs-net-income', label: 'line_wagesVsNetIncome', name: metricName('net_income') },
  { metric: 'operating_income', id: 'wages-vs-operating-income', label: 'line_wagesVsOperatingIncome', name: metricName('operating_income') },
  { metric: 'buybacks', id: 'wages-vs-buybacks', label: 'line_wagesVsBuybacks', name: metricName('buybacks') },
];
const AI_CAPEX: Wanted = { metric: 'ai_capex_commitment', id: 'wages-vs-ai-capex', label: 'line_wagesVsAiCapex', name: message('amount_aiCapex') };
const CAPEX: Wanted = { metric: 'capex', id: 'wages-vs-capex', label: 'line_wagesVsCapex', name: message('amount_capex') };

/**
 * Profit and spending of one fiscal year, to set the wages of that year against. A loss is not a
 * target: there is no profit to take a share of. A reported $0 (no buybacks) is a fact, not a gap,
 * but no share of it can be taken either.
 */
export function spendingComparisons(company: Company, period: string): { targets: Comparison[]; unknown: Message[] } {
  const targets: Comparison[] = [];
  const unknown: Message[] = [];
  const missing = (metric: Metric) => unknown.push(message('unknown_for', metricName(metric), periodArg(period)));
  for (const wanted of PROFIT_AND_BUYBACKS) {
    const target = comparison(company, period, wanted);
    if (!target) missing(wanted.metric);
    else if (target.value > 0) targets.push(target);
  }
  const capex = comparison(company, period, AI_CAPEX) ?? comparison(company, period, CAPEX);
  if (!capex) missing('capex');
  else if (capex.value > 0) targets.push(capex);
  return { targets, unknown };
}

/** Buybacks and capex of the latest year, as reported (a $0 buyback year is shown, not hidden). */
export function spendingLines(company: Company): LineResult {
  const results: LineResult[] = (
    [
      ['buybacks', 'buybacks', 'line_buybacks'],
      ['capex', 'capex', 'line_capex'],
      ['ai_capex_commitment', 'ai-capex', 'line_aiCapex'],
    ] as const
  ).map(([metric, id, label]) => {
    const figure = latestFigure(company, metric);
    // Most companies state no AI figure: that is no gap to report.
    if (!figure) return lineResult([], metric === 'ai_capex_commitment' ? [] : [metricName(metric)]);
    return lineResult([
      {
        id,
        kind: 'reported',
        label: message(label, periodArg(figure.period)),
        value: figure.value,
        format: 'currency',
        currency: currencyOf(figure),
        inputs: [toInput(figure)],
      },
    ]);
  });
  return { lines: results.flatMap((r) => r.lines), unknown: results.flatMap((r) => r.unknown) };
}
