// How many jobs were cut: the article's number if it has one, else the dataset's latest layoff;
// a share of the workforce becomes a job count only against a reported headcount.
import type { Company, JobsBound, ShareBound, Source } from '../data/types';
import { latestFigure, toInput } from './figures';
import { formulaNumber, figureText } from './line';
import { message, metricName, type Message } from './message';
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
  /** How the story bounds `share`, in its words ("about 14%"). */
  shareBound?: ShareBound;
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
    const shareBound = share !== null && article?.shareBound ? { shareBound: article.shareBound } : {};
    return { jobs, share, ...bounded, ...shareBound, ...(article?.source ? { source: article.source } : {}) };
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
  text: Message;
  /** Said beside any line built on the count when the story only bounds it. */
  caveat?: Message;
  inputs: ReportedInput[];
  /** Present when the count was derived from a share of the workforce. */
  line?: CounterpointLine;
}

/** The period of a count the article on the page gave without a date: the UI says "from the article". */
export const ARTICLE_PERIOD = 'article';

function layoffInput(layoff: ViewLayoff, label: Message, value: number, unit: 'people' | 'percent'): ReportedInput[] {
  return layoff.source ? [{ label, period: layoff.announced ?? ARTICLE_PERIOD, value, unit, source: layoff.source }] : [];
}

/** What a line built on a bounded count must say: which way the story's own words bound it. */
const BOUND_CAVEAT = {
  about: 'caveat_boundAbout',
  'at-most': 'caveat_boundAtMost',
  'at-least': 'caveat_boundAtLeast',
  range: 'caveat_boundRange',
} as const satisfies Record<Exclude<JobsBound, 'exact'>, string>;

export function jobsCut(company: Company, layoff: ViewLayoff | null): { jobs: JobsCut | null; unknown: Message[] } {
  if (layoff?.jobs != null) {
    const count = formulaNumber(layoff.jobs, 'number');
    const text = layoff.source ? message('formula_jobs', count) : message('formula_jobsFromArticle', count);
    const caveat = layoff.bound && layoff.bound !== 'exact' && layoff.words ? message(BOUND_CAVEAT[layoff.bound], layoff.words) : undefined;
    const inputs = layoffInput(layoff, message('input_jobsCut'), layoff.jobs, 'people');
    return { jobs: { count: layoff.jobs, text, ...(caveat ? { caveat } : {}), inputs }, unknown: [] };
  }
  if (layoff?.share == null) return { jobs: null, unknown: [message('unknown_jobsCut')] };
  const headcount = latestFigure(company, 'headcount');
  if (!headcount || headcount.value <= 0) return { jobs: null, unknown: [message('unknown_jobsCut'), metricName('headcount')] };
  const count = Math.round(layoff.share * headcount.value);
  const formula = message('formula_shareOfWorkforce', formulaNumber(layoff.share, 'percent'), figureText(headcount));
  const inputs = [...layoffInput(layoff, message('input_shareCut'), layoff.share * 100, 'percent'), toInput(headcount)];
  // "About 14%" of the headcount is about that many jobs, never exactly: said here and on every line built on it.
  const caveat = layoff.shareBound ? message(BOUND_CAVEAT[layoff.shareBound.bound], layoff.shareBound.words) : undefined;
  const line: CounterpointLine = {
    id: 'jobs-cut',
    kind: 'derived',
    label: message('line_jobsFromShare'),
    value: count,
    format: 'people',
    formula,
    caveats: [message('caveat_jobsFromShare'), ...(caveat ? [caveat] : [])],
    inputs,
  };
  return { jobs: { count, text: message('formula_jobsFromShare', formulaNumber(count, 'number'), formula), ...(caveat ? { caveat } : {}), inputs, line }, unknown: [] };
}
