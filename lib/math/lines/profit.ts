// Latest net income and operating income as reported; a negative figure is called a loss.
import type { Company } from '../../data/types';
import { currencyOf, latestFigure, toInput } from '../figures';
import { combine, lineResult, type LineResult } from '../line';

type ProfitMetric = 'net_income' | 'operating_income';

const NAMES: Record<ProfitMetric, { profit: string; loss: string; unknown: string }> = {
  net_income: { profit: 'Net income', loss: 'Net loss', unknown: 'net income' },
  operating_income: { profit: 'Operating profit', loss: 'Operating loss', unknown: 'operating profit' },
};

function profitLine(company: Company, metric: ProfitMetric): LineResult {
  const names = NAMES[metric];
  const figure = latestFigure(company, metric);
  if (!figure) return lineResult([], [names.unknown]);
  return lineResult([
    {
      id: metric.replace('_', '-'),
      kind: 'reported',
      label: `${figure.value < 0 ? names.loss : names.profit} in ${figure.period}`,
      value: figure.value,
      format: 'currency',
      currency: currencyOf(figure),
      inputs: [toInput(figure, names.unknown)],
    },
  ]);
}

export function profitLines(company: Company): LineResult {
  return combine([profitLine(company, 'net_income'), profitLine(company, 'operating_income')]);
}
