// What the math says in words — line labels, caveats, what is unknown, chart titles, formulas — as
// messages of public/_locales/<lang>/messages.json with typed substitutions, never as English text:
// the UI says them in the reader's language (lib/ui/say.ts). Numbers and periods travel as values
// and are formatted for the reader's locale there; names and the story's own words travel as text.
import type { Metric } from '../data/types';
import type { ValueFormat } from './types';

/** A number, formatted precisely in the reader's locale ("$637.96B", "5.00%", "1,000,000"). */
export interface NumberArg {
  value: number;
  format: ValueFormat;
  currency?: string;
}

/** A period or date ("FY2024", "2025-10-28"), formatted in the reader's locale. */
export interface PeriodArg {
  period: string;
}

/** What each message is substituted with, in order ($1, $2…): a name or quoted words as written
 * ('text'), a number, a period, or another message said in the same language. */
type ArgKind = 'text' | 'number' | 'period' | 'message';

// One entry a message: its key and its substitutions. A test holds this list and messages.json together.
export const MATH_MESSAGES = {
  // Line labels.
  line_revenue: ['period'],
  line_revenueGrowth: ['period', 'period'],
  line_grossMargin: ['period'],
  line_operatingMargin: ['period'],
  line_netIncome: ['period'],
  line_netLoss: ['period'],
  line_operatingProfit: ['period'],
  line_operatingLoss: ['period'],
  line_buybacks: ['period'],
  line_capex: ['period'],
  line_aiCapex: ['period'],
  line_jobsFromShare: [],
  line_cutJobsWages: ['period'],
  line_wagesVsNetIncome: ['period'],
  line_wagesVsOperatingIncome: ['period'],
  line_wagesVsBuybacks: ['period'],
  line_wagesVsCapex: ['period'],
  line_wagesVsAiCapex: ['period'],
  line_wagesVsCeoPay: ['period'],
  line_wagesVsCeoRaise: ['period', 'period'],
  line_ceoPayRatio: ['period'],
  line_ceoPayRatioChange: ['period', 'period'],
  line_ceoPay: ['text', 'period'],
  line_ceoRaise: ['text', 'period', 'period'],
  line_netIncomePerJobCut: ['period'],
  line_buybacksPerJobCut: ['period'],
  line_profitPerEmployee: ['period'],
  line_lossPerEmployee: ['period'],
  // Caveats: a wage line says which pay it uses, which way that leans, and which years it combines.
  caveat_medianOfAll: ['period', 'text'],
  caveat_frontline: ['text'],
  caveat_officeRoles: [],
  caveat_years: ['period'],
  caveat_yearsAnnounced: ['period', 'period'],
  caveat_latestYearAnnounced: ['period', 'period'],
  caveat_boundAbout: ['text'],
  caveat_boundAtMost: ['text'],
  caveat_boundAtLeast: ['text'],
  caveat_boundRange: ['text'],
  caveat_jobsFromShare: [],
  // Amounts set against the wages, as nouns (bars of a chart, parts of a formula, what is unknown).
  amount_cutJobsWages: [],
  amount_capex: [],
  amount_aiCapex: [],
  amount_ceoRaise: [],
  // What is unknown.
  unknown_jobsCut: [],
  unknown_for: ['message', 'period'],
  unknown_otherCurrency: ['message', 'text', 'text'],
  unknown_revenueGrowth: [],
  unknown_revenueGrowthCurrencies: [],
  unknown_profitPerEmployee: [],
  // Layoff figures as inputs.
  input_jobsCut: [],
  input_shareCut: [],
  // Charts.
  chart_margins: [],
  chart_ceoVsMedian: [],
  chart_wagesVsSpending: [],
  chart_grossMargin: [],
  chart_operatingMargin: [],
  chart_ceoPay: [],
  chart_medianPay: [],
  chart_barOf: ['message', 'period'],
  // Formulas: figures with their period and name, and the operations on them.
  formula_figure: ['number', 'period'],
  formula_figureOf: ['number', 'period', 'text'],
  formula_employees: ['number', 'period'],
  formula_named: ['message', 'message'],
  formula_jobs: ['number'],
  formula_jobsFromArticle: ['number'],
  formula_jobsFromShare: ['number', 'message'],
  formula_shareOfWorkforce: ['number', 'message'],
  formula_times: ['message', 'message'],
  formula_divide: ['message', 'message'],
  formula_minus: ['message', 'message'],
  formula_change: ['message', 'message'],
  formula_group: ['message'],
} as const satisfies Record<string, readonly ArgKind[]>;

export type MathKey = keyof typeof MATH_MESSAGES;

type ArgOf<K extends ArgKind> = K extends 'text' ? string : K extends 'number' ? NumberArg : K extends 'period' ? PeriodArg : Message;
type ArgsOfKinds<T extends readonly ArgKind[]> = { -readonly [I in keyof T]: ArgOf<T[I]> };
type ArgsOf<K extends MathKey> = ArgsOfKinds<(typeof MATH_MESSAGES)[K]>;

/** A metric's plain name ("net income"), the sidebar's own `metric_*` message. */
export interface MetricName {
  key: `metric_${Metric}`;
  args: [];
}

/** A message with exactly the substitutions its key takes: a wrong count or kind does not compile. */
export type Message = { [K in MathKey]: { key: K; args: ArgsOf<K> } }[MathKey] | MetricName;

export type Arg = string | NumberArg | PeriodArg | Message;

export function message<K extends MathKey>(key: K, ...args: ArgsOf<K>): Message {
  // The mapped union cannot be narrowed by a generic key; the signature above checks the args.
  return { key, args } as unknown as Message;
}

export const metricName = (metric: Metric): MetricName => ({ key: `metric_${metric}`, args: [] });

export const period = (value: string): PeriodArg => ({ period: value });

/** Said of a message's substitutions: a nested message is one, a number or period is not. */
export const isMessage = (arg: Arg): arg is Message => typeof arg === 'object' && 'key' in arg;

/** One key for a message and its substitutions, to list each unknown once. */
export const messageId = (m: Message): string => JSON.stringify(m);
