// Charts for the sidebar, each only when there is sourced data to draw.
import type { Company, Source } from '../data/types';
import type { Comparison } from './amount';
import { yearlyFigures } from './figures';
import { ceoAndMedianPay } from './lines/ceo-pay';
import { message, type Message } from './message';
import { marginSeries } from './lines/margins';
import type { Wages } from './lines/wages';
import type { Chart, ChartSeries } from './types';

function uniqueSources(items: { source: Source }[]): Source[] {
  return [...new Map(items.map((item) => [item.source.url, item.source])).values()];
}

export function marginsChart(company: Company): Chart | null {
  const series: ChartSeries[] = (['gross', 'operating'] as const).flatMap((kind) => {
    const points = marginSeries(company, kind);
    if (points.length === 0) return [];
    return [
      {
        name: message(kind === 'gross' ? 'chart_grossMargin' : 'chart_operatingMargin'),
        format: 'percent' as const,
        points: points.map((p) => ({ period: p.period, value: p.value })),
        sources: uniqueSources(points.flatMap((p) => p.inputs)),
      },
    ];
  });
  // A line needs two years to say anything.
  if (!series.some((s) => s.points.length >= 2)) return null;
  return { id: 'margins', title: message('chart_margins'), kind: 'line', series };
}

const CEO_CHART_YEARS = 3;

export function ceoVsMedianChart(company: Company): Chart | null {
  const pairs = yearlyFigures(company, 'ceo_total_comp')
    .flatMap((figure) => ceoAndMedianPay(company, figure.period) ?? [])
    .slice(-CEO_CHART_YEARS);
  const currency = pairs.at(-1)?.ceo.unit;
  const sameCurrency = pairs.filter((pair) => pair.ceo.unit === currency);
  if (!currency || sameCurrency.length === 0) return null;
  const series = (pick: 'ceo' | 'median', name: Message): ChartSeries => ({
    name,
    format: 'currency',
    currency,
    points: sameCurrency.map((pair) => ({ period: pair[pick].period, value: pair[pick].value })),
    sources: uniqueSources(sameCurrency.map((pair) => pair[pick])),
  });
  return {
    id: 'ceo-vs-median',
    title: message('chart_ceoVsMedian'),
    kind: 'bar',
    series: [series('ceo', message('chart_ceoPay')), series('median', message('chart_medianPay'))],
  };
}

export function wagesVsSpendingChart(wages: Wages | null, targets: Comparison[]): Chart | null {
  const others = targets.filter((target) => wages && target.currency === wages.currency && target.value > 0);
  if (!wages || others.length === 0) return null;
  const bars = [wages, ...others];
  const title = message('chart_wagesVsSpending');
  return {
    id: 'wages-vs-spending',
    title,
    kind: 'bar',
    series: [
      {
        name: title,
        format: 'currency',
        currency: wages.currency,
        points: bars.map((bar) => ({ period: bar.period, value: bar.value, name: bar.name })),
        sources: uniqueSources(bars.flatMap((bar) => bar.inputs)),
      },
    ],
  };
}
