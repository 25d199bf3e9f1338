// A company's layoffs as news reported them (the layoffs tracker's rows): each named by the site that
// reported it and linked to that report, never a figure of the company's own. One list for a company
// with figures and one without, so both say the same thing the same way.
import type { TrackedLayoff } from '../../data/types';
import { formatPeriod } from '../../math/format';
import { useUi } from '../context';
import { jobsCutText, shareText } from '../layoff-facts';

interface Props {
  rows: readonly TrackedLayoff[];
  /** Earlier than the story, or dated after it (lib/math/story-history.ts). */
  later?: boolean;
}

export function ReportedLayoffs({ rows, later = false }: Props) {
  const { t } = useUi();
  // A row is a report only with the page it comes from: one the reader cannot open is left out.
  const reports = rows.flatMap((row) => {
    const url = row.url ? webUrl(row.url) : null;
    return url ? [{ row, url }] : [];
  });
  if (reports.length === 0) return null;
  const testId = later ? 'later-layoffs' : 'layoff-history';
  const title = t(later ? 'laterLayoffsTitle' : 'historyTitle');
  return (
    <section class="mdm-section" aria-label={title} data-testid={testId}>
      <h4 class="mdm-section-title">{title}</h4>
      <ul class="mdm-history-list">
        {reports.map(({ row, url }) => (
          <Report key={`${row.date}|${url.href}`} row={row} url={url} />
        ))}
      </ul>
    </section>
  );
}

function Report({ row, url }: { row: TrackedLayoff; url: URL }) {
  const { t, locale } = useUi();
  const size = [jobsCutText({ jobs: row.jobs }, t, locale), shareText(row.share, undefined, t, locale)].filter(Boolean);
  const when = `${formatPeriod(row.date, locale)}${row.as ? ` (${row.as})` : ''}`;
  return (
    <li data-testid="reported-layoff">
      {when}: {size.length ? size.join(', ') : t('historyNoCount')}
      {' · '}
      <a class="mdm-source" href={url.href} target="_blank" rel="noopener noreferrer" data-testid="report-source">
        {t('historyReportedBy', url.hostname.replace(/^www\./, ''))}
        <span class="mdm-sr-only"> {t('newTab')}</span>
      </a>
    </li>
  );
}

/** Only http(s) links leave the sidebar. */
function webUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
