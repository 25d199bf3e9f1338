// What the math hands to the sidebar: every line carries the inputs it used, each with its source.
import type { JobsBound, ShareBound, Source, TrackedLayoff, Unit } from '../data/types';
import type { Message } from './message';

/** A figure as reported by the company (or a reputable report), with its source. */
export interface ReportedInput {
  label: Message;
  period: string;
  value: number;
  unit: Unit;
  source: Source;
}

export type LineKind = 'reported' | 'derived';

/** Value formats the UI knows how to render with Intl.NumberFormat. */
export type ValueFormat = 'currency' | 'percent' | 'multiple' | 'people' | 'number';

export interface CounterpointLine {
  /** Stable id, e.g. "revenue-growth", "wages-vs-buybacks". */
  id: string;
  kind: LineKind;
  /** What the figure is, with its fiscal year; the UI says it in the reader's language. */
  label: Message;
  value: number;
  format: ValueFormat;
  /** ISO currency code when format is 'currency'. */
  currency?: string;
  /** How a derived line was worked out, e.g. "14,000 jobs × $37,000 (FY2024) median employee pay". */
  formula?: Message;
  /** Said beside the figure when it is an approximation (e.g. median pay × jobs), one sentence each. */
  caveats?: [Message, ...Message[]];
  inputs: ReportedInput[];
}

export interface ChartPoint {
  /** The period the value is of; orders the points in time. */
  period: string;
  value: number;
  /** What the bar is, when the bars of one series are different things of one period. */
  name?: Message;
}

export interface ChartSeries {
  name: Message;
  format: ValueFormat;
  currency?: string;
  points: ChartPoint[];
  sources: Source[];
}

export interface Chart {
  id: 'margins' | 'ceo-vs-median' | 'wages-vs-spending';
  title: Message;
  kind: 'line' | 'bar';
  series: ChartSeries[];
}

export interface CompanyView {
  id: string;
  name: string;
  ceo: string;
  /** Latest layoff known from the dataset or the article; `words` are the story's own when it
   * bounds the count ("up to 6,000 roles"), so the count is never shown bare. */
  layoff: { jobs: number | null; share: number | null; bound?: JobsBound; max?: number; words?: string; shareBound?: ShareBound; announced?: string; ai_link?: string; ai_link_kind?: string; source?: Source } | null;
  lines: CounterpointLine[];
  charts: Chart[];
  /** Metrics we have no sourced figure for: the UI says they are unknown. */
  unknown: Message[];
  hasData: boolean;
  /** Earlier layoffs as the layoff tracker records them (news reports, not figures), newest first. */
  history?: TrackedLayoff[];
  /** Its layoffs the tracker dates after the story's own (lib/math/story-history.ts), newest first. */
  laterHistory?: TrackedLayoff[];
}
