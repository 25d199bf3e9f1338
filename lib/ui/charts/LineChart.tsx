// A small line chart in plain SVG (margins over the years): one polyline and one dot per point, in
// time order, on a value axis whose ticks carry the unit (0%, 25%, 50%) and a time axis. Series
// with fewer than two points are not drawn here: ChartView states them as figures.
import { formatPeriod, formatValue } from '../../math/format';
import type { Chart } from '../../math/types';
import { useUi } from '../context';
import { byPeriod } from './period-order';

const WIDTH = 320;
const HEIGHT = 170;
// Left padding holds the value ticks; the others leave room for the centred year labels.
const PAD = { top: 12, right: 22, bottom: 24, left: 46 };
/** About this many steps on the value axis, each a round number (1, 2, 2.5 or 5 × 10ⁿ). */
const STEPS = 2;

/** Round ticks that span [min, max]: 0%, 25%, 50% rather than 0%, 24.4%, 48.9%. */
function niceTicks(min: number, max: number): number[] {
  const raw = (max - min) / STEPS || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks = [Math.floor(min / step) * step];
  while (ticks.at(-1)! < max - step * 1e-9) ticks.push(ticks.at(-1)! + step);
  // Sums of steps drift (0.1 + 0.2): each tick is a whole number of steps.
  return ticks.map((tick) => Math.round(tick / step) * step);
}

export function LineChart({ chart }: { chart: Chart }) {
  const { locale, say } = useUi();
  const series = chart.series.map((s) => ({ ...s, points: byPeriod(s.points, (p) => p.period) }));
  const labels = byPeriod([...new Set(series.flatMap((s) => s.points.map((p) => p.period)))], (label) => label);
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  if (labels.length === 0) return null;
  // Zero stays in view so a shrinking margin is not drawn as a collapse.
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const min = ticks[0] ?? 0;
  const max = ticks.at(-1) ?? 1;
  const span = max - min || 1;
  const x = (label: string) =>
    labels.length === 1
      ? (PAD.left + WIDTH - PAD.right) / 2
      : PAD.left + (labels.indexOf(label) / (labels.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + ((max - value) / span) * (HEIGHT - PAD.top - PAD.bottom);
  const first = series[0];
  const fmt = (value: number) => formatValue(value, first?.format ?? 'number', { currency: first?.currency, locale });

  return (
    <>
      <svg class="mdm-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={say(chart.title)}>
        <title>{say(chart.title)}</title>
        {ticks.map((tick) => (
          <g key={tick} class="mdm-y-tick">
            <line class="mdm-grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text class="mdm-tick" x={PAD.left - 6} y={y(tick) + 4} text-anchor="end">
              {fmt(tick)}
            </text>
          </g>
        ))}
        <line class="mdm-axis mdm-zero" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        <line class="mdm-axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
        {series.map((s, i) => (
          <g key={s.name.key} class={`mdm-series mdm-series-${(i % 3) + 1}`}>
            <polyline points={s.points.map((p) => `${x(p.period)},${y(p.value)}`).join(' ')} />
            {s.points.map((p) => (
              <circle key={p.period} class="mdm-point" cx={x(p.period)} cy={y(p.value)} r={3.5}>
                <title>{`${say(s.name)}, ${formatPeriod(p.period, locale)}: ${formatValue(p.value, s.format, { currency: s.currency, locale })}`}</title>
              </circle>
            ))}
          </g>
        ))}
        {labels.map((label, i) =>
          // The ends always, the middle only when there is room.
          i === 0 || i === labels.length - 1 || labels.length <= 6 ? (
            <text key={label} class="mdm-tick mdm-x-tick" x={x(label)} y={HEIGHT - 6} text-anchor="middle">
              {formatPeriod(label, locale)}
            </text>
          ) : null,
        )}
      </svg>
      {series.length > 1 && (
        <ul class="mdm-legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.name.key} class={`mdm-series-${(i % 3) + 1}`}>
              {say(s.name)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
