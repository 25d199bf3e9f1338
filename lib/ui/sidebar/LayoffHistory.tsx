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

export function LayoffHistory({ rows }: { rows: TrackedLayoff[] }) {
  const { t, locale } = useUi();
  if (rows.length === 0) return null;
  return (
    <section class="mdm-section mdm-history" aria-label={t('historyTitle')} data-testid="layoff-history">
      <h4 class="mdm-section-title">{t('historyTitle')}</h4>
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
