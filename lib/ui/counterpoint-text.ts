// The plain-text counterpoint a reader copies, in the sidebar's language: one line per figure, then
// where each came from.
import { ARTICLE_PERIOD } from '../math/jobs';
import type { CompanyView } from '../math/types';
import type { Translate } from './i18n';
import { layoffFactTexts, layoffSizeOf } from './layoff-facts';
import { lineValueText } from './line-value';
import { sayWith } from './say';
import { inputPeriod } from './sidebar/format-input';

/** The story's own numbers are "the cuts in this story"; a dataset record, dated, is the latest announced (a later cut
 * can follow the story: the panel lists those under "Since this story"). */
export const layoffTitleKey = (layoff: NonNullable<CompanyView['layoff']>): string => (layoff.announced ? 'companyLayoffTitle' : 'storyLayoffTitle');

function layoffLine(view: CompanyView, t: Translate, locale: string): string | null {
  const layoff = view.layoff;
  if (!layoff) return null;
  const facts = layoffFactTexts(layoffSizeOf(layoff), t, locale);
  const size = layoff.jobs === null && layoff.share === null ? [t('jobsNotStated')] : [];
  return `${t(layoffTitleKey(layoff))}: ${[...size, ...facts].join(' · ')}`;
}

// Each URL once, with every period read from it; the layoff's own source is listed too.
function sourcesList(view: CompanyView, t: Translate, locale: string): string[] {
  const cited = view.lines.flatMap((line) => line.inputs.map(({ source, period }) => ({ url: source.url, period })));
  if (view.layoff?.source) cited.push({ url: view.layoff.source.url, period: view.layoff.announced ?? ARTICLE_PERIOD });
  const periods = new Map<string, Set<string>>();
  for (const { url, period } of cited) periods.set(url, (periods.get(url) ?? new Set<string>()).add(period));
  return [...periods].map(([url, set]) => `- ${url} (${[...set].sort().map((period) => inputPeriod(period, t, locale)).join(', ')})`);
}

export function counterpointText(view: CompanyView, t: Translate, locale: string): string {
  const say = sayWith(t, locale);
  const lines = view.lines.map((line) => `- ${say(line.label)}: ${lineValueText(line, locale)}`);
  const layoff = layoffLine(view, t, locale);
  return [
    `${t('extName')}: ${view.name}`,
    ...(layoff ? [layoff] : []),
    ...lines,
    ...(view.unknown.length > 0 ? [t('notKnown', view.unknown.map(say).join('; '))] : []),
    t('copySources'),
    ...sourcesList(view, t, locale),
  ].join('\n');
}
