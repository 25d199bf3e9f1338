// The cutting company when the bundled dataset has no figures for it: who it is, what the story says
// about its cuts, a plain statement that its figures are not bundled and why, and its earlier cuts
// from the layoffs tracker, each with the report it comes from. Never a figure we do not have.
import type { Analysis } from '../../detect/types';
import { formatPeriod } from '../../math/format';
import type { TrackerReport, UnlistedCutter } from '../../messages';
import { UNLISTED_ID } from '../../page-status';
import { useUi } from '../context';
import { jobsCutText, shareText } from '../layoff-facts';
import { panelId, tabId } from './CompanyTabs';
import { LayoffFacts } from './LayoffFacts';

interface Props {
  cutter: UnlistedCutter;
  analysis: Analysis;
  /** True when tabs label this panel. */
  tabbed: boolean;
}

type Layoff = TrackerReport;

export function UnlistedPanel({ cutter, analysis, tabbed }: Props) {
  const { t } = useUi();
  const about = [cutter.parent && t('unlistedParent', cutter.parent), cutter.ticker && t('unlistedTicker', cutter.ticker)].filter(Boolean);
  const earlier = [...cutter.layoffs].sort((a, b) => b.date.localeCompare(a.date));
  const later = [...(cutter.later ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <div
      class="mdm-company"
      data-company={UNLISTED_ID}
      data-testid="unlisted"
      {...(tabbed ? { role: 'tabpanel', id: panelId(UNLISTED_ID), 'aria-labelledby': tabId(UNLISTED_ID), tabIndex: 0 } : {})}
    >
      <h3 class="mdm-company-name" data-testid="company-name">
        {cutter.name}
      </h3>
      {about.length > 0 && <p class="mdm-ceo">{about.join(' · ')}</p>}
      <LayoffFacts
        title={t('pageLayoffTitle')}
        jobs={analysis.jobs?.count ?? null}
        bound={analysis.jobs?.bound}
        max={analysis.jobs?.max}
        share={analysis.jobs?.share ?? null}
        shareBound={analysis.jobs?.shareBound}
        date={analysis.date}
        linkKind={analysis.attributedBy === 'denied' ? null : analysis.attributedBy}
      />
      <p class="mdm-no-data" data-testid="no-data">
        {t(`unlistedWhy_${cutter.why.replace('-', '_')}`, cutter.name)}
      </p>
      <TrackedList rows={later} id="mdm-later-title" title={t('laterLayoffsTitle')} testId="later-layoffs" />
      <TrackedList rows={earlier} id="mdm-earlier-title" title={t('unlistedEarlierTitle')} />
    </div>
  );
}

function TrackedList({ rows, id, title, testId }: { rows: Layoff[]; id: string; title: string; testId?: string }) {
  if (rows.length === 0) return null;
  return (
    <section class="mdm-section" aria-labelledby={id} {...(testId ? { 'data-testid': testId } : {})}>
      <h4 class="mdm-section-title" id={id}>
        {title}
      </h4>
      <ul class="mdm-earlier">
        {rows.map((layoff) => (
          <EarlierLayoff key={`${layoff.date}|${layoff.sourceUrl}`} layoff={layoff} />
        ))}
      </ul>
    </section>
  );
}

function EarlierLayoff({ layoff }: { layoff: Layoff }) {
  const { t, locale } = useUi();
  const facts = [
    layoff.date ? formatPeriod(layoff.date, locale) : '',
    jobsCutText({ jobs: layoff.jobs }, t, locale) ?? t('jobsNotStated'),
    shareText(layoff.share, undefined, t, locale) ?? '',
  ].filter(Boolean);
  const url = webUrl(layoff.sourceUrl);
  const host = layoff.sourceHost || url?.hostname.replace(/^www\./, '') || '';
  return (
    <li data-testid="earlier-layoff">
      {facts.join(' · ')}
      {url && host && (
        <>
          {' '}
          <a class="mdm-source" href={url.href} target="_blank" rel="noopener noreferrer" data-testid="earlier-source">
            {t('reportedBy', host)}
            <span class="mdm-sr-only"> {t('newTab')}</span>
          </a>
        </>
      )}
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
