// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import type { Chart } from '../../lib/math/types';
import { BarChart } from '../../lib/ui/charts/BarChart';
import { ChartView } from '../../lib/ui/charts/ChartView';
import { LineChart } from '../../lib/ui/charts/LineChart';
import { UiContext } from '../../lib/ui/context';
import { translateFrom } from '../../lib/ui/i18n';

const source = { url: 'https://example.org/10k', kind: '10-K' as const, retrieved: '2026-11-01', snippet: 'Operating margin' };

const margins: Chart = {
  id: 'margins',
  title: 'Margins by year',
  kind: 'line',
  series: [
    { name: 'Gross margin', format: 'percent', points: [{ label: 'FY2022', value: 0.42 }, { label: 'FY2023', value: 0.45 }, { label: 'FY2024', value: 0.48 }], sources: [source] },
    { name: 'Operating margin', format: 'percent', points: [{ label: 'FY2022', value: -0.02 }, { label: 'FY2023', value: 0.06 }, { label: 'FY2024', value: 0.11 }], sources: [source] },
  ],
};

const pay: Chart = {
  id: 'ceo-vs-median',
  title: 'CEO pay vs median employee pay',
  kind: 'bar',
  series: [
    { name: 'CEO', format: 'currency', currency: 'USD', points: [{ label: 'FY2024', value: 20_000_000 }], sources: [source] },
    { name: 'Median employee', format: 'currency', currency: 'USD', points: [{ label: 'FY2024', value: 40_000 }], sources: [source] },
  ],
};

const withUi = (node: preact.ComponentChild) =>
  render(<UiContext.Provider value={{ t: translateFrom(messages), locale: 'en-US' }}>{node}</UiContext.Provider>);

describe('charts', () => {
  it('draws a line chart with one dot per point, a line per series and an accessible name', () => {
    const { container } = withUi(<LineChart chart={margins} />);
    const svg = screen.getByRole('img', { name: 'Margins by year' });
    expect(svg.querySelector('title')?.textContent).toBe('Margins by year');
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
    expect(container.textContent).toContain('CEO');
    expect(container.textContent).toContain('$20M');
    expect(container.textContent).toContain('$40K');
  });

  it('scales bars linearly, so a 4× gap looks 4× wide', () => {
    const spending: Chart = {
      id: 'wages-vs-spending',
      title: 'Wages of the cut jobs vs buybacks',
      kind: 'bar',
      series: [{ name: 'Spending', format: 'currency', currency: 'USD', points: [{ label: 'Buybacks', value: 4e9 }, { label: 'Wages', value: 1e9 }], sources: [] }],
    };
    const { container } = withUi(<BarChart chart={spending} />);
    const [buybacks, wages] = [...container.querySelectorAll('rect.mdm-bar')].map((b) => Number(b.getAttribute('width')));
    expect(buybacks! / wages!).toBeCloseTo(4);
    expect(container.textContent).toContain('Buybacks');
  });

  it('keeps a tiny bar visible', () => {
    const { container } = withUi(
      <BarChart chart={{ ...pay, series: [{ ...pay.series[0]!, points: [{ label: 'FY2024', value: 1e12 }] }, pay.series[1]!] }} />,
    );
    const widths = [...container.querySelectorAll('rect.mdm-bar')].map((b) => Number(b.getAttribute('width')));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(2);
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
