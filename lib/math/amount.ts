// A sum of money with the words and sources that explain it, so any two can be compared in a formula.
import type { Figure } from '../data/types';
import { currencyOf, toInput } from './figures';
import { figureText } from './line';
import { message, type Message } from './message';
import type { ReportedInput, ValueFormat } from './types';

export interface Amount {
  /** Plain name ("buybacks"): a bar of the chart, and what is unknown when it cannot be compared. */
  name: Message;
  value: number;
  currency: string;
  /** The period(s) it covers, as named in labels. */
  period: string;
  /** How the amount reads inside a formula, with its numbers and periods. */
  text: Message;
  inputs: ReportedInput[];
}

/** An amount the cut jobs' wages are set against, with the line it becomes. */
export interface Comparison extends Amount {
  id: string;
  /** The comparison line's label ("The cut jobs' yearly wages as a share of buybacks (FY2024)"). */
  label: Message;
  format: Extract<ValueFormat, 'percent' | 'multiple'>;
}

/** The amount a money figure states; undefined for people, ratios and percentages. */
export function amountOf(figure: Figure, name: Message): Amount | undefined {
  const currency = currencyOf(figure);
  if (!currency) return undefined;
  return { name, value: figure.value, currency, period: figure.period, text: message('formula_named', figureText(figure), name), inputs: [toInput(figure)] };
}
