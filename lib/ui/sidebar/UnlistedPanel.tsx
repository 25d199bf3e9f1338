// The cutting company when the bundled dataset has no figures for it: who it is, what the story says
// about its cuts, a plain statement that its figures are not bundled and why, and its earlier cuts
// from the layoffs tracker, each with the report it comes from. Never a figure we do not have.
import type { Analysis } from '../../detect/types';
import type { UnlistedCutter } from '../../messages';
import { UNLISTED_ID } from '../../page-status';
import { useUi } from '../context';
import { panelId, tabId } from './CompanyTabs';
import { LayoffFacts } from './LayoffFacts';
import { ReportedLayoffs } from './ReportedLayoffs';

interface Props {
  cutter: UnlistedCutter;
  analysis: Analysis;
  /** True when tabs label this panel. */
  tabbed: boolean;
}

export function UnlistedPanel({ cutter, analysis, tabbed }: Props) {
  const { t } = useUi();
  const about = [cutter.parent && t('unlistedParent', cutter.parent), cutter.ticker && t('unlistedTicker', cutter.ticker)].filter(Boolean);
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
      {cutter.later && <ReportedLayoffs rows={cutter.later} later />}
      <ReportedLayoffs rows={cutter.layoffs} />
    </div>
  );
}
