// A small horizontal bar chart in plain SVG (CEO vs median pay, wages vs buybacks/profit/capex).
// One linear scale for all bars: the gap between them is the point, so it is never log-scaled.
import { formatPeriod, formatValue } from '../../math/format';
import type { Chart } from '../../math/types';
import { useUi } from '../context';
import { byPeriod } from './period-order';

const WIDTH = 320;
const ROW = 38;
const BAR = 14;
const MIN_BAR = 2; // a tiny value still shows as a sliver, not as nothing

export function BarChart({ chart }: { chart: Chart }) {
  const { locale } = useUi();
  const bars = barsOf(chart, locale);
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => Math.abs(b.value))) || 1;

  return (
    <svg class="mdm-chart" viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} role="img" aria-label={chart.title}>
      <title>{chart.title}</title>
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
function barsOf(chart: Chart, locale: string): Bar[] {
  const single = chart.series.length === 1;
  const labels = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.label)))];
  const periods = single ? labels : byPeriod(labels, (label) => label);
  return periods.flatMap((period) =>
    chart.series.flatMap((series, s) =>
      series.points
        .filter((point) => point.label === period)
        .map((point) => ({
          key: `${series.name}|${point.label}`,
          // Every bar says its year, even when all share one: a figure without its year misleads.
          label: single ? formatPeriod(point.label, locale) : `${series.name}, ${formatPeriod(point.label, locale)}`,
          value: point.value,
          text: formatValue(point.value, series.format, { currency: series.currency, locale }),
          color: single ? (period === periods[0] ? 1 : 2) : (s % 3) + 1,
        })),
    ),
  );
}
