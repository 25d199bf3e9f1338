// Everything the sidebar knows about one company: its cuts, its own numbers with their sources,
// the charts, what is not known, and the copy button. A company without figures says so plainly.
import type { CompanyView } from '../../math/types';
import { ChartView } from '../charts/ChartView';
import { useUi } from '../context';
import { counterpointText, layoffTitleKey } from '../counterpoint-text';
import { ShareButtons } from '../share/ShareButtons';
import { panelId, tabId } from './CompanyTabs';
import { CopyButton } from './CopyButton';
import { LayoffFacts } from './LayoffFacts';
import { ReportedLayoffs } from './ReportedLayoffs';
import { LineItem } from './LineItem';

interface Props {
  view: CompanyView;
  /** True when tabs label this panel. */
  tabbed: boolean;
  onCopy(text: string): Promise<void>;
}

export function CompanyPanel({ view, tabbed, onCopy }: Props) {
  const { t, locale, say } = useUi();
  const { layoff } = view;
  return (
    <div
      class="mdm-company"
      data-company={view.id}
      {...(tabbed ? { role: 'tabpanel', id: panelId(view.id), 'aria-labelledby': tabId(view.id), tabIndex: 0 } : {})}
    >
      <h3 class="mdm-company-name" data-testid="company-name">
        {view.name}
      </h3>
      {view.ceo && <p class="mdm-ceo">{t('ceo', view.ceo)}</p>}
      {!view.hasData && (
        <p class="mdm-no-data" data-testid="no-data">
          {t('noData', view.name)}
        </p>
      )}
      {layoff && (
        <LayoffFacts
          title={t(layoffTitleKey(layoff))}
          jobs={layoff.jobs}
          bound={layoff.bound}
          max={layoff.max}
          share={layoff.share}
          shareBound={layoff.shareBound}
          date={layoff.announced}
          link={layoff.ai_link}
          linkKind={layoff.ai_link_kind}
          source={layoff.source}
        />
      )}
      {view.laterHistory && <ReportedLayoffs rows={view.laterHistory} later />}
      {view.history && <ReportedLayoffs rows={view.history} />}
      {view.lines.length > 0 && (
        <section class="mdm-section" aria-labelledby={`mdm-lines-${view.id}`}>
          <h4 class="mdm-section-title" id={`mdm-lines-${view.id}`}>
            {t('linesTitle')}
          </h4>
          <ul class="mdm-lines">
            {view.lines.map((line) => (
              <LineItem key={line.id} line={line} />
            ))}
          </ul>
        </section>
      )}
      {view.charts.map((chart) => (
        <ChartView key={chart.id} chart={chart} />
      ))}
      {view.unknown.length > 0 && (
        <p class="mdm-unknown" data-testid="unknown">
          {t('notKnown', view.unknown.map(say).join(', '))}
        </p>
      )}
      {view.hasData && <CopyButton getText={() => counterpointText(view, t, locale)} onCopy={onCopy} />}
      {view.hasData && <ShareButtons view={view} />}
    </div>
  );
}
