// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { message, metricName } from '../../lib/math/message';
import type { Chart } from '../../lib/math/types';
import { BarChart } from '../../lib/ui/charts/BarChart';
import { ChartView } from '../../lib/ui/charts/ChartView';
import { LineChart } from '../../lib/ui/charts/LineChart';
import { byPeriod } from '../../lib/ui/charts/period-order';
import { UiContext } from '../../lib/ui/context';
import { translateFrom } from '../../lib/ui/i18n';

const source = { url: 'https://example.org/10k', kind: '10-K' as const, retrieved: '2026-11-01', snippet: 'Operating margin' };

const margins: Chart = {
  id: 'margins',
  title: message('chart_margins'),
  kind: 'line',
  series: [
    { name: message('chart_grossMargin'), format: 'percent', points: [{ period: 'FY2022', value: 0.42 }, { period: 'FY2023', value: 0.45 }, { period: 'FY2024', value: 0.48 }], sources: [source] },
    { name: message('chart_operatingMargin'), format: 'percent', points: [{ period: 'FY2022', value: -0.02 }, { period: 'FY2023', value: 0.06 }, { period: 'FY2024', value: 0.11 }], sources: [source] },
  ],
};

const pay: Chart = {
  id: 'ceo-vs-median',
  title: message('chart_ceoVsMedian'),
  kind: 'bar',
  series: [
    { name: message('chart_ceoPay'), format: 'currency', currency: 'USD', points: [{ period: 'FY2024', value: 20_000_000 }], sources: [source] },
    { name: message('chart_medianPay'), format: 'currency', currency: 'USD', points: [{ period: 'FY2024', value: 40_000 }], sources: [source] },
  ],
};

const withUi = (node: preact.ComponentChild) =>
  render(<UiContext.Provider value={{ t: translateFrom(messages), locale: 'en-US' }}>{node}</UiContext.Provider>);

afterEach(cleanup);

