// What the company earned and spent in its latest reported years, to set the cut jobs' wages against.
import type { Company, Metric } from '../../data/types';
import { amountOf, type Comparison } from '../amount';
import { latestFigure } from '../figures';

function comparison(company: Company, metric: Metric, id: string, name: string): Comparison | undefined {
  const figure = latestFigure(company, metric);
  const amount = figure ? amountOf(figure, name) : undefined;
  return amount ? { ...amount, id, format: 'percent' } : undefined;
}

// Profits first, then spending. A loss is not a target: there is no profit to take a share of.
export function spendingComparisons(company: Company): { targets: Comparison[]; unknown: string[] } {
  const profits = [
    comparison(company, 'net_income', 'wages-vs-net-income', 'net income'),
    comparison(company, 'operating_income', 'wages-vs-operating-income', 'operating profit'),
  ].filter((target) => target !== undefined && target.value > 0);
  const buybacks = comparison(company, 'buybacks', 'wages-vs-buybacks', 'buybacks');
  // A stated AI spending plan is the sharper comparison; total capex says so in its name when used instead.
  const capex =
    comparison(company, 'ai_capex_commitment', 'wages-vs-ai-capex', 'planned AI capital spending') ??
    comparison(company, 'capex', 'wages-vs-ai-capex', 'capital spending (all capex; no AI-specific figure)');
  const unknown = [...(buybacks ? [] : ['buybacks']), ...(capex ? [] : ['AI capital spending'])];
  return { targets: [...profits, buybacks, capex].filter((t): t is Comparison => t !== undefined), unknown };
}
