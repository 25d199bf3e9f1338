// A small line chart in plain SVG (margins over the years): one polyline and one dot per point.
import { formatPeriod, formatValue } from '../../math/format';
import type { Chart } from '../../math/types';
import { useUi } from '../context';

const WIDTH = 320;
const HEIGHT = 150;
// Side padding leaves room for the centred year labels at both ends.
const PAD = { top: 14, right: 24, bottom: 22, left: 24 };

export function LineChart({ chart }: { chart: Chart }) {
  const { locale } = useUi();
  const labels = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.label)))];
  const values = chart.series.flatMap((s) => s.points.map((p) => p.value));
  if (labels.length === 0) return null;
  // Zero stays in view so a shrinking margin is not drawn as a collapse.
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const span = max - min || 1;
  const x = (label: string) =>
    labels.length === 1
      ? WIDTH / 2
      : PAD.left + (labels.indexOf(label) / (labels.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + ((max - value) / span) * (HEIGHT - PAD.top - PAD.bottom);
  const first = chart.series[0];
  const fmt = (value: number) => formatValue(value, first?.format ?? 'number', { currency: first?.currency, locale });

  return (
    <>
      <svg class="mdm-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={chart.title}>
        <title>{chart.title}</title>
        <line class="mdm-axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        {chart.series.map((series, i) => (
          <g key={series.name} class={`mdm-series mdm-series-${(i % 3) + 1}`}>
            <polyline points={series.points.map((p) => `${x(p.label)},${y(p.value)}`).join(' ')} />
            {series.points.map((p) => (
              <circle key={p.label} class="mdm-point" cx={x(p.label)} cy={y(p.value)} r={3.5}>
                <title>{`${series.name}, ${formatPeriod(p.label, locale)}: ${formatValue(p.value, series.format, { currency: series.currency, locale })}`}</title>
              </circle>
            ))}
          </g>
        ))}
        <text class="mdm-tick" x={PAD.left} y={PAD.top - 4}>
          {fmt(max)}
        </text>
        {labels.map((label, i) =>
          // The ends always, the middle only when there is room.
          i === 0 || i === labels.length - 1 || labels.length <= 6 ? (
            <text key={label} class="mdm-tick" x={x(label)} y={HEIGHT - 6} text-anchor="middle">
              {formatPeriod(label, locale)}
            </text>
          ) : null,
        )}
      </svg>
      {chart.series.length > 1 && (
        <ul class="mdm-legend" aria-hidden="true">
          {chart.series.map((series, i) => (
            <li key={series.name} class={`mdm-series-${(i % 3) + 1}`}>
              {series.name}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
