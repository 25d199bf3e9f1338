// Charts read left to right in time, whatever order the data came in. A period's place is its year,
// then how far into the year it ends: "FY2024" and "2024" at the end of the year, "2024-Q3" and
// "FY2024-9M" at month 9, "2024-H1" at month 6, "2024-03" at month 3. A label that is no period
// keeps its place after the periods.

const PERIOD = /^(?:FY)?(\d{4})(?:-(?:Q([1-4])|H([12])|(9)M|(\d{2})))?$/;

/** A number that orders periods in time; null for a label that is not a period. */
function periodOrder(label: string): number | null {
  const m = PERIOD.exec(label.trim());
  if (!m) return null;
  const [, year, quarter, half, nine, month] = m;
  const endMonth = quarter ? Number(quarter) * 3 : half ? Number(half) * 6 : nine ? 9 : month ? Number(month) : 12;
  return Number(year) * 100 + endMonth;
}

/** The items in time order (a stable sort: equal and non-period labels keep their order). */
export function byPeriod<T>(items: readonly T[], labelOf: (item: T) => string): T[] {
  const keyed = items.map((item, index) => ({ item, index, order: periodOrder(labelOf(item)) ?? Number.POSITIVE_INFINITY }));
  return keyed.sort((a, b) => a.order - b.order || a.index - b.index).map(({ item }) => item);
}
