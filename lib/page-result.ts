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
  // The article's cut belongs to the company doing it, never to one merely named beside it.
  const cutter = analysis.companies[0]?.role === 'cutting' ? analysis.companies[0].id : null;
  const article = jobs ? { jobs: jobs.count, share: jobs.share } : undefined;
  // Companies named in the opening sit beside the one cutting; without one, nobody's figures show.
  const views = analysis.companies
    .filter((match) => match.role === 'cutting' || (cutter && match.role === 'named'))
    .flatMap((match) => {
      const company = getCompany(match.id);
      return company ? [buildCompanyView(company, match.id === cutter ? article : undefined)] : [];
    });
  return { analysis, views };
}
