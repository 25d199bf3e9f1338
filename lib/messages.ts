// The messages between the content script, the background and the popup. One union, so a
// handler that forgets a case fails the typecheck.
import type { Ownership, TrackedLayoff } from './data/types';
import type { Analysis } from './detect/types';
import type { UiLanguageCode } from './locales';
import type { CompanyView } from './math/types';
import type { PageInput } from './page/types';
import type { Settings } from './settings/model';
import type { Messages } from './ui/i18n';

export interface PageResult {
  analysis: Analysis;
  /** The counterpoint for the company cutting, when the dataset has its figures (only when the page qualifies). */
  views: CompanyView[];
  /** The company doing the cutting when the bundled dataset has no figures for it. */
  unlisted?: UnlistedCutter | null;
}

/** A company the story shows cutting jobs, outside the dataset: what is known, and why no figures. */
export interface UnlistedCutter {
  name: string;
  parent: string | null;
  ticker: string | null;
  /** Why its figures are not bundled: how it is owned when the dataset says so (private, a partnership, part of a
   * larger group), a filer not covered yet, or not known. */
  why: Ownership | 'not-covered' | 'unknown';
  /** Its earlier layoffs from the layoffs tracker, newest first, each a news report. */
  layoffs: TrackedLayoff[];
  /** Its layoffs the tracker dates after the story's own (lib/math/story-history.ts). */
  later?: TrackedLayoff[];
}

/** What a tab's content script knows of its page: its site and, where the extension is on there,
 * the page's result. The background makes the popup's TabStatus of it (lib/page-status.ts), so the
 * part every page evaluates carries no more than it needs. */
export interface TabPage {
  /** The page's hostname, from the content script: the popup needs no permission to read tab URLs. */
  site: string;
  result: PageResult | null;
}

/** The popup's view of a tab: its site (TabPage's), and what the page is. */
export interface TabStatus extends Pick<TabPage, 'site'> {
  flagged: boolean;
  label: Analysis['label'] | null;
  companies: { id: string; name: string }[];
  /** The cutting company when its figures are not bundled, so the popup can say what is missing. */
  unlisted: { name: string; why: UnlistedCutter['why'] } | null;
}

/** The parts of the content script injected into pages that pass the quick check (lib/ext/page-ui.ts). */
export type UiPart = 'reader' | 'ui';

export type Request =
  | { type: 'analyze'; page: PageInput }
  /** A page passed the quick check: the background injects parts of the content script, in order. */
  | { type: 'load-ui'; parts: UiPart[] }
  | { type: 'report-status'; page: TabPage }
  /** Content script → background: settings an older version stored, migrated (the always-on part
   * reads storage itself and has no migrations, lib/ext/settings-read.ts). */
  | { type: 'settings' }
  /** Content script → background: a page that may be a story for us is loading; start now (lib/ext/wake-background.ts). */
  | { type: 'wake' }
  /** Popup → background, which asks that tab's content script for its page (`get-tab-page`). */
  | { type: 'get-tab-status'; tabId: number }
  | { type: 'get-tab-page' }
  /** Content script → background: a locale's UI messages, for a sidebar not in the browser's language. */
  | { type: 'ui-messages'; lang: UiLanguageCode };

export interface Responses {
  analyze: PageResult;
  'load-ui': void;
  'report-status': void;
  settings: Settings;
  wake: void;
  'get-tab-status': TabStatus | null;
  'get-tab-page': TabPage;
  'ui-messages': Messages | null;
}
