// The yearly wages of the cut jobs at the company's median pay, and how they compare with what the
// company earned and spent in that same fiscal year. Every comparison line uses one fiscal year:
// the year of the median pay. The caveat says which years and which way the estimate leans.
import type { Company } from '../../data/types';
import { amountOf, type Amount, type Comparison } from '../amount';
import { latestFigure } from '../figures';
import type { JobsCut, ViewLayoff } from '../jobs';
import { divide, lineResult, type LineResult } from '../line';
import { message, metricName, period as periodArg, type Message } from '../message';
import type { CounterpointLine } from '../types';

type Caveats = NonNullable<CounterpointLine['caveats']>;

export interface Wages extends Amount {
  line: CounterpointLine;
  /** What the reader must know: which pay it uses, which way the estimate leans, which years it combines. */
  caveats: Caveats;
}

/** Which pay the wages use and which way it leans against the roles cut: a visible part of every wage line. */
export function payBias(company: Company, period: string): [Message, Message] {
  const name = company.short || company.name;
  const lean = company.workforce === 'frontline' ? message('caveat_frontline', name) : message('caveat_officeRoles');
  return [message('caveat_medianOfAll', periodArg(period), name), lean];
}

function yearsNote(period: string, layoff: ViewLayoff | null): Message {
  return layoff?.announced
    ? message('caveat_yearsAnnounced', periodArg(period), periodArg(layoff.announced))
    : message('caveat_years', periodArg(period));
}

export function cutJobsWages(company: Company, jobs: JobsCut | null, layoff: ViewLayoff | null): { wages: Wages | null; unknown: Message[] } {
  const median = latestFigure(company, 'median_employee_pay');
  // A median of zero would be a data error, not pay: treat it as missing rather than show $0 of wages.
  const medianPay = median && median.value > 0 ? amountOf(median, metricName('median_employee_pay')) : undefined;
  const unknown = medianPay ? [] : [metricName('median_employee_pay')];
  if (!jobs || !medianPay) return { wages: null, unknown };
  const value = jobs.count * medianPay.value;
  const formula = message('formula_times', jobs.text, medianPay.text);
  const inputs = [...jobs.inputs, ...medianPay.inputs];
  const caveats: Caveats = [...payBias(company, medianPay.period), yearsNote(medianPay.period, layoff), ...(jobs.caveat ? [jobs.caveat] : [])];
  const line: CounterpointLine = {
    id: 'cut-jobs-wages',
    kind: 'derived',
    label: message('line_cutJobsWages', periodArg(medianPay.period)),
    value,
    format: 'currency',
    currency: medianPay.currency,
    formula,
    caveats,
    inputs,
  };
  const wages: Wages = {
    name: message('amount_cutJobsWages'),
    value,
    currency: medianPay.currency,
    period: medianPay.period,
    text: message('formula_group', formula),
    inputs,
    line,
    caveats,
  };
  return { wages, unknown };
}

/** The wages as a share (or multiple) of another amount of the same year; never across currencies or against nothing. */
export function compareWages(wages: Wages, target: Comparison): LineResult {
  if (target.currency !== wages.currency) {
    return lineResult([], [message('unknown_otherCurrency', target.name, target.currency, wages.currency)]);
  }
  const value = target.value > 0 ? divide(wages.value, target.value) : null;
  if (value === null) return lineResult([]);
  return lineResult([
    {
      id: target.id,
      kind: 'derived',
      label: target.label,
      value,
      format: target.format,
      formula: message('formula_divide', wages.text, target.text),
      caveats: wages.caveats,
      inputs: [...wages.inputs, ...target.inputs],
    },
  ]);
}
