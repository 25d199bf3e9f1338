import type { AiLinkKind, JobsBound, ShareBound } from '../data/types';
import type { PageKind } from '../page/types';
import type { Lang } from './vocab/define';
import type { CutterHow } from './cutters';

export type Label = 'ai_layoff' | 'layoff_not_ai' | 'ai_no_layoff' | 'other';

/** Why a page got its label: where the cuts are, who ties them to AI (or denies it), or why the page
 * was not read. Each code is a message `reason_<code>` in every locale. */
export const REASONS = [
  'cuts_in_headline', 'cuts_in_opening', 'cuts_in_body',
  'ai_by_executive', 'ai_by_company', 'ai_by_reporting', 'ai_denied',
  'no_ai_link', 'no_employer_cutting', 'ai_not_cuts',
  'no_text', 'unread_language', 'unreadable',
] as const;
export type Reason = (typeof REASONS)[number];

export interface JobsFact {
  /** Number of jobs, when stated (for a range, its low end). */
  count: number | null;
  /** How the story bounds the count (a range runs up to `max`). */
  bound: JobsBound;
  /** The high end of a range. */
  max?: number;
  /** Share of workforce 0..1, when stated. */
  share: number | null;
  /** Present when the story bounds the share ("about 14%"). */
  shareBound?: ShareBound;
  /** The words that stated it, as the story wrote them ("about 14,000 corporate roles"). */
  text: string;
}

/** What the page says of a company: it cuts (the subject of a cut or of its AI reason), it is
 * named in the headline or opening, or it only comes up further down. */
export type CompanyRole = 'cutting' | 'named' | 'mentioned';

export interface CompanyMatch {
  id: string;
  name: string;
  role: CompanyRole;
  /** Mentions in the text (title counts too). */
  mentions: number;
  /** The exact surface strings that matched on this page ("Amazon", "AWS", "NASDAQ: AMZN"):
   * the content script badges these in the DOM without shipping the matcher or the dataset. */
  terms: string[];
  /** The id in the dataset, only when the dataset has the company's figures (then equal to `id`). */
  datasetId?: string;
  /** What the identity lists know of it. */
  cik?: number;
  /** "NASDAQ:COIN" */
  tickers?: string[];
  /** The owner's name, for a brand or subsidiary ("Alphabet" for Google). */
  parent?: string;
  /** The brand the page names it by, where it never names the company itself ("TikTok" for ByteDance). */
  calledBy?: string;
  country?: string;
  /** For the company cutting: how the page says so (its headline's subject, its own release…). */
  how?: CutterHow;
  /** For a company cutting alongside the first: the numbers of its own cut sentences (the first's are `Analysis.jobs`). */
  jobs?: JobsFact | null;
}

export interface Analysis {
  label: Label;
  /** The page's language, when it is one we read (en, de, fr, es, nl, it, pt). */
  lang?: Lang | null;
  /** 0..1 confidence that the page is an AI-attributed layoff story. */
  score: number;
  kind: PageKind;
  /** Main company first. */
  companies: CompanyMatch[];
  jobs: JobsFact | null;
  /** Who tied the cuts to AI: the company, an executive, or the reporting. 'denied' only when a
   * denial is the sole link (then the label is layoff_not_ai). */
  attributedBy: AiLinkKind | null;
  /** The sentence in which the company or an executive says the cuts are not about AI. */
  denial: string | null;
  /** Date the cuts were announced, when the page states it (ISO). */
  date: string | null;
  /** The sentences that decided it, as they appear in the text. */
  evidence: string[];
  /** Why the page got its label, as codes the UI says in the reader's language (messages `reason_<code>`). */
  reasons: Reason[];
}
