// Shared pieces for the line builders: what a builder returns, and how numbers read in formulas.
import type { Figure } from '../data/types';
import { currencyOf } from './figures';
import { formatValue } from './format';
import type { CounterpointLine, ValueFormat } from './types';

/** What each builder hands back: the lines it could make and plain labels for what it lacked. */
export interface LineResult {
  lines: CounterpointLine[];
  unknown: string[];
}

export function lineResult(lines: CounterpointLine[], unknown: string[] = []): LineResult {
  return { lines, unknown };
}

export function combine(results: LineResult[]): LineResult {
  return {
    lines: results.flatMap((r) => r.lines),
    unknown: [...new Set(results.flatMap((r) => r.unknown))],
  };
}

/** a ÷ b, or null when the answer would not be a finite number. */
export function divide(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const quotient = numerator / denominator;
  return Number.isFinite(quotient) ? quotient : null;
}

// Formulas are written in one locale so they read the same in every copy of the counterpoint.
const FORMULA_LOCALE = 'en-US';

export function formulaNumber(value: number, format: ValueFormat, currency?: string): string {
  return formatValue(value, format, { currency, locale: FORMULA_LOCALE, precise: true });
}

/** "$637.96B (FY2024)", "14.8% (FY2024)", "1,551,000 employees (FY2024)". */
export function figureText(figure: Figure): string {
  const period = ` (${figure.period}${figure.person ? `, ${figure.person}` : ''})`;
  switch (figure.unit) {
    case 'percent':
      return formulaNumber(figure.value / 100, 'percent') + period;
    case 'people':
      return `${formulaNumber(figure.value, 'number')} employees${period}`;
    case 'ratio':
      return formulaNumber(figure.value, 'multiple') + period;
    default:
      return formulaNumber(figure.value, 'currency', currencyOf(figure)) + period;
  }
}
