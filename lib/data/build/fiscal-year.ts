// How a fiscal year is named. Our rule: "FY<year>" where <year> is the calendar year the fiscal
// year ends in ("FY2025" for Amazon's year to 2025-12-31, Walmart's to 2025-01-31), unless the
// company itself names its years by the year they start in: Target's "fiscal 2024" ended
// 2025-02-01, so it is FY2024 here, as in Target's own reports (Company.fy_named_by = 'start').
// 52/53-week years that end in the first week of January belong to the year before.
const DAY = 86_400_000;

export type FyNaming = 'end' | 'start';

/** The calendar year a fiscal year ending on `periodEnd` (ISO) belongs to, before the naming rule. */
export function anchorYear(periodEnd: string): number {
  return new Date(Date.parse(`${periodEnd}T00:00:00Z`) - 7 * DAY).getUTCFullYear();
}

export function fiscalLabel(periodEnd: string, namedBy: FyNaming): string {
  return `FY${anchorYear(periodEnd) - (namedBy === 'start' ? 1 : 0)}`;
}

/** Days from start to end, inclusive of neither: a fiscal year is 52 or 53 weeks (364 or 371 days) or 365-366. */
export function durationDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY);
}

export const isFullYear = (start: string, end: string): boolean => {
  const days = durationDays(start, end);
  return days >= 357 && days <= 372;
};
