// Earlier layoffs as a community tracker recorded them: each a news report, named by the site
// that reported it, never a figure of the company's own.
import type { TrackedLayoff } from '../../data/types';
import { formatPeriod, formatValue } from '../../math/format';
import { useUi } from '../context';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** `later`: the layoffs dated after the story's own, under their own heading. */
export function LayoffHistory({ rows, later = false }: { rows: TrackedLayoff[]; later?: boolean }) {
  const { t, locale } = useUi();
  if (rows.length === 0) return null;
  const title = t(later ? 'laterLayoffsTitle' : 'historyTitle');
  return (
    <section class="mdm-section mdm-history" aria-label={title} data-testid={later ? 'later-layoffs' : 'layoff-history'}>
      <h4 class="mdm-section-title">{title}</h4>
      <ul class="mdm-history-list">
        {rows.map((row) => {
          const size = [
            row.jobs !== null && t('layoffJobs', formatValue(row.jobs, 'number', { locale })),
            row.share !== null && t('layoffShare', formatValue(row.share, 'percent', { locale })),
          ].filter((s): s is string => Boolean(s));
          const host = row.url ? hostOf(row.url) : '';
          return (
            <li key={`${row.date}-${row.url ?? ''}`}>
              {formatPeriod(row.date, locale)}
              {row.as ? ` (${row.as})` : ''}: {size.length ? size.join(', ') : t('historyNoCount')}
              {host && (
                <>
                  {' · '}
                  <a href={row.url!} target="_blank" rel="noopener noreferrer">
                    {t('historyReportedBy', host)}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
