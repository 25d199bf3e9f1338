// The sidebar: a small tab in the bottom corner when collapsed, which names the company and the
// cuts in two short lines without covering the article; a panel when the reader opens it. It is controlled (open state
// and company come from mountSidebar) so the page's glue can open it from a badge.
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { jobsCutText } from '../layoff-facts';
import type { Analysis } from '../../detect/types';
import type { CompanyView } from '../../math/types';
import type { PageResult } from '../../messages';
import { panelCompanies, UNLISTED_ID } from '../../page-status';
import { useUi, type UiContextValue } from '../context';
import { CompanyPanel } from './CompanyPanel';
import { CompanyTabs } from './CompanyTabs';
import { UnlistedPanel } from './UnlistedPanel';
import { WhyFlagged } from './WhyFlagged';

export interface SidebarViewProps {
  result: PageResult;
  open: boolean;
  activeId: string;
  onOpenChange(open: boolean): void;
  onSelect(companyId: string): void;
  onEvidence(sentence: string): void;
  onCopy(text: string): Promise<void>;
}

export function Sidebar({ result, open, activeId, onOpenChange, onSelect, onEvidence, onCopy }: SidebarViewProps) {
  const ui = useUi();
  const { t } = ui;
  const heading = useRef<HTMLHeadingElement>(null);
  const reopen = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  // Focus follows the reader's own open/close, never on first render: the page keeps its focus.
  useEffect(() => {
    if (wasOpen.current === open) return;
    wasOpen.current = open;
    (open ? heading.current : reopen.current)?.focus();
  }, [open]);

  const companies = panelCompanies(result);
  const active = companies.find((c) => c.id === activeId) ?? companies[0];
  const view = result.views.find((v) => v.id === active?.id);
  const tabbed = companies.length > 1;
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') onOpenChange(false);
  };

  return (
    <aside
      class="mdm-root"
      role="complementary"
      aria-label={t('sidebarLabel')}
      data-testid="mdm-sidebar"
      data-state={open ? 'open' : 'collapsed'}
    >
      {open ? (
        <div class="mdm-panel" onKeyDown={onKeyDown}>
          <header class="mdm-header">
            <h2 class="mdm-title" tabIndex={-1} ref={heading}>
              {t('sidebarTitle')}
            </h2>
            <button
              type="button"
              class="mdm-icon-button"
              data-testid="collapse"
              aria-label={t('collapse')}
              title={t('collapse')}
              aria-expanded="true"
              onClick={() => onOpenChange(false)}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </header>
          <div class="mdm-body">
            {/* The unlisted cutter's panel carries the story's facts in its own words; a company
                panel whose latest cuts are the story's own states the count once, there. */}
            <WhyFlagged
              analysis={result.analysis}
              facts={!result.unlisted}
              counts={!(view && sameCuts(view, result.analysis))}
              onEvidence={onEvidence}
            />
            {tabbed && active && <CompanyTabs companies={companies} activeId={active.id} onSelect={onSelect} />}
            {active?.id === UNLISTED_ID && result.unlisted ? (
              <UnlistedPanel cutter={result.unlisted} analysis={result.analysis} tabbed={tabbed} />
            ) : (
              view && <CompanyPanel key={view.id} view={view} tabbed={tabbed} onCopy={onCopy} />
            )}
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="mdm-reopen"
          data-testid="reopen"
          ref={reopen}
          aria-expanded="false"
          title={t('reopenLabel')}
          onClick={() => onOpenChange(true)}
        >
          <span class="mdm-reopen-mark" aria-hidden="true">
            $
          </span>
          <span class="mdm-reopen-text">
            <span class="mdm-reopen-name">{panelCompanies(result)[0]?.name}</span>{' '}
            <span class="mdm-reopen-what">{tabSummary(result, ui)}</span>
          </span>
        </button>
      )}
    </aside>
  );
}

/** Whether the company's latest cuts are the story's own numbers (the same count and share). */
function sameCuts({ layoff }: CompanyView, { jobs }: Analysis): boolean {
  return layoff !== null && jobs !== null && layoff.jobs === jobs.count && layoff.share === jobs.share;
}

/** The collapsed tab's line under the company's name: the cuts when the story counts them, and
 * what waits inside. */
function tabSummary(result: PageResult, { t, locale }: UiContextValue): string {
  if (result.unlisted) return t('tabSummaryUnlisted');
  const jobs = result.analysis.jobs;
  const cut = jobs ? jobsCutText({ jobs: jobs.count, bound: jobs.bound, max: jobs.max }, t, locale) : null;
  return cut ? t('tabSummaryJobs', cut) : t('tabSummary');
}
