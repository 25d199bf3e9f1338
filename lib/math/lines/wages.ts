// The yearly wages of the cut jobs, and how they compare with what the company spent or earned.
import type { Company } from '../../data/types';
import { amountOf, type Amount, type Comparison } from '../amount';
import { latestFigure } from '../figures';
import type { JobsCut } from '../jobs';
import { divide, lineResult, type LineResult } from '../line';
import type { CounterpointLine } from '../types';

const CAVEAT = "approximation: uses the company's reported median pay, not the pay of the roles cut";

export interface Wages extends Amount {
  line: CounterpointLine;
}

export function cutJobsWages(company: Company, jobs: JobsCut | null): { wages: Wages | null; unknown: string[] } {
  const median = latestFigure(company, 'median_employee_pay');
  // A median of zero would be a data error, not pay: treat it as missing rather than show $0 of wages.
  const medianPay = median && median.value > 0 ? amountOf(median, 'median pay') : undefined;
  const unknown = medianPay ? [] : ['median employee pay'];
  if (!jobs || !medianPay) return { wages: null, unknown };
  const value = jobs.count * medianPay.value;
  const formula = `${jobs.text} × ${medianPay.text}`;
  const inputs = [...jobs.inputs, ...medianPay.inputs];
  const line: CounterpointLine = {
    id: 'cut-jobs-wages',
    kind: 'derived',
    label: 'Yearly wages of the cut jobs',
    value,
    format: 'currency',
    currency: medianPay.currency,
    formula,
    caveat: CAVEAT,
    inputs,
  };
  const wages = { name: "the cut jobs' yearly wages", value, currency: medianPay.currency, period: medianPay.period, text: `(${formula})`, inputs, line };
  return { wages, unknown };
}

/** The wages as a share (or multiple) of another amount; never across currencies or against nothing. */
export function compareWages(wages: Wages, target: Comparison): LineResult {
  if (target.currency !== wages.currency) {
    return lineResult([], [`${target.name} (in ${target.currency}; median pay is in ${wages.currency})`]);
  }
  const value = target.value > 0 ? divide(wages.value, target.value) : null;
  if (value === null) return lineResult([]);
  const relation = target.format === 'percent' ? 'as a share of' : 'as a multiple of';
  return lineResult([
    {
      id: target.id,
      kind: 'derived',
      label: `The cut jobs' yearly wages ${relation} ${target.name} (${target.period})`,
      value,
      format: target.format,
      formula: `${wages.text} ÷ ${target.text}`,
      caveat: CAVEAT,
      inputs: [...wages.inputs, ...target.inputs],
    },
  ]);
}
