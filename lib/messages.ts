// The messages between the content script, the background and the popup. One union, so a
// handler that forgets a case fails the typecheck.
import type { Analysis } from './detect/types';
import type { UiLanguageCode } from './locales';
import type { CompanyView } from './math/types';
import type { PageInput } from './page/types';
import type { Messages } from './ui/i18n';

export interface PageResult {
  analysis: Analysis;
  /** One per recognised company, main company first (only when the page qualifies). */
  views: CompanyView[];
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