describe('charts', () => {
  it('draws a line chart with one dot per point, a line per series and an accessible name', () => {
    const { container } = withUi(<LineChart chart={margins} />);
    const svg = screen.getByRole('img', { name: 'Margins by fiscal year' });
    expect(svg.querySelector('title')?.textContent).toBe('Margins by fiscal year');
    expect(container.querySelectorAll('circle.mdm-point')).toHaveLength(6);
    expect(container.querySelectorAll('polyline')).toHaveLength(2);
    // The negative margin sits below the zero axis.
    const axisY = Number(container.querySelector('.mdm-axis')!.getAttribute('y1'));
    const cys = [...container.querySelectorAll('.mdm-series-2 circle')].map((c) => Number(c.getAttribute('cy')));
    expect(cys[0]).toBeGreaterThan(axisY);
    expect(cys[2]).toBeLessThan(axisY);
  });

  it('draws a bar chart with one bar per value, on one linear scale, each labelled', () => {
    const { container } = withUi(<BarChart chart={pay} />);
    expect(screen.getByRole('img', { name: 'CEO pay vs median employee pay' })).toBeTruthy();
    const bars = [...container.querySelectorAll('rect.mdm-bar')];
    expect(bars).toHaveLength(2);
    expect(bars[0]!.getAttribute('width')).toBe('320');
    // Issue 18, point 5: the chart states its year even when all bars share one.
    expect([...container.querySelectorAll('.mdm-bar-label')].map((label) => label.firstChild?.textContent)).toEqual(['CEO pay, FY2024', 'Median employee pay, FY2024']);
    expect(container.textContent).toContain('$20M');
    expect(container.textContent).toContain('$40K');
  });

  it('scales bars linearly, so a 4× gap looks 4× wide', () => {
    const spending: Chart = {
      id: 'wages-vs-spending',
      title: message('chart_wagesVsSpending'),
      kind: 'bar',
      series: [
        {
          name: message('chart_wagesVsSpending'),
          format: 'currency',
          currency: 'USD',
          points: [
            { period: 'FY2024', value: 4e9, name: metricName('buybacks') },
            { period: 'FY2024', value: 1e9, name: message('amount_cutJobsWages') },
          ],
          sources: [],
        },
      ],
    };
    const { container } = withUi(<BarChart chart={spending} />);
    const [buybacks, wages] = [...container.querySelectorAll('rect.mdm-bar')].map((b) => Number(b.getAttribute('width')));
    expect(buybacks! / wages!).toBeCloseTo(4);
    // Bars of one year that are different things say what each is, and the year.
    expect([...container.querySelectorAll('.mdm-bar-label')].map((label) => label.firstChild?.textContent)).toEqual([
      'buybacks (FY2024)',
      "Cut jobs' yearly wages (FY2024)",
    ]);
  });

  it('keeps a tiny bar visible', () => {
    const { container } = withUi(
      <BarChart chart={{ ...pay, series: [{ ...pay.series[0]!, points: [{ period: 'FY2024', value: 1e12 }] }, pay.series[1]!] }} />,
    );
    const widths = [...container.querySelectorAll('rect.mdm-bar')].map((b) => Number(b.getAttribute('width')));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(2);
  });

  // Issue 18, point 4: years out of order, no axis or scale, a one-point "line".
  it('draws the years in time order, whatever order the data came in', () => {
    const shuffled: Chart = {
      ...margins,
      series: margins.series.map((s) => ({ ...s, points: [s.points[2]!, s.points[0]!, s.points[1]!] })),
    };
    const { container } = withUi(<LineChart chart={shuffled} />);
    const years = [...container.querySelectorAll('.mdm-x-tick')].map((tick) => tick.textContent);
    expect(years).toEqual(['FY2022', 'FY2023', 'FY2024']);
    const xs = [...container.querySelectorAll('.mdm-series-1 circle')].map((c) => Number(c.getAttribute('cx')));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(container.querySelector('.mdm-series-1 circle title')!.textContent).toBe('Gross margin, FY2022: 42.0%');
    const line = container.querySelector('.mdm-series-1 polyline')!.getAttribute('points')!.split(' ').map((p) => Number(p.split(',')[0]));
    expect(line).toEqual(xs);
  });

  it('orders fiscal years, quarters, halves and months as time runs', () => {
    const labels = ['FY2025', '2024-Q3', 'FY2022', '2024-H1', '2024-03', 'FY2024-9M', 'Buybacks', '2024'];
    expect(byPeriod(labels, (label) => label)).toEqual(['FY2022', '2024-03', '2024-H1', '2024-Q3', 'FY2024-9M', '2024', 'FY2025', 'Buybacks']);
  });

  it('gives a line chart a value axis whose ticks carry the unit, and a time axis', () => {
    const { container } = withUi(<LineChart chart={margins} />);
    const ticks = [...container.querySelectorAll('.mdm-y-tick text')].map((tick) => tick.textContent);
    expect(ticks).toEqual(['-25.0%', '0.0%', '25.0%', '50.0%']);
    expect(container.querySelectorAll('.mdm-axis')).toHaveLength(2);
    const money: Chart = { ...margins, series: [{ name: message('chart_ceoPay'), format: 'currency', currency: 'USD', points: [{ period: 'FY2023', value: 1e6 }, { period: 'FY2024', value: 3e6 }], sources: [] }] };
    cleanup();
    const { container: pay } = withUi(<LineChart chart={money} />);
    expect([...pay.querySelectorAll('.mdm-y-tick text')].map((tick) => tick.textContent)).toEqual(['$0', '$2M', '$4M']);
  });

  it('states a one-point series as a figure, and draws no chart when no series has two points', () => {
    const oneYear: Chart = {
      ...margins,
      series: [
        { ...margins.series[0]!, points: [{ period: 'FY2024', value: 0.48 }] },
        { ...margins.series[1]!, points: [{ period: 'FY2024', value: 0.11 }] },
      ],
    };
    withUi(<ChartView chart={oneYear} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getAllByTestId('chart-figure').map((p) => p.textContent)).toEqual(['Gross margin: 48.0% (FY2024)', 'Operating margin: 11.0% (FY2024)']);
    cleanup();
    withUi(<ChartView chart={{ ...margins, series: [margins.series[0]!, oneYear.series[1]!] }} />);
    expect(screen.getByRole('img').querySelectorAll('polyline')).toHaveLength(1);
    expect(screen.getAllByTestId('chart-figure').map((p) => p.textContent)).toEqual(['Operating margin: 11.0% (FY2024)']);
  });

  it('gives every chart its sources and a table with the same numbers', () => {
    withUi(<ChartView chart={margins} />);
    const figure = screen.getByRole('figure');
    expect(within(figure).getAllByTestId('chart-source').map((a) => a.getAttribute('href'))).toEqual([source.url]);
    const rows = within(figure).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(rows[0]!.textContent).toBe('Gross margin, FY202242.0%');
  });
});
