// What a page's result means for the UI. Kept apart from page-result.ts so the content script
// can use it without bundling the classifier and the dataset.
import type { PageResult, TabStatus } from './messages';

export function qualifies(result: PageResult): boolean {
  return result.analysis.label === 'ai_layoff' && result.views.length > 0;
}

export function statusOf(site: string, result: PageResult | null): TabStatus {
  if (!result) return { site, flagged: false, label: null, companies: [] };
  return {
    site,
    flagged: qualifies(result),
    label: result.analysis.label,
    companies: result.views.map(({ id, name }) => ({ id, name })),
  };
}
