// Puts a company's sourced figures together into the lines and charts the sidebar shows.
// Each line uses one fiscal year (or says which two it compares); the cut jobs' wages and
// everything set against them are of one year, the year of the median pay.
import type { Company } from '../data/types';
import { ceoVsMedianChart, marginsChart, wagesVsSpendingChart } from './charts';
import { jobsCut, latestLayoff, type ArticleLayoff } from './jobs';
import { combine, lineResult } from './line';
import { ceoPayComparisons, ceoRatioLines } from './lines/ceo-pay';
import { marginLines } from './lines/margins';
import { profitLines } from './lines/profit';
import { perJobCutLines } from './lines/per-job-cut';
import { profitPerEmployeeLines } from './lines/profit-per-employee';
import { revenueLines } from './lines/revenue';
import { storyHistory } from './story-history';
import { spendingComparisons, spendingLines } from './lines/spending';
import { compareWages, cutJobsWages } from './lines/wages';
import type { Chart, CompanyView } from './types';

/** `storyDate`: the date the story gives its cut, which splits the company's layoffs on record into earlier and later. */
export function buildCompanyView(company: Company, article?: ArticleLayoff, storyDate?: string | null): CompanyView {
  const layoff = latestLayoff(company, article);
  const jobs = jobsCut(company, layoff);
  const { wages, unknown: wagesUnknown } = cutJobsWages(company, jobs.jobs, layoff);
  const spending = wages ? spendingComparisons(company, wages.period) : { targets: [], unknown: [] };
  const ceoPay = ceoPayComparisons(company, wages?.period);
  const targets = [...spending.targets, ...ceoPay.targets];
  const comparisons = wages ? targets.map((target) => compareWages(wages, target)) : [];

  const result = combine([
    revenueLines(company),
    marginLines(company, 'gross'),
    marginLines(company, 'operating'),
    profitLines(company),
    spendingLines(company),
    lineResult(jobs.jobs?.line ? [jobs.jobs.line] : [], jobs.unknown),
    perJobCutLines(company, jobs.jobs, layoff),
    lineResult(wages ? [wages.line] : [], wagesUnknown),
    lineResult([], spending.unknown),
    ...comparisons,
    ceoRatioLines(company),
    lineResult(ceoPay.lines, ceoPay.unknown),
    profitPerEmployeeLines(company),
  ]);
  const charts = [marginsChart(company), ceoVsMedianChart(company), wagesVsSpendingChart(wages, spending.targets)];
  const history = storyHistory(company.history, storyDate);

  return {
    id: company.id,
    name: company.short || company.name,
    ceo: company.ceo ?? '',
    layoff,
    lines: result.lines,
    charts: charts.filter((chart): chart is Chart => chart !== null),
    unknown: result.unknown,
    hasData: company.figures.length > 0,
    history: history.earlier,
    ...(history.later.length ? { laterHistory: history.later } : {}),
  };
}
