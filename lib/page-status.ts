// What a page's result means for the UI. Kept apart from page-result.ts so the content script
// can use it without bundling the classifier and the dataset.
import type { PageResult, TabStatus } from './messages';

/** The sidebar's id for a cutting company outside the dataset (dataset ids are [a-z0-9-]). */
export const UNLISTED_ID = '__unlisted';

/** A flagged page gets the sidebar when it has something honest to show: a company's figures, or
 * what is known of a cutting company outside the dataset. */
export function qualifies(result: PageResult): boolean {
  return result.analysis.label === 'ai_layoff' && (result.views.length > 0 || Boolean(result.unlisted));
}

/** The companies the sidebar has a panel for, the cutting one first. */
export function panelCompanies(result: PageResult): { id: string; name: string }[] {
  const unlisted = result.unlisted ? [{ id: UNLISTED_ID, name: result.unlisted.name }] : [];
  return [...unlisted, ...result.views.map(({ id, name }) => ({ id, name }))];
}

export function statusOf(site: string, result: PageResult | null): TabStatus {
  if (!result) return { site, flagged: false, label: null, companies: [], unlisted: null };
  const { unlisted } = result;
  return {
    site,
    flagged: qualifies(result),
    label: result.analysis.label,
    companies: qualifies(result) ? panelCompanies(result) : [],
    unlisted: unlisted ? { name: unlisted.name, why: unlisted.why } : null,
  };
}
