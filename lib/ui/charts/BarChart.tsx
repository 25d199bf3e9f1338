// A small horizontal bar chart in plain SVG (CEO vs median pay, wages vs buybacks/profit/capex).
// One linear scale for all bars: the gap between them is the point, so it is never log-scaled.
import { formatValue } from '../../math/format';
import type { Chart } from '../../math/types';
import { useUi } from '../context';
import type { Say } from '../say';
import { byPeriod } from './period-order';
import { pointLabel } from './point-label';

const WIDTH = 320;
const ROW = 38;
const BAR = 14;
const MIN_BAR = 2; // a tiny value still shows as a sliver, not as nothing

export function BarChart({ chart }: { chart: Chart }) {
  const { locale, say } = useUi();
  const bars = barsOf(chart, say, locale);
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => Math.abs(b.value))) || 1;

  return (
    <svg class="mdm-chart" viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} role="img" aria-label={say(chart.title)}>
      <title>{say(chart.title)}</title>
      {bars.map((bar, i) => (
        <g key={bar.key} transform={`translate(0 ${i * ROW})`}>
          <text class="mdm-bar-label" x={0} y={12}>
            {bar.label}
            <tspan class="mdm-bar-value" dx={6}>
              {bar.text}
            </tspan>
          </text>
          <rect
            class={`mdm-bar mdm-series-${bar.color}`}
            x={0}
            y={17}
            height={BAR}
            rx={2}
            width={Math.max(MIN_BAR, (Math.abs(bar.value) / max) * WIDTH)}
          >
            <title>{`${bar.label}: ${bar.text}`}</title>
          </rect>
        </g>
      ))}
    </svg>
  );
}

interface Bar {
  key: string;
  label: string;
  value: number;
  text: string;
  color: number;
}

/** Several series (CEO vs median pay over years) are grouped by period in time order, coloured by
 * series; a single series (wages vs spending) keeps its order, its first bar, the one the chart is
 * about, set apart. */
function barsOf(chart: Chart, say: Say, locale: string): Bar[] {
  if (chart.series.length === 1) {
    const series = chart.series[0]!;
    return series.points.map((point, i) => ({
      key: String(i),
      label: pointLabel(series, point, say, locale, true),
      value: point.value,
      text: formatValue(point.value, series.format, { currency: series.currency, locale }),
      color: i === 0 ? 1 : 2,
    }));
  }
  const periods = byPeriod([...new Set(chart.series.flatMap((s) => s.points.map((p) => p.period)))], (period) => period);
  return periods.flatMap((period) =>
    chart.series.flatMap((series, s) =>
      series.points
        .filter((point) => point.period === period)
        .map((point) => ({
          key: `${s}|${point.period}`,
          label: pointLabel(series, point, say, locale, false),
          value: point.value,
          text: formatValue(point.value, series.format, { currency: series.currency, locale }),
          color: (s % 3) + 1,
        })),
    ),
  );
}
