// The plain-text counterpoint a reader copies: one line per figure, then where each came from.
import { formatPeriod, formatValue } from './format';
import type { CompanyView } from './types';

function layoffLine(view: CompanyView, locale: string): string | null {
  const layoff = view.layoff;
  if (!layoff) return null;
  const size =
    layoff.jobs !== null
      ? formatValue(layoff.jobs, 'people', { locale })
      : layoff.share !== null
        ? `${formatValue(layoff.share, 'percent', { locale })} of the workforce`
        : 'number of jobs not stated';
  const when = layoff.announced ? ` (announced ${formatPeriod(layoff.announced, locale)})` : '';
  return `Layoff: ${size}${when}`;
}

// Each URL once, with every period read from it; the layoff's own source is listed too.
function sourcesList(view: CompanyView): string[] {
  const cited = view.lines.flatMap((line) => line.inputs.map(({ source, period }) => ({ url: source.url, period })));
  if (view.layoff?.source) cited.push({ url: view.layoff.source.url, period: view.layoff.announced ?? 'article' });
  const periods = new Map<string, Set<string>>();
  for (const { url, period } of cited) periods.set(url, (periods.get(url) ?? new Set<string>()).add(period));
  return [...periods].map(([url, set]) => `- ${url} (${[...set].sort().join(', ')})`);
}

export function counterpointText(view: CompanyView, locale: string): string {
  const lines = view.lines.map(
    (line) => `- ${line.label}: ${formatValue(line.value, line.format, { currency: line.currency, locale })}`,
  );
  const layoff = layoffLine(view, locale);
  return [
    `The Math Doesn't Math: ${view.name}`,
    ...(layoff ? [layoff] : []),
    ...lines,
    ...(view.unknown.length > 0 ? [`Unknown: ${view.unknown.join('; ')}`] : []),
    'Sources:',
    ...sourcesList(view),
  ].join('\n');
}
