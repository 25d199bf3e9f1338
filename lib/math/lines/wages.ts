// The yearly wages of the cut jobs at the company's median pay, and how they compare with what the
// company earned and spent in that same fiscal year. Every comparison line uses one fiscal year:
// the year of the median pay. The caveat says which years and which way the estimate leans.
import type { Company } from '../../data/types';
import { amountOf, type Amount, type Comparison } from '../amount';
import { latestFigure } from '../figures';
import type { JobsCut, ViewLayoff } from '../jobs';
import { divide, lineResult, type LineResult } from '../line';
import type { CounterpointLine } from '../types';

export interface Wages extends Amount {
  line: CounterpointLine;
  /** What the reader must know: which years the line combines and which way the estimate leans. */
  caveat: string;
}

/** Which way median pay leans against the roles cut: a visible part of every wage line. */
export function payBias(company: Company, period: string): string {
  const lean =
    company.workforce === 'frontline'
      ? `Most of ${company.short}'s employees work in warehouses, stores, delivery or other hourly roles, so its median pay is far below its office pay: for corporate cuts this understates their wages (a lower bound).`
      : 'If the cut roles are office or engineering jobs, as in most cuts blamed on AI, they likely pay more than the median, so this understates their wages; for hourly roles it may overstate them.';
  return `Uses the ${period} median pay of all ${company.short} employees, not the pay of the roles cut. ${lean}`;
}

function yearsNote(period: string, layoff: ViewLayoff | null): string {
  const when = layoff?.announced ? `; the cut was announced ${layoff.announced}` : '';
  return `Every figure here is ${period}, the latest year with a reported median pay${when}.`;
}

export function cutJobsWages(company: Company, jobs: JobsCut | null, layoff: ViewLayoff | null): { wages: Wages | null; unknown: string[] } {
  const median = latestFigure(company, 'median_employee_pay');
  // A median of zero would be a data error, not pay: treat it as missing rather than show $0 of wages.
  const medianPay = median && median.value > 0 ? amountOf(median, 'median pay') : undefined;
  const unknown = medianPay ? [] : ['median employee pay'];
  if (!jobs || !medianPay) return { wages: null, unknown };
  const value = jobs.count * medianPay.value;
  const formula = `${jobs.text} × ${medianPay.text}`;
  const inputs = [...jobs.inputs, ...medianPay.inputs];
  const caveat = [payBias(company, medianPay.period), yearsNote(medianPay.period, layoff), jobs.caveat].filter(Boolean).join(' ');
  const line: CounterpointLine = {
    id: 'cut-jobs-wages',
    kind: 'derived',
    label: `Yearly wages of the cut jobs at ${medianPay.period} median pay`,
    value,
    format: 'currency',
    currency: medianPay.currency,
    formula,
    caveat,
    inputs,
  };
  const wages = { name: "the cut jobs' yearly wages", value, currency: medianPay.currency, period: medianPay.period, text: `(${formula})`, inputs, line, caveat };
  return { wages, unknown };
}

/** The wages as a share (or multiple) of another amount of the same year; never across currencies or against nothing. */
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
      caveat: wages.caveat,
      inputs: [...wages.inputs, ...target.inputs],
    },
  ]);
}
