// What the math hands to the sidebar: every line carries the inputs it used, each with its source.
import type { JobsBound, Source, TrackedLayoff, Unit } from '../data/types';

/** A figure as reported by the company (or a reputable report), with its source. */
export interface ReportedInput {
  label: string;
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
  /** Plain-language sentence template; the UI puts the formatted value in. */
  label: string;
  value: number;
  format: ValueFormat;
  /** ISO currency code when format is 'currency'. */
  currency?: string;
  /** Human-readable formula for derived lines, e.g. "14,000 jobs × $37,000 median pay". */
  formula?: string;
  /** Said when a derived figure is an approximation (e.g. median pay × jobs). */
  caveat?: string;
  inputs: ReportedInput[];
}

export interface ChartPoint {
  label: string;
  value: number;
}

export interface ChartSeries {
  name: string;
  format: ValueFormat;
  currency?: string;
  points: ChartPoint[];
  sources: Source[];
}

export interface Chart {
  id: 'margins' | 'ceo-vs-median' | 'wages-vs-spending';
  title: string;
  kind: 'line' | 'bar';
  series: ChartSeries[];
}

export interface CompanyView {
  id: string;
  name: string;
  ceo: string;
  /** Latest layoff known from the dataset or the article; `words` are the story's own when it
   * bounds the count ("up to 6,000 roles"), so the count is never shown bare. */
  layoff: { jobs: number | null; share: number | null; bound?: JobsBound; max?: number; words?: string; announced?: string; ai_link?: string; ai_link_kind?: string; source?: Source } | null;
  lines: CounterpointLine[];
  charts: Chart[];
  /** Metrics we have no sourced figure for: the UI says they are unknown. */
  unknown: string[];
  hasData: boolean;
  /** Earlier layoffs as the layoff tracker records them (news reports, not figures), newest first. */
  history?: TrackedLayoff[];
}
