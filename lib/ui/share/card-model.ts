// What the share card says, chosen from the company's counterpoint lines: the company, the cut,
// up to four figures of ONE fiscal year, a small bar chart of that year, and the sources.
// Every figure is a line picked by its id whose inputs all come from that fiscal year, and its
// text is the sidebar's own string (lineValueText); a figure the lines lack for that year reads
// "unknown". Pure: the same view, translator and locale give the same card.
import type { CompanyView, CounterpointLine } from '../../math/types';
import type { Source } from '../../data/types';
import type { Translate } from '../i18n';
import { layoffFactTexts, layoffSizeOf } from '../layoff-facts';
import { lineValueText } from '../line-value';
import { kindKey } from '../sidebar/SourceLink';

export interface CardFigure {
  label: string;
  /** The sidebar's text for the figure, or null when it is unknown for the card's year. */
  value: string | null;
}

export interface CardBar {
  label: string;
  value: number;
  text: string;
  /** The bar the chart is about (the cut jobs' wages). */
  highlight: boolean;
}

export interface CardModel {
  /** The language tag of the card's words (the UI's locale). */
  lang: string;
  /** What the card is: job cuts blamed on AI, next to the company's own figures. */
  kicker: string;
  extName: string;
  company: string;
  /** "14,000 jobs cut · Announced Oct 28, 2025", or that the size of the cut is unknown. */
  cut: string;
  /** "Fiscal year 2024", or null when no line has a single fiscal year. */
  year: string | null;
  figures: CardFigure[];
  chart: { title: string; bars: CardBar[] } | null;
  unknown: string;
  /** "Sources: 10-K sec.gov, DEF 14A sec.gov", short: the site and kind of each document. */
  sources: string;
}

interface Slot {
  /** Line id → label message, in order of preference. */
  lines: [string, string][];
  /** Shown in every card, as "unknown" when missing; the others only fill free places. */
  core: boolean;
}

// The counterpoint first (the cut jobs' wages against what the company made, or its profit for each job cut), then the company's size.
const SLOTS: Slot[] = [
  {
    lines: [
      ['wages-vs-net-income', 'card_wagesVsNetIncome'],
      ['wages-vs-operating-income', 'card_wagesVsOperatingIncome'],
      ['wages-vs-buybacks', 'card_wagesVsBuybacks'],
      // Where the median pay is not reported, what the company earned for each job it cut.
      ['net-income-per-job-cut', 'card_netIncomePerJobCut'],
    ],
    core: true,
  },
  { lines: [['net-income', 'card_netIncome']], core: true },
  // The pay ratio where the median pay is reported; else the CEO's pay itself.
  { lines: [['ceo-pay-ratio', 'card_ceoPayRatio'], ['ceo-pay', 'card_ceoPay']], core: true },
  { lines: [['revenue', 'card_revenue']], core: true },
  { lines: [['operating-income', 'card_operatingIncome']], core: false },
  { lines: [['operating-margin-now', 'card_operatingMargin']], core: false },
  { lines: [['profit-per-employee-now', 'card_profitPerEmployee']], core: false },
];

const FIGURES = 4;
// The chart: the cut jobs' wages next to what the company made that year; where the year has no
// wages line, the year's revenue and profits alone. Money lines of the card's year, in one currency.
interface ChartSpec {
  title: string;
  /** Line id → bar label message; the first line must be there and is the one the chart is about. */
  lines: [string, string][];
  highlightFirst: boolean;
}

const CHARTS: ChartSpec[] = [
  {
    title: 'card_chartTitle',
    lines: [
      ['cut-jobs-wages', 'card_cutJobsWages'],
      ['net-income', 'card_netIncome'],
      ['operating-income', 'card_operatingIncome'],
      ['revenue', 'card_revenue'],
    ],
    highlightFirst: true,
  },
  {
    title: 'card_chartResults',
    lines: [
      ['revenue', 'card_revenue'],
      ['operating-income', 'card_operatingIncome'],
      ['net-income', 'card_netIncome'],
    ],
    highlightFirst: false,
  },
];
const CHART_BARS = 3;

const FISCAL_YEAR = /^FY\d{4}$/;

/** The one fiscal year a line's figures come from; null when it has none or mixes years. A job
 * cut's date is not a fiscal-year figure and does not count. */
export function lineFiscalYear(line: CounterpointLine): string | null {
  const years = new Set(line.inputs.map((input) => input.period).filter((period) => FISCAL_YEAR.test(period)));
  return years.size === 1 ? [...years][0]! : null;
}

