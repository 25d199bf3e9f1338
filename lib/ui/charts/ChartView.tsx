// One chart as the reader sees it: title, the drawing, its sources and the table fallback. A line
// needs two points to be a line: a series with one is stated as a figure ("Gross margin: 44.1%
// (FY2024)"), and a chart with no series of two points is only figures.
import { formatPeriod, formatValue } from '../../math/format';
import type { Chart } from '../../math/types';
import { useUi } from '../context';
import { BarChart } from './BarChart';
import { ChartTable } from './ChartTable';
import { LineChart } from './LineChart';
import { SourceLink } from '../sidebar/SourceLink';

export function ChartView({ chart }: { chart: Chart }) {
  const { locale, say } = useUi();
  const sources = [...new Map(chart.series.flatMap((s) => s.sources).map((s) => [s.url, s])).values()];
  const lines = chart.kind === 'line' ? chart.series.filter((s) => s.points.length >= 2) : chart.series;
  const figures = chart.kind === 'line' ? chart.series.filter((s) => s.points.length === 1) : [];
  return (
    <figure class="mdm-figure" data-chart={chart.id}>
      <figcaption class="mdm-figure-title">{say(chart.title)}</figcaption>
      {lines.length > 0 && (chart.kind === 'line' ? <LineChart chart={{ ...chart, series: lines }} /> : <BarChart chart={chart} />)}
      {figures.map((series) => {
        const point = series.points[0]!;
        return (
          <p key={series.name.key} class="mdm-figure-single" data-testid="chart-figure">
            {say(series.name)}: <strong>{formatValue(point.value, series.format, { currency: series.currency, locale })}</strong> (
            {formatPeriod(point.period, locale)})
          </p>
        );
      })}
      {sources.length > 0 && (
        <p class="mdm-figure-sources">
          {sources.map((source) => (
            <SourceLink key={source.url} source={source} detail={siteOf(source.url)} testId="chart-source" />
          ))}
        </p>
      )}
      {lines.length > 0 && <ChartTable chart={chart} />}
    </figure>
  );
}

/** "https://www.sec.gov/..." → "sec.gov": a chart's sources carry no period, so the site tells them apart. */
function siteOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
