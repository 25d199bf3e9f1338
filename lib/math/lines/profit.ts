// Latest net income and operating income as reported; a negative figure is called a loss.
import type { Company } from '../../data/types';
import { currencyOf, latestFigure, toInput } from '../figures';
import { combine, lineResult, type LineResult } from '../line';
import { message, metricName, period } from '../message';

type ProfitMetric = 'net_income' | 'operating_income';

const LABELS = {
  net_income: { profit: 'line_netIncome', loss: 'line_netLoss' },
  operating_income: { profit: 'line_operatingProfit', loss: 'line_operatingLoss' },
} as const;

function profitLine(company: Company, metric: ProfitMetric): LineResult {
  const labels = LABELS[metric];
  const figure = latestFigure(company, metric);
  if (!figure) return lineResult([], [metricName(metric)]);
  return lineResult([
    {
      id: metric.replace('_', '-'),
      kind: 'reported',
      label: message(figure.value < 0 ? labels.loss : labels.profit, period(figure.period)),
      value: figure.value,
      format: 'currency',
      currency: currencyOf(figure),
      inputs: [toInput(figure)],
    },
  ]);
}

export function profitLines(company: Company): LineResult {
  return combine([profitLine(company, 'net_income'), profitLine(company, 'operating_income')]);
}
