// A job cut in a few plain facts ("14,000 jobs cut", "4.0% of the workforce", "Announced Oct 28,
// 2025"): the sidebar and the share card say them with the same words.
import { formatPeriod, formatValue } from '../math/format';
import type { JobsBound, ShareBound } from '../data/types';
import type { CompanyView } from '../math/types';
import type { Translate } from './i18n';

export interface LayoffSize {
  jobs: number | null;
  /** How the story bounds the count ("about", "up to", a range up to `max`): said, never dropped. */
  bound?: JobsBound | undefined;
  max?: number | undefined;
  share: number | null;
  /** How the story bounds the share ("about 14%"): said, never dropped. */
  shareBound?: ShareBound | undefined;
  date?: string | null;
}

const known = (n: number | null | undefined): n is number => n != null && Number.isFinite(n) && n > 0;

/** "14,000 jobs cut", "About 14,000 jobs cut", "4,000 to 6,000 jobs cut": the story's qualifier in the reader's words. */
export function jobsCutText({ jobs, bound, max }: Pick<LayoffSize, 'jobs' | 'bound' | 'max'>, t: Translate, locale: string): string | null {
  if (!known(jobs)) return null;
  const n = (x: number) => formatValue(x, 'number', { locale });
  if (bound === 'range' && known(max) && max > jobs) return t('layoffJobs_range', [n(jobs), n(max)]);
  if (bound === 'range' || bound === 'at-least') return t('layoffJobs_at_least', n(jobs));
  if (bound === 'about' || bound === 'at-most') return t(`layoffJobs_${bound.replace('-', '_')}`, n(jobs));
  return t('layoffJobs', n(jobs));
}

/** "10% of the workforce", "About 14% of the workforce". */
export function shareText(share: number | null, shareBound: ShareBound | undefined, t: Translate, locale: string): string | null {
  if (!known(share)) return null;
  const pct = formatValue(share, 'percent', { locale });
  return shareBound ? t(`layoffShare_${shareBound.bound.replace('-', '_')}`, pct) : t('layoffShare', pct);
}

/** A company's latest cut, as the panel, the copied text and the card say it (the story's bounds kept). */
export function layoffSizeOf(layoff: NonNullable<CompanyView['layoff']>): LayoffSize {
  return { jobs: layoff.jobs, bound: layoff.bound, max: layoff.max, share: layoff.share, shareBound: layoff.shareBound, date: layoff.announced };
}

export function layoffFactTexts({ jobs, bound, max, share, shareBound, date }: LayoffSize, t: Translate, locale: string): string[] {
  return [
    jobsCutText({ jobs, bound, max }, t, locale),
    shareText(share, shareBound, t, locale),
    date && t('layoffAnnounced', formatPeriod(date, locale)),
  ].filter((fact): fact is string => Boolean(fact));
}
