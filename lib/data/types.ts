// The product dataset's shape. A figure cannot exist without its source: `source` is required
// and the schema (schema.ts) rejects empty URLs and dates, so an unsourced number cannot be written.

export type Metric =
  | 'revenue'
  | 'gross_profit'
  | 'operating_income'
  | 'net_income'
  | 'capex'
  | 'buybacks'
  | 'dividends'
  | 'headcount'
  | 'ceo_total_comp'
  | 'median_employee_pay'
  | 'ceo_pay_ratio'
  | 'ai_capex_commitment'
  | 'gross_margin'
  | 'operating_margin';

export type Unit = 'USD' | 'EUR' | 'SEK' | 'GBP' | 'INR' | 'AUD' | 'JPY' | 'percent' | 'people' | 'ratio';

export type SourceKind = '10-K' | '20-F' | '10-Q' | 'annual-report' | 'DEF 14A' | '8-K' | 'press-release' | 'news' | 'data-site';

export interface Source {
  url: string;
  kind: SourceKind;
  /** ISO date (YYYY-MM-DD) the page was read. */
  retrieved: string;
  /** The words on that page that state the figure (≤ 300 chars). */
  snippet: string;
}

export interface Figure {
  metric: Metric;
  /** Fiscal year as the company names it ("FY2024") or a quarter ("2025-Q2"). */
  period: string;
  value: number;
  unit: Unit;
  source: Source;
  /** For pay figures: the person the pay belongs to (CEOs change). */
  person?: string;
  note?: string;
}

export type AiLinkKind = 'company' | 'executive' | 'reporting' | 'denied';

export interface LayoffAnnouncement {
  /** ISO date. */
  announced: string;
  jobs: number | null;
  /** 0..1 */
  share_of_workforce: number | null;
  /** One paraphrased sentence: who tied the cuts to AI and how (or who denied it). */
  ai_link: string;
  ai_link_kind: AiLinkKind;
  source: Source;
}

export interface CompanyIdentity {
  id: string;
  /** Legal name. */
  name: string;
  /** What readers call it. */
  short: string;
  /** Names that identify the company on their own. */
  aliases: string[];
  /** Aliases that are also ordinary words ("Meta", "Block", "Target"): only accepted with context. */
  ambiguous_aliases: string[];
  /** "NASDAQ:AMZN" */
  tickers: string[];
}

export interface Company extends CompanyIdentity {
  /** MM-DD */
  fiscal_year_end: string;
  ceo: string;
  figures: Figure[];
  layoffs: LayoffAnnouncement[];
  notes?: string;
}

export interface Dataset {
  generated: string;
  companies: Company[];
}
