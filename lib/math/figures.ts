// Picks figures out of a company's list. Only whole fiscal years ("FY2024") are combined:
// quarters, halves and nine-month periods would mix durations.
import { ceoPeople } from '../data/ceo';
import type { Company, Figure, Metric, SourceKind } from '../data/types';
import { metricName } from './message';
import type { ReportedInput } from './types';

const FISCAL_YEAR = /^FY(\d{4})$/;

export function fiscalYear(period: string): number | null {
  const match = FISCAL_YEAR.exec(period);
  return match ? Number(match[1]) : null;
}

export function previousFiscalYear(period: string): string | null {
  const year = fiscalYear(period);
  return year === null ? null : `FY${year - 1}`;
}

// Secondary pages rank below the company's own filings when two figures claim the same period.
const SECONDARY: readonly SourceKind[] = ['news', 'data-site'];
const isPrimary = (figure: Figure): boolean => !SECONDARY.includes(figure.source.kind);

/** A year with two CEOs (one left mid-year) counts its pay as the current CEO's. */
const currentCeo = (company: Company, figure: Figure): boolean =>
  Boolean(figure.person && company.ceo && ceoPeople(company.ceo).includes(figure.person));

/** One figure per fiscal year for a metric, oldest first; a primary source wins over a secondary one. */
export function yearlyFigures(company: Company, metric: Metric): Figure[] {
  const byPeriod = new Map<string, Figure>();
  for (const figure of company.figures) {
    if (figure.metric !== metric || fiscalYear(figure.period) === null || !Number.isFinite(figure.value)) continue;
    const held = byPeriod.get(figure.period);
    const better = held && (isPrimary(held) === isPrimary(figure) ? currentCeo(company, figure) && !currentCeo(company, held) : isPrimary(figure));
    if (!held || better) byPeriod.set(figure.period, figure);
  }
  return [...byPeriod.values()].sort((a, b) => (fiscalYear(a.period) ?? 0) - (fiscalYear(b.period) ?? 0));
}

export function latestFigure(company: Company, metric: Metric): Figure | undefined {
  return yearlyFigures(company, metric).at(-1);
}

export function figureFor(company: Company, metric: Metric, period: string): Figure | undefined {
  return yearlyFigures(company, metric).find((figure) => figure.period === period);
}

/** A figure as a line's input, named by its metric. */
export function toInput(figure: Figure): ReportedInput {
  return { label: metricName(figure.metric), period: figure.period, value: figure.value, unit: figure.unit, source: figure.source };
}

const NON_MONEY = new Set(['percent', 'people', 'ratio']);

/** The ISO currency of a money figure, or undefined for percentages, people and ratios. */
export function currencyOf(figure: Figure): string | undefined {
  return NON_MONEY.has(figure.unit) ? undefined : figure.unit;
}