const usable = (line: CounterpointLine): boolean => Number.isFinite(line.value);

/** The line for `id` in `year`, if the view has one. */
function lineIn(view: CompanyView, id: string, year: string): CounterpointLine | undefined {
  return view.lines.find((line) => line.id === id && usable(line) && lineFiscalYear(line) === year);
}

/** The year most slots can fill (the later one on a tie). */
function chooseYear(view: CompanyView): string | null {
  const years = new Set(view.lines.filter(usable).map(lineFiscalYear).filter((year): year is string => year !== null));
  let best: { year: string; filled: number } | null = null;
  for (const year of [...years].sort()) {
    const filled = SLOTS.filter((slot) => slot.lines.some(([id]) => lineIn(view, id, year))).length;
    if (!best || filled >= best.filled) best = { year, filled };
  }
  return best?.year ?? null;
}

interface Picked {
  figure: CardFigure;
  line?: CounterpointLine;
}

function pickFigures(view: CompanyView, year: string | null, t: Translate, locale: string): Picked[] {
  const found = SLOTS.map((slot) => {
    for (const [id, key] of slot.lines) {
      const line = year ? lineIn(view, id, year) : undefined;
      if (line) return { slot, picked: { figure: { label: t(labelKey(key, line)), value: lineValueText(line, locale) }, line } };
    }
    return { slot, picked: { figure: { label: t(slot.lines[0]![1]), value: null } } };
  });
  // The known figures in order of preference; unknown core figures keep their place after them.
  const known = found.filter(({ picked }) => picked.line);
  const unknownCore = found.filter(({ slot, picked }) => slot.core && !picked.line);
  return [...known, ...unknownCore].slice(0, FIGURES).map(({ picked }) => picked);
}

// A loss is labelled a loss, as the sidebar does.
const LOSS_KEYS: Record<string, string> = {
  card_netIncome: 'card_netLoss',
  card_operatingIncome: 'card_operatingLoss',
  card_profitPerEmployee: 'card_lossPerEmployee',
};

function labelKey(key: string, line: CounterpointLine): string {
  return line.value < 0 ? (LOSS_KEYS[key] ?? key) : key;
}

function chartOf(
  view: CompanyView,
  year: string | null,
  t: Translate,
  locale: string,
): { chart: NonNullable<CardModel['chart']>; lines: CounterpointLine[] } | null {
  if (!year) return null;
  for (const spec of CHARTS) {
    const found = spec.lines.flatMap(([id, key]) => {
      const line = lineIn(view, id, year);
      return line && line.format === 'currency' ? [{ line, key }] : [];
    });
    const first = found[0];
    if (!first || first.line.id !== spec.lines[0]![0]) continue;
    const shown = found.filter(({ line }) => line.currency === first.line.currency).slice(0, CHART_BARS);
    if (shown.length < 2) continue;
    const bars = shown.map(({ line, key }) => ({
      label: t(labelKey(key, line)),
      value: line.value,
      text: lineValueText(line, locale),
      highlight: spec.highlightFirst && line === first.line,
    }));
    return { chart: { title: t(spec.title), bars }, lines: shown.map(({ line }) => line) };
  }
  return null;
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Each document once, as "10-K sec.gov": enough to find it again, short enough for a card. */
function sourcesText(sources: Source[], t: Translate): string {
  const short = sources.map((source) => [t(kindKey(source.kind)) || source.kind, siteOf(source.url)].filter(Boolean).join(' '));
  return t('card_sources', [...new Set(short)].join(', '));
}

export function cardModel(view: CompanyView, t: Translate, locale: string): CardModel {
  const year = chooseYear(view);
  const picked = pickFigures(view, year, t, locale);
  const chart = chartOf(view, year, t, locale);
  const facts = view.layoff ? layoffFactTexts(layoffSizeOf(view.layoff), t, locale) : [];
  const sources = [
    ...(view.layoff?.source ? [view.layoff.source] : []),
    ...[...picked.flatMap((p) => p.line ?? []), ...(chart?.lines ?? [])].flatMap((line) => line.inputs.map((input) => input.source)),
  ];
  return {
    lang: locale,
    kicker: t('card_kicker'),
    extName: t('extName'),
    company: view.name,
    cut: facts.length > 0 ? facts.join(' · ') : t('card_cutUnknown'),
    year: year ? t('card_year', year.replace(/^FY/, '')) : null,
    figures: picked.map((p) => p.figure),
    chart: chart?.chart ?? null,
    unknown: t('card_unknown'),
    sources: sourcesText(sources, t),
  };
}
