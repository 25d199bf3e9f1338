// What the company spent on buybacks and capital projects, as reported, and the amounts of one
// fiscal year the cut jobs' wages are set against. Capex is called capex: only a figure the company
// itself gives for AI (ai_capex_commitment) is called AI spending.
import type { Company, Metric } from '../../data/types';
import { amountOf, type Comparison } from '../amount';
import { currencyOf, figureFor, latestFigure, toInput } from '../figures';
import { lineResult, type LineResult } from '../line';

const CAPEX = 'capital spending (all capex: the company does not say how much is for AI)';
const AI_CAPEX = 'AI capital spending, as the company stated it';

function comparison(company: Company, metric: Metric, period: string, id: string, name: string): Comparison | undefined {
  const figure = figureFor(company, metric, period);
  const amount = figure ? amountOf(figure, name) : undefined;
  return amount ? { ...amount, id, format: 'percent' } : undefined;
}

/**
 * Profit and spending of one fiscal year, to set the wages of that year against. A loss is not a
 * target: there is no profit to take a share of. A reported $0 (no buybacks) is a fact, not a gap,
 * but no share of it can be taken either.
 */
export function spendingComparisons(company: Company, period: string): { targets: Comparison[]; unknown: string[] } {
  const wanted = [
    ['net_income', 'wages-vs-net-income', 'net income'],
    ['operating_income', 'wages-vs-operating-income', 'operating profit'],
    ['buybacks', 'wages-vs-buybacks', 'buybacks'],
  ] as const;
  const targets: Comparison[] = [];
  const unknown: string[] = [];
  for (const [metric, id, name] of wanted) {
    const target = comparison(company, metric, period, id, name);
    if (!target) unknown.push(`${name} for ${period}`);
    else if (target.value > 0) targets.push(target);
  }
  const capex =
    comparison(company, 'ai_capex_commitment', period, 'wages-vs-ai-capex', AI_CAPEX) ??
    comparison(company, 'capex', period, 'wages-vs-capex', CAPEX);
  if (!capex) unknown.push(`capital spending for ${period}`);
  else if (capex.value > 0) targets.push(capex);
  return { targets, unknown };
}

/** Buybacks and capex of the latest year, as reported (a $0 buyback year is shown, not hidden). */
export function spendingLines(company: Company): LineResult {
  const results: LineResult[] = (
    [
      ['buybacks', 'buybacks', 'Buybacks (cash paid to repurchase shares)'],
      ['capex', 'capex', 'Capital spending (all capex, AI or not)'],
      ['ai_capex_commitment', 'ai-capex', 'AI capital spending the company stated'],
    ] as const
  ).map(([metric, id, label]) => {
    const figure = latestFigure(company, metric);
    if (!figure) return lineResult([], metric === 'ai_capex_commitment' ? [] : [metric === 'capex' ? 'capital spending' : 'buybacks']);
    return lineResult([
      {
        id,
        kind: 'reported',
        label: `${label} in ${figure.period}`,
        value: figure.value,
        format: 'currency',
        currency: currencyOf(figure),
        inputs: [toInput(figure, metric === 'buybacks' ? 'buybacks' : 'capital spending')],
      },
    ]);
  });
  return { lines: results.flatMap((r) => r.lines), unknown: results.flatMap((r) => r.unknown) };
}
