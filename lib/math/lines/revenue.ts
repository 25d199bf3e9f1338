// Latest revenue and its growth over the year before.
import type { Company } from '../../data/types';
import { currencyOf, figureFor, latestFigure, previousFiscalYear, toInput } from '../figures';
import { divide, figureText, lineResult, type LineResult } from '../line';
import { message, metricName, period } from '../message';
import type { CounterpointLine } from '../types';

export function revenueLines(company: Company): LineResult {
  const latest = latestFigure(company, 'revenue');
  if (!latest) return lineResult([], [metricName('revenue')]);
  const reported: CounterpointLine = {
    id: 'revenue',
    kind: 'reported',
    label: message('line_revenue', period(latest.period)),
    value: latest.value,
    format: 'currency',
    currency: currencyOf(latest),
    inputs: [toInput(latest)],
  };
  const previousPeriod = previousFiscalYear(latest.period);
  const previous = previousPeriod ? figureFor(company, 'revenue', previousPeriod) : undefined;
  if (!previous) return lineResult([reported], previousPeriod ? [message('unknown_for', metricName('revenue'), period(previousPeriod))] : [message('unknown_revenueGrowth')]);
  if (previous.unit !== latest.unit) return lineResult([reported], [message('unknown_revenueGrowthCurrencies')]);
  const growth = previous.value > 0 ? divide(latest.value - previous.value, previous.value) : null;
  if (growth === null) return lineResult([reported], [message('unknown_revenueGrowth')]);
  const growthLine: CounterpointLine = {
    id: 'revenue-growth',
    kind: 'derived',
    label: message('line_revenueGrowth', period(previous.period), period(latest.period)),
    value: growth,
    format: 'percent',
    formula: message('formula_change', figureText(latest), figureText(previous)),
    inputs: [toInput(previous), toInput(latest)],
  };
  return lineResult([reported, growthLine]);
}
