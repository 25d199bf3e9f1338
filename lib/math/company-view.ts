// Puts a company's sourced figures together into the lines and charts the sidebar shows.
import type { Company } from '../data/types';
import { ceoVsMedianChart, marginsChart, wagesVsSpendingChart } from './charts';
import { jobsCut, latestLayoff, type ArticleLayoff } from './jobs';
import { combine, lineResult } from './line';
import { ceoPayComparisons, ceoRatioLines } from './lines/ceo-pay';
import { marginLines } from './lines/margins';
import { profitLines } from './lines/profit';
import { profitPerEmployeeLines } from './lines/profit-per-employee';
import { revenueLines } from './lines/revenue';
import { spendingComparisons } from './lines/spending';
import { compareWages, cutJobsWages } from './lines/wages';
import type { Chart, CompanyView } from './types';

export function buildCompanyView(company: Company, article?: ArticleLayoff): CompanyView {
  const layoff = latestLayoff(company, article);
  const jobs = jobsCut(company, layoff);
  const wages = cutJobsWages(company, jobs.jobs);
  const spending = spendingComparisons(company);
  const ceoPay = ceoPayComparisons(company);
  const targets = [...spending.targets, ...ceoPay.targets];
  const cutWages = wages.wages;
  const comparisons = cutWages ? targets.map((target) => compareWages(cutWages, target)) : [];

  const result = combine([
    revenueLines(company),
    marginLines(company, 'gross'),
    marginLines(company, 'operating'),
    profitLines(company),
    lineResult(jobs.jobs?.line ? [jobs.jobs.line] : [], jobs.unknown),
    lineResult(cutWages ? [cutWages.line] : [], wages.unknown),
    lineResult([], spending.unknown),
    ...comparisons,
    ceoRatioLines(company),
    lineResult(ceoPay.lines, ceoPay.unknown),
    profitPerEmployeeLines(company),
  ]);
  const charts = [marginsChart(company), ceoVsMedianChart(company), wagesVsSpendingChart(cutWages, spending.targets)];

  return {
    id: company.id,
    name: company.short || company.name,
    ceo: company.ceo,
    layoff,
    lines: result.lines,
    charts: charts.filter((chart): chart is Chart => chart !== null),
    unknown: result.unknown,
    hasData: company.figures.length > 0,
  };
}
