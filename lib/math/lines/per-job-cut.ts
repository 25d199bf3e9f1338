// What the company earned, and paid its shareholders, for each job the story says it cut: the latest
// fiscal year's net income and buybacks divided by the cut. Both are the company's own figures and the
// count is the story's, so no wage enters: these lines stand where the median pay, and with it the cut
// jobs' wages, is not reported.
import type { Company } from '../../data/types';
import { currencyOf, latestFigure, toInput } from '../figures';
import type { JobsCut, ViewLayoff } from '../jobs';
import { divide, figureText, lineResult, type LineResult } from '../line';
import { message, metricName, period as periodArg } from '../message';
import type { CounterpointLine } from '../types';

const PER_JOB_CUT = [
  { id: 'net-income-per-job-cut', metric: 'net_income', label: 'line_netIncomePerJobCut' },
  { id: 'buybacks-per-job-cut', metric: 'buybacks', label: 'line_buybacksPerJobCut' },
] as const;

export function perJobCutLines(company: Company, jobs: JobsCut | null, layoff: ViewLayoff | null): LineResult {
  if (!jobs || !(jobs.count > 0)) return lineResult([]);
  return lineResult(PER_JOB_CUT.flatMap(({ id, metric, label }): CounterpointLine[] => {
    const figure = latestFigure(company, metric);
    const currency = figure ? currencyOf(figure) : undefined;
    // A loss or no buybacks is no amount per job: the figure itself is among the lines.
    if (!figure || !currency || !(figure.value > 0)) return [];
    const value = divide(figure.value, jobs.count);
    if (value === null) return [];
    // The latest year may not be the cut's: say when it was announced.
    const [first, ...rest] = [
      ...(layoff?.announced ? [message('caveat_latestYearAnnounced', periodArg(figure.period), periodArg(layoff.announced))] : []),
      ...(jobs.caveat ? [jobs.caveat] : []),
    ];
    return [{
      id,
      kind: 'derived',
      label: message(label, periodArg(figure.period)),
      value,
      format: 'currency',
      currency,
      formula: message('formula_divide', message('formula_named', figureText(figure), metricName(metric)), jobs.text),
      ...(first ? { caveats: [first, ...rest] } : {}),
      inputs: [toInput(figure), ...jobs.inputs],
    }];
  }));
}
