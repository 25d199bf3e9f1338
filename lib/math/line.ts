// Shared pieces for the line builders: what a builder returns, and how numbers read in formulas.
import type { Figure } from '../data/types';
import { currencyOf } from './figures';
import { message, messageId, period, type Message, type NumberArg } from './message';
import type { CounterpointLine, ValueFormat } from './types';

/** What each builder hands back: the lines it could make and the names of what it lacked. */
export interface LineResult {
  lines: CounterpointLine[];
  unknown: Message[];
}

export function lineResult(lines: CounterpointLine[], unknown: Message[] = []): LineResult {
  return { lines, unknown };
}

export function combine(results: LineResult[]): LineResult {
  const unknown = new Map(results.flatMap((r) => r.unknown).map((m) => [messageId(m), m]));
  return { lines: results.flatMap((r) => r.lines), unknown: [...unknown.values()] };
}

/** a ÷ b, or null when the answer would not be a finite number. */
export function divide(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const quotient = numerator / denominator;
  return Number.isFinite(quotient) ? quotient : null;
}

/** A number as a formula shows it: precise, in the reader's locale. */
export function formulaNumber(value: number, format: ValueFormat, currency?: string): NumberArg {
  return currency ? { value, format, currency } : { value, format };
}

/** "$637.96B (FY2024)", "14.8% (FY2024)", "1,551,000 employees (FY2024)", "$12M (FY2024, Test CEO)". */
export function figureText(figure: Figure): Message {
  switch (figure.unit) {
    case 'percent':
      return message('formula_figure', formulaNumber(figure.value / 100, 'percent'), period(figure.period));
    case 'people':
      return message('formula_employees', formulaNumber(figure.value, 'number'), period(figure.period));
    default: {
      const value = figure.unit === 'ratio' ? formulaNumber(figure.value, 'multiple') : formulaNumber(figure.value, 'currency', currencyOf(figure));
      return figure.person
        ? message('formula_figureOf', value, period(figure.period), figure.person)
        : message('formula_figure', value, period(figure.period));
    }
  }
}
