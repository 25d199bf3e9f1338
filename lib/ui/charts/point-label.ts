// What a chart's point is called wherever it is drawn or tabled. Every point says its period, even
// when all share one: a figure without its year misleads.
import { formatPeriod } from '../../math/format';
import { message, period } from '../../math/message';
import type { ChartPoint, ChartSeries } from '../../math/types';
import type { Say } from '../say';

/** "FY2024" in a lone series of years; "CEO pay, FY2024" among several series; "buybacks (FY2024)"
 * for the bars of one year that are different things. */
export function pointLabel(series: ChartSeries, point: ChartPoint, say: Say, locale: string, single: boolean): string {
  if (point.name) return say(message('chart_barOf', point.name, period(point.period)));
  const when = formatPeriod(point.period, locale);
  return single ? when : `${say(series.name)}, ${when}`;
}
