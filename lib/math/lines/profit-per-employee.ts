// Net income per employee, from the two figures of the same fiscal year: the earliest year and the latest.
import type { Company } from '../../data/types';
import { currencyOf, figureFor, toInput, yearlyFigures } from '../figures';
import { divide, figureText, lineResult, type LineResult } from '../line';
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
    label: `${value < 0 ? 'Loss' : 'Profit'} per employee in ${period}`,
    value,
    format: 'currency',
    currency,
    formula: `${figureText(income)} net income ÷ ${figureText(headcount)}`,
    inputs: [toInput(income, 'net income'), toInput(headcount, 'employees')],
  };
}

export function profitPerEmployeeLines(company: Company): LineResult {
  const lines = yearlyFigures(company, 'headcount').flatMap((h) => perEmployee(company, h.period) ?? []);
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last) return lineResult([], ['profit per employee (net income and headcount of the same year)']);
  const now = { id: 'profit-per-employee-now', ...last };
  if (first === last) return lineResult([now]);
  return lineResult([{ id: 'profit-per-employee-then', ...first }, now]);
}
