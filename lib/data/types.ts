// The product dataset's shape. A figure cannot exist without its source: `source` is required
// and the schema (schema.ts) rejects a figure whose source is not the company's own filing,
// report or release, so an unsourced or second-hand number cannot be written.

// Each list once: the types derive from it, and the validators (schema.ts, build/curated.ts) pick from it.
export const METRICS = [
  'revenue', 'gross_profit', 'operating_income', 'net_income', 'capex', 'buybacks', 'dividends', 'headcount',
  'ceo_total_comp', 'median_employee_pay', 'ceo_pay_ratio', 'ai_capex_commitment', 'gross_margin', 'operating_margin',
] as const;
export type Metric = (typeof METRICS)[number];

export const CURRENCIES = ['USD', 'EUR', 'SEK', 'GBP', 'INR', 'AUD', 'JPY', 'CHF', 'KRW', 'BRL', 'DKK', 'SGD', 'NZD', 'TWD'] as const;
export const UNITS = [...CURRENCIES, 'percent', 'people', 'ratio'] as const;
export type Unit = (typeof UNITS)[number];

export const SOURCE_KINDS = ['10-K', '20-F', '10-Q', 'annual-report', 'DEF 14A', '8-K', 'press-release', 'news', 'data-site'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  /** The filing's folder on SEC EDGAR, or the report or release itself. */
  url: string;
  kind: SourceKind;
  /** The exact SEC form when it says more than `kind` ("10-K/A", "40-F"). */
  form?: string;
  /** SEC accession number, "0001018724-26-000004". */
  accession?: string;
  /** ISO date the filing or report was filed or published. */
  filed?: string;
  /** The XBRL concept the company tagged the value with ("us-gaap:NetIncomeLoss"). */
  tag?: string;
  /** ISO date (YYYY-MM-DD) the value was read. */
  retrieved: string;
  /** The words on that page that state the figure (≤ 300 chars); absent for XBRL values. */
  snippet?: string;
}

export interface Figure {
  metric: Metric;
  /** Fiscal year as the company names it ("FY2024"; see Company.fy_named_by) or a quarter ("2025-Q2"). */
  period: string;
  /** ISO date the fiscal period ended, where the source states it. */
  period_end?: string;
  value: number;
  unit: Unit;
  source: Source;
  /** For pay figures: the person the pay belongs to (CEOs change). */
  person?: string;
  note?: string;
}

export type AiLinkKind = 'company' | 'executive' | 'reporting' | 'denied';

/** How a story bounds a job count: "about 14,000", "up to 6,000" (at most), "more than 4,000"
 * (at least), "4,000 to 6,000" (a range), or a plain figure. */
export type JobsBound = 'exact' | 'about' | 'at-most' | 'at-least' | 'range';
/** How a story bounds a share of the workforce, with its words ("about 14%", "up to 10%"): a
 * bounded share is never shown, or multiplied into a count, as if it were exact. */
export interface ShareBound {
  bound: 'about' | 'at-most' | 'at-least';
  words: string;
}

/** A layoff that someone tied to AI (or denied was due to AI), with the page that says so. */
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

/** A layoff as a community tracker recorded it: reported by a news page, never a company figure. */
export interface TrackedLayoff {
  /** ISO date. */
  date: string;
  jobs: number | null;
  /** 0..1 */
  share: number | null;
  /** The news page the tracker cites; null when it cites none. */
  url: string | null;
  /** The name the tracker used when it differs from the company's (a subsidiary: "LinkedIn"). */
  as?: string;
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
  /** SEC Central Index Key, for companies that file with the SEC. */
  cik?: number;
  /** Country of the head office, for companies that do not file with the SEC (and foreign filers). */
  country?: string;
  /** The company's own web hosts (site, investor-relations CDN) whose reports and releases count as its own. */
  sites?: string[];
  /** Its chief executive (two joined by " and " when it has co-CEOs): a story naming the person names the company. */
  ceo?: string;
  /** The dataset id of the company that owns it, for a subsidiary (King, of Microsoft): the panel names the owner, and
   * the owner's figures never stand in for the subsidiary's. */
  parent?: string;
}

/** Why a company outside the stock market has no figures of its own: privately held with no published accounts
 * (ByteDance), a partnership owned by its partners (PwC), or a subsidiary whose results sit inside its parent's (King). */
export const OWNERSHIPS = ['private', 'partnership', 'subsidiary'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export interface Company extends CompanyIdentity {
  /** MM-DD the latest fiscal year ended. */
  fiscal_year_end: string;
  /** How the company names its fiscal years: by the calendar year they end in (most) or start in (Target). */
  fy_named_by: 'end' | 'start';
  /** 'frontline' when most employees work in warehouses, stores, delivery or other hourly roles (10-K Item 1): the median pay then sits far below office pay. */
  workforce?: 'frontline';
  /** Set when the company has no figures of its own to show (OWNERSHIPS): 'private' (privately held, no published
   * accounts: ByteDance), whose panel says so rather than that it is not covered yet; 'partnership'; 'subsidiary',
   * with `parent`. */
  ownership?: Ownership;
  figures: Figure[];
  /** Layoffs tied to AI (or denied), newest first. */
  layoffs: LayoffAnnouncement[];
  /** Earlier layoffs from the tracker, newest first. */
  history: TrackedLayoff[];
  notes?: string;
}

export interface Dataset {
  generated: string;
  companies: Company[];
}

/** The layoff tracker's rows for one company name, for companies with or without figures. */
export interface HistoryEntry {
  /** The tracker's name for the company. */
  name: string;
  /** The dataset company these rows belong to, when one matched. */
  id?: string;
  cik?: number;
  country?: string;
  rows: TrackedLayoff[];
}

export interface LayoffHistoryIndex {
  generated: string;
  /** Normalised name (names.ts) → entry. Names shared by different companies are left out. */
  entries: Record<string, HistoryEntry>;
}
