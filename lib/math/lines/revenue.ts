// Latest revenue and its growth over the year before.
import type { Company } from '../../data/types';
import { currencyOf, figureFor, latestFigure, previousFiscalYear, toInput } from '../figures';
import { divide, figureText, lineResult, type LineResult } from '../line';
import type { CounterpointLine } from '../types';

export function revenueLines(company: Company): LineResult {
  const latest = latestFigure(company, 'revenue');
  if (!latest) return lineResult([], ['revenue']);
  const reported: CounterpointLine = {
    id: 'revenue',
    kind: 'reported',
    label: `Revenue in ${latest.period}`,
    value: latest.value,
    format: 'currency',
    currency: currencyOf(latest),
    inputs: [toInput(latest, 'revenue')],
  };
  const previousPeriod = previousFiscalYear(latest.period);
  const previous = previousPeriod ? figureFor(company, 'revenue', previousPeriod) : undefined;
  if (!previous) return lineResult([reported], [`revenue for ${previousPeriod}`]);
  if (previous.unit !== latest.unit) return lineResult([reported], ['revenue growth (the two years are in different currencies)']);
  const growth = previous.value > 0 ? divide(latest.value - previous.value, previous.value) : null;
  if (growth === null) return lineResult([reported], ['revenue growth']);
  const growthLine: CounterpointLine = {
    id: 'revenue-growth',
    kind: 'derived',
    label: `Revenue growth, ${previous.period} to ${latest.period}`,
    value: growth,
    format: 'percent',
    formula: `(${figureText(latest)} − ${figureText(previous)}) ÷ ${figureText(previous)}`,
    inputs: [toInput(previous, 'revenue'), toInput(latest, 'revenue')],
  };
  return lineResult([reported, growthLine]);
}
