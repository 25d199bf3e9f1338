// One chart as the reader sees it: title, the drawing, its sources and the table fallback.
import type { Chart } from '../../math/types';
import { BarChart } from './BarChart';
import { ChartTable } from './ChartTable';
import { LineChart } from './LineChart';
import { SourceLink } from '../sidebar/SourceLink';

export function ChartView({ chart }: { chart: Chart }) {
  const sources = [...new Map(chart.series.flatMap((s) => s.sources).map((s) => [s.url, s])).values()];
  return (
    <figure class="mdm-figure" data-chart={chart.id}>
      <figcaption class="mdm-figure-title">{chart.title}</figcaption>
      {chart.kind === 'line' ? <LineChart chart={chart} /> : <BarChart chart={chart} />}
      {sources.length > 0 && (
        <p class="mdm-figure-sources">
          {sources.map((source) => (
            <SourceLink key={source.url} source={source} detail={siteOf(source.url)} testId="chart-source" />
          ))}
        </p>
      )}
      <ChartTable chart={chart} />
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
