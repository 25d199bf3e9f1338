// Net income per employee, from the two figures of the same fiscal year: the earliest year and the latest.
import type { Company } from '../../data/types';
import { currencyOf, figureFor, toInput, yearlyFigures } from '../figures';
import { divide, figureText, lineResult, type LineResult } from '../line';
import { message, metricName, period as periodArg } from '../message';
import type { CounterpointLine } from '../types';

type UnnamedLine = Omit<CounterpointLine, 'id'>;

function perEmployee(company: Company, period: string): UnnamedLine | null {
  const income = figureFor(company, 'net_income', period);
  const headcount = figureFor(company, 'headcount', period);
  const currency = income ? currencyOf(income) : undefined;
  if (!income || !headcount || !currency || headcount.value <= 0) return null;
  const value = divide(income.value, headcount.value);
  if (value === null) return null;
  return {
    kind: 'derived',
    label: message(value < 0 ? 'line_lossPerEmployee' : 'line_profitPerEmployee', periodArg(period)),
    value,
    format: 'currency',
    currency,
    formula: message('formula_divide', message('formula_named', figureText(income), metricName('net_income')), figureText(headcount)),
    inputs: [toInput(income), toInput(headcount)],
  };
}

export function profitPerEmployeeLines(company: Company): LineResult {
  const lines = yearlyFigures(company, 'headcount').flatMap((h) => perEmployee(company, h.period) ?? []);
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last) return lineResult([], [message('unknown_profitPerEmployee')]);
  const now = { id: 'profit-per-employee-now', ...last };
  if (first === last) return lineResult([now]);
  return lineResult([{ id: 'profit-per-employee-then', ...first }, now]);
}
