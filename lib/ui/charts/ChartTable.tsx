// The text fallback for every chart: the same numbers as a table, for screen readers and for
// anyone who wants to read exact values.
import { formatValue } from '../../math/format';
import type { Chart } from '../../math/types';
import { useUi } from '../context';
import { byPeriod } from './period-order';
import { pointLabel } from './point-label';

export function ChartTable({ chart }: { chart: Chart }) {
  const { t, locale, say } = useUi();
  // A lone series is named by the chart's title already (and may be named just "USD").
  const single = chart.series.length === 1;
  return (
    <details class="mdm-chart-table">
      <summary>{t('chartTable')}</summary>
      <table>
        <caption class="mdm-sr-only">{say(chart.title)}</caption>
        <tbody>
          {chart.series.flatMap((series, s) =>
            byPeriod(series.points, (point) => point.period).map((point, i) => (
              <tr key={`${s}|${i}`}>
                <th scope="row">{pointLabel(series, point, say, locale, single)}</th>
                <td>{formatValue(point.value, series.format, { currency: series.currency, locale })}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </details>
  );
}
