// The messages between the content script, the background and the popup. One union, so a
// handler that forgets a case fails the typecheck.
import type { Analysis } from './detect/types';
import type { CompanyView } from './math/types';
import type { PageInput } from './page/types';

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
  /** A page passed the quick check: the background injects the UI part of the content script. */
  | { type: 'load-ui' }
  | { type: 'report-status'; status: TabStatus }
  /** Popup → background → content script of that tab. */
  | { type: 'get-tab-status'; tabId: number };

export interface Responses {
  analyze: PageResult;
  'load-ui': void;
  'report-status': void;
  'get-tab-status': TabStatus | null;
}
