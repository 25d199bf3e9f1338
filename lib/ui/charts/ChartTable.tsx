// The text fallback for every chart: the same numbers as a table, for screen readers and for
// anyone who wants to read exact values.
import { formatPeriod, formatValue } from '../../math/format';
import type { Chart } from '../../math/types';
import { useUi } from '../context';
import { byPeriod } from './period-order';

export function ChartTable({ chart }: { chart: Chart }) {
  const { t, locale } = useUi();
  // A lone series is named by the chart's title already (and may be named just "USD").
  const single = chart.series.length === 1;
  return (
    <details class="mdm-chart-table">
      <summary>{t('chartTable')}</summary>
      <table>
        <caption class="mdm-sr-only">{chart.title}</caption>
        <tbody>
          {chart.series.flatMap((series) =>
            byPeriod(series.points, (point) => point.label).map((point) => (
              <tr key={`${series.name}|${point.label}`}>
                <th scope="row">
                  {single ? formatPeriod(point.label, locale) : `${series.name}, ${formatPeriod(point.label, locale)}`}
                </th>
                <td>{formatValue(point.value, series.format, { currency: series.currency, locale })}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </details>
  );
}
