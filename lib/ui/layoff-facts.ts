// A job cut in a few plain facts ("14,000 jobs cut", "4.0% of the workforce", "Announced Oct 28,
// 2025"): the sidebar and the share card say them with the same words.
import { formatPeriod, formatValue } from '../math/format';
import type { Translate } from './i18n';
import { quoted } from './sidebar/evidence';

export interface LayoffSize {
  jobs: number | null;
  /** The story's own words when it only bounds the count ("up to 6,000 roles"): said instead of a bare number. */
  words?: string | null | undefined;
  share: number | null;
  date?: string | null;
}

export function layoffFactTexts({ jobs, words, share, date }: LayoffSize, t: Translate, locale: string): string[] {
  return [
    words ? quoted(words) : jobs !== null && Number.isFinite(jobs) && t('layoffJobs', formatValue(jobs, 'number', { locale })),
    share !== null && t('layoffShare', formatValue(share, 'percent', { locale })),
    date && t('layoffAnnounced', formatPeriod(date, locale)),
  ].filter((fact): fact is string => Boolean(fact));
}
