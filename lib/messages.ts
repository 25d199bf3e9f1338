// The messages between the content script, the background and the popup. One union, so a
// handler that forgets a case fails the typecheck.
import type { Analysis } from './detect/types';
import type { UiLanguageCode } from './locales';
import type { CompanyView } from './math/types';
import type { PageInput } from './page/types';
import type { Messages } from './ui/i18n';

export interface PageResult {
  analysis: Analysis;
  /** The counterpoint for the company cutting, when the dataset has its figures (only when the page qualifies). */
  views: CompanyView[];
  /** The company cutting when the dataset has no figures for it: what can honestly be said. */
  unlisted?: UnlistedCutter | null;
}

/** A cutter outside the dataset: its name, why its figures are missing, its earlier layoffs as reported. */
export interface UnlistedCutter {
  name: string;
  parent: string | null;
  ticker: string | null;
  /** A filer we do not cover yet, or nothing known (often a private company). */
  why: 'private' | 'not-covered' | 'unknown';
  layoffs: { date: string; jobs: number | null; share: number | null; sourceUrl: string; sourceHost: string }[];
}

export interface TabStatus {
  /** The page's hostname, from the content script: the popup needs no permission to read tab URLs. */
  site: string;
  flagged: boolean;
  label: Analysis['label'] | null;
  companies: { id: string; name: string }[];
}

export type Request =
  | { type: 'analyze'; page: PageInput }
  | { type: 'report-status'; status: TabStatus }
  /** Popup → background → content script of that tab. */
  | { type: 'get-tab-status'; tabId: number }
  /** Content script → background: a locale's UI messages, for a sidebar not in the browser's language. */
  | { type: 'ui-messages'; lang: UiLanguageCode };

export interface Responses {
  analyze: PageResult;
  'report-status': void;
  'get-tab-status': TabStatus | null;
  'ui-messages': Messages | null;
}
