// Gross and operating margin per fiscal year: profit ÷ revenue of the same year, or the margin the
// company reported when the inputs are not there. Lines show the earliest year ("then") and the latest ("now").
import type { Company, Metric } from '../../data/types';
import { figureFor, toInput, yearlyFigures } from '../figures';
import { divide, figureText, lineResult, type LineResult } from '../line';
import { message, metricName, period, type Message } from '../message';
import type { CounterpointLine, ReportedInput } from '../types';

export type MarginKind = 'gross' | 'operating';

const METRICS = {
  gross: { profit: 'gross_profit', margin: 'gross_margin', label: 'line_grossMargin' },
  operating: { profit: 'operating_income', margin: 'operating_margin', label: 'line_operatingMargin' },
} as const satisfies Record<MarginKind, { profit: Metric; margin: Metric; label: string }>;

export interface MarginPoint {
  period: string;
  /** Fraction: 0.4885 is 48.85%. */
  value: number;
  formula?: Message;
  inputs: ReportedInput[];
}

function derivedPoint(company: Company, kind: MarginKind, period: string): MarginPoint | null {
  const profit = figureFor(company, METRICS[kind].profit, period);
  const revenue = figureFor(company, 'revenue', period);
  if (!profit || !revenue || profit.unit !== revenue.unit || revenue.value <= 0) return null;
  const value = divide(profit.value, revenue.value);
  if (value === null) return null;
  return {
    period,
    value,
    formula: message('formula_divide', message('formula_named', figureText(profit), metricName(profit.metric)), message('formula_named', figureText(revenue), metricName('revenue'))),
    inputs: [toInput(profit), toInput(revenue)],
  };
}

/** One point per fiscal year that has either the inputs or a reported margin, oldest first. */
export function marginSeries(company: Company, kind: MarginKind): MarginPoint[] {
  const { profit, margin } = METRICS[kind];
  const derived = yearlyFigures(company, profit).flatMap((figure) => derivedPoint(company, kind, figure.period) ?? []);
  const derivedPeriods = new Set(derived.map((point) => point.period));
  const reported = yearlyFigures(company, margin)
    .filter((figure) => !derivedPeriods.has(figure.period))
    .map((figure): MarginPoint => ({ period: figure.period, value: figure.value / 100, inputs: [toInput(figure)] }));
  return [...derived, ...reported].sort((a, b) => a.period.localeCompare(b.period));
}

function marginLine(kind: MarginKind, point: MarginPoint, when: 'then' | 'now'): CounterpointLine {
  return {
    id: `${kind}-margin-${when}`,
    kind: point.formula ? 'derived' : 'reported',
    label: message(METRICS[kind].label, period(point.period)),
    value: point.value,
    format: 'percent',
    ...(point.formula ? { formula: point.formula } : {}),
    inputs: point.inputs,
  };
}

export function marginLines(company: Company, kind: MarginKind): LineResult {
  const series = marginSeries(company, kind);
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return lineResult([], [metricName(METRICS[kind].margin)]);
  if (first === last) return lineResult([marginLine(kind, last, 'now')]);
  return lineResult([marginLine(kind, first, 'then'), marginLine(kind, last, 'now')]);
}
