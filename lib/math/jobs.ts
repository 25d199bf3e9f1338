// How many jobs were cut: the article's number if it has one, else the dataset's latest layoff;
// a share of the workforce becomes a job count only against a reported headcount.
import type { Company, JobsBound, Source } from '../data/types';
import { latestFigure, toInput } from './figures';
import { formulaNumber, figureText } from './line';
import type { CompanyView, CounterpointLine, ReportedInput } from './types';

export type ViewLayoff = NonNullable<CompanyView['layoff']>;

/** What the article on the page says; `source` lets its numbers count as sourced inputs. */
export interface ArticleLayoff {
  jobs: number | null;
  share: number | null;
  /** How the story bounds `jobs` (a range up to `max`), and its words for it when that is not a plain figure. */
  bound?: JobsBound;
  max?: number;
  words?: string;
  source?: Source;
}

const validJobs = (jobs: number | null): number | null =>
  jobs !== null && Number.isFinite(jobs) && jobs > 0 ? Math.round(jobs) : null;
const validShare = (share: number | null): number | null =>
  share !== null && Number.isFinite(share) && share > 0 && share <= 1 ? share : null;

export function latestLayoff(company: Company, article?: ArticleLayoff): ViewLayoff | null {
  const jobs = validJobs(article?.jobs ?? null);
  const share = validShare(article?.share ?? null);
  if (jobs !== null || share !== null) {
    const bounded = jobs !== null && article?.bound && article.bound !== 'exact' && article.words
      ? { bound: article.bound, ...(article.max ? { max: article.max } : {}), words: article.words } : {};
    return { jobs, share, ...bounded, ...(article?.source ? { source: article.source } : {}) };
  }
  const latest = [...company.layoffs].sort((a, b) => a.announced.localeCompare(b.announced)).at(-1);
  if (!latest) return null;
  return {
    jobs: validJobs(latest.jobs),
    share: validShare(latest.share_of_workforce),
    announced: latest.announced,
    ai_link: latest.ai_link,
    ai_link_kind: latest.ai_link_kind,
    source: latest.source,
  };
}

export interface JobsCut {
  count: number;
  /** How the count reads inside a formula. */
  text: string;
  /** Said beside any line built on the count when the story only bounds it. */
  caveat?: string;
  inputs: ReportedInput[];
  /** Present when the count was derived from a share of the workforce. */
  line?: CounterpointLine;
}

function layoffInput(layoff: ViewLayoff, label: string, value: number, unit: 'people' | 'percent'): ReportedInput[] {
  return layoff.source ? [{ label, period: layoff.announced ?? 'article', value, unit, source: layoff.source }] : [];
}

/** What a line built on a bounded count must say: which way the story's own words bound it. */
const BOUND_CAVEAT: Record<JobsBound, (words: string) => string> = {
  exact: () => '',
  about: (w) => `The story gives an approximate count (“${w}”), so this is approximate too.`,
  'at-most': (w) => `The story gives an upper bound (“${w}”), so this is at most that.`,
  'at-least': (w) => `The story gives a lower bound (“${w}”), so this is at least that.`,
  range: (w) => `The story gives a range (“${w}”); this uses its low end.`,
};

export function jobsCut(company: Company, layoff: ViewLayoff | null): { jobs: JobsCut | null; unknown: string[] } {
  if (layoff?.jobs != null) {
    const text = `${formulaNumber(layoff.jobs, 'number')} jobs${layoff.source ? '' : ' (from the article)'}`;
    const caveat = layoff.bound && layoff.words ? BOUND_CAVEAT[layoff.bound](layoff.words) : undefined;
    return { jobs: { count: layoff.jobs, text, ...(caveat ? { caveat } : {}), inputs: layoffInput(layoff, 'jobs cut', layoff.jobs, 'people') }, unknown: [] };
  }
  if (layoff?.share == null) return { jobs: null, unknown: ['number of jobs cut'] };
  const headcount = latestFigure(company, 'headcount');
  if (!headcount || headcount.value <= 0) return { jobs: null, unknown: ['number of jobs cut', 'headcount'] };
  const count = Math.round(layoff.share * headcount.value);
  const formula = `${formulaNumber(layoff.share, 'percent')} of the workforce × ${figureText(headcount)}`;
  const inputs = [
    ...layoffInput(layoff, 'share of workforce cut', layoff.share * 100, 'percent'),
    toInput(headcount, 'employees'),
  ];
  const line: CounterpointLine = {
    id: 'jobs-cut',
    kind: 'derived',
    label: 'Jobs cut, worked out from the share of the workforce',
    value: count,
    format: 'people',
    formula,
    caveat: 'derived: the announcement gave a share of the workforce, not a number of jobs',
    inputs,
  };
  return { jobs: { count, text: `${formulaNumber(count, 'number')} jobs (${formula})`, inputs, line }, unknown: [] };
}
