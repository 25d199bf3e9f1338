// CEO pay: as a multiple of median pay per year, and as the amounts the cut jobs' wages are set against.
// Pay belongs to a person, so a "raise" is only computed when both years name the same CEO.
import type { Company, Figure } from '../../data/types';
import { amountOf, type Comparison } from '../amount';
import { figureFor, latestFigure, previousFiscalYear, toInput, yearlyFigures } from '../figures';
import { divide, figureText, formulaNumber, lineResult, type LineResult } from '../line';
import { message, metricName, period as periodArg, type Message } from '../message';
import type { CounterpointLine, ReportedInput } from '../types';

/** CEO pay and median pay of the same fiscal year, when both exist in the same currency. */
export function ceoAndMedianPay(company: Company, period: string): { ceo: Figure; median: Figure } | null {
  const ceo = figureFor(company, 'ceo_total_comp', period);
  const median = figureFor(company, 'median_employee_pay', period);
  return ceo && median && ceo.unit === median.unit && median.value > 0 ? { ceo, median } : null;
}

/** A figure with its name, as a formula says it: "$12M (FY2024, Test CEO) CEO pay". */
const named = (figure: Figure): Message => message('formula_named', figureText(figure), metricName(figure.metric));

const ratioText = (point: RatioPoint): Message => message('formula_figure', formulaNumber(point.value, 'multiple'), periodArg(point.period));

interface RatioPoint {
  period: string;
  value: number;
  /** The CEO whose pay the ratio measures. */
  person: string | undefined;
  formula?: Message;
  inputs: ReportedInput[];
}

// The ratio the company reported wins; else CEO pay ÷ median pay of the same year.
function ratioPoint(company: Company, period: string): RatioPoint | null {
  const reported = figureFor(company, 'ceo_pay_ratio', period);
  if (reported && reported.value > 0) {
    return { period, value: reported.value, person: reported.person, inputs: [toInput(reported)] };
  }
  const pair = ceoAndMedianPay(company, period);
  const value = pair ? divide(pair.ceo.value, pair.median.value) : null;
  if (!pair || value === null) return null;
  return {
    period,
    value,
    person: pair.ceo.person,
    formula: message('formula_divide', named(pair.ceo), named(pair.median)),
    inputs: [toInput(pair.ceo), toInput(pair.median)],
  };
}

function ratioSeries(company: Company): RatioPoint[] {
  const periods = new Set(
    [...yearlyFigures(company, 'ceo_pay_ratio'), ...yearlyFigures(company, 'ceo_total_comp')].map((f) => f.period),
  );
  return [...periods].sort().flatMap((period) => ratioPoint(company, period) ?? []);
}

export function ceoRatioLines(company: Company): LineResult {
  const series = ratioSeries(company);
  const last = series.at(-1);
  if (!last) return lineResult([], [metricName('ceo_pay_ratio')]);
  // A change across two CEOs compares two people's pay, not a trend: only the latest CEO's years.
  const first = last.person ? series.find((point) => point.person === last.person) : last;
  const now: CounterpointLine = {
    id: 'ceo-pay-ratio',
    kind: last.formula ? 'derived' : 'reported',
    label: message('line_ceoPayRatio', periodArg(last.period)),
    value: last.value,
    format: 'multiple',
    ...(last.formula ? { formula: last.formula } : {}),
    inputs: last.inputs,
  };
  const value = first ? divide(last.value - first.value, first.value) : null;
  if (!first || first === last || value === null) return lineResult([now]);
  const change: CounterpointLine = {
    id: 'ceo-pay-ratio-change',
    kind: 'derived',
    label: message('line_ceoPayRatioChange', periodArg(first.period), periodArg(last.period)),
    value,
    format: 'percent',
    formula: message('formula_change', ratioText(last), ratioText(first)),
    inputs: [...first.inputs, ...last.inputs],
  };
  return lineResult([now, change]);
}

function ceoRaise(company: Company, latest: Figure, currency: string): { raise?: Comparison; line?: CounterpointLine; unknown: Message[] } {
  const previousPeriod = previousFiscalYear(latest.period);
  const previous = previousPeriod ? figureFor(company, 'ceo_total_comp', previousPeriod) : undefined;
  if (!previous || !latest.person || !previous.person || previous.unit !== latest.unit) return { unknown: [message('amount_ceoRaise')] };
  // A new CEO's first year is not a raise.
  if (previous.person !== latest.person || latest.value <= previous.value) return { unknown: [] };
  const value = latest.value - previous.value;
  const formula = message('formula_minus', figureText(latest), figureText(previous));
  const inputs = [toInput(previous), toInput(latest)];
  const from = periodArg(previous.period);
  const to = periodArg(latest.period);
  const line: CounterpointLine = {
    id: 'ceo-raise',
    kind: 'derived',
    label: message('line_ceoRaise', latest.person, from, to),
    value,
    format: 'currency',
    currency,
    formula,
    inputs,
  };
  return {
    raise: {
      id: 'wages-vs-ceo-raise',
      label: message('line_wagesVsCeoRaise', from, to),
      format: 'multiple',
      name: message('amount_ceoRaise'),
      value,
      currency,
      period: `${previous.period}–${latest.period}`,
      text: message('formula_group', formula),
      inputs,
    },
    line,
    unknown: [],
  };
}

/**
 * The CEO's pay and raise as amounts to compare with, plus the raise's own line: the latest year's,
 * or the given year's when the wages they are set against are of that year.
 */
export function ceoPayComparisons(company: Company, period?: string): { targets: Comparison[]; lines: CounterpointLine[]; unknown: Message[] } {
  const latest = period ? figureFor(company, 'ceo_total_comp', period) : latestFigure(company, 'ceo_total_comp');
  const pay = latest ? amountOf(latest, metricName('ceo_total_comp')) : undefined;
  if (!latest || !pay) {
    const ceoPay = period ? message('unknown_for', metricName('ceo_total_comp'), periodArg(period)) : metricName('ceo_total_comp');
    return { targets: [], lines: [], unknown: [ceoPay, message('amount_ceoRaise')] };
  }
  const { raise, line, unknown } = ceoRaise(company, latest, pay.currency);
  const payTarget: Comparison = { ...pay, id: 'wages-vs-ceo-pay', label: message('line_wagesVsCeoPay', periodArg(latest.period)), format: 'multiple' };
  // The pay itself, as the proxy reports it for the person: known for far more companies than the
  // median pay it would be set against.
  const payLine: CounterpointLine[] = latest.person
    ? [{ id: 'ceo-pay', kind: 'reported', label: message('line_ceoPay', latest.person, periodArg(latest.period)), value: latest.value, format: 'currency', currency: pay.currency, inputs: [toInput(latest)] }]
    : [];
  return {
    targets: [payTarget, ...(raise ? [raise] : [])],
    lines: [...payLine, ...(line ? [line] : [])],
    unknown,
  };
}
