// The whole pipeline behind one call: classify the page, then build the counterpoint for each
// recognised company. The background runs it for the content script; the CLI and tests call it too.
import { getCompany } from './data/index';
import { analyze } from './detect/index';
import { buildCompanyView } from './math/company-view';
import type { PageResult } from './messages';
import type { PageInput } from './page/types';

export function buildPageResult(page: PageInput): PageResult {
  const analysis = analyze(page);
  if (analysis.label !== 'ai_layoff') return { analysis, views: [] };
  const { jobs } = analysis;
  const article = jobs ? { jobs: jobs.count, share: jobs.share } : undefined;
  const views = analysis.companies.flatMap((match) => {
    const company = getCompany(match.id);
    return company ? [buildCompanyView(company, article)] : [];
  });
  return { analysis, views };
}
