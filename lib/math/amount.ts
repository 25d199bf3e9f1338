// A sum of money with the words and sources that explain it, so any two can be compared in a formula.
import type { Figure } from '../data/types';
import { currencyOf, toInput } from './figures';
import { figureText } from './line';
import type { ReportedInput, ValueFormat } from './types';

export interface Amount {
  /** Plain name, also used as the "unknown" label when it is missing ("buybacks"). */
  name: string;
  value: number;
  currency: string;
  /** The period(s) it covers, as named in labels. */
  period: string;
  /** How the amount reads inside a formula, with its numbers and periods. */
  text: string;
  inputs: ReportedInput[];
}

/** An amount the cut jobs' wages are set against, with the line it becomes. */
export interface Comparison extends Amount {
  id: string;
  format: Extract<ValueFormat, 'percent' | 'multiple'>;
}

/** The amount a money figure states; undefined for people, ratios and percentages. */
export function amountOf(figure: Figure, name: string): Amount | undefined {
  const currency = currencyOf(figure);
  if (!currency) return undefined;
  return { name, value: figure.value, currency, period: figure.period, text: `${figureText(figure)} ${name}`, inputs: [toInput(figure, name)] };
}
