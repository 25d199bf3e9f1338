// The sidebar: a small tab at the right edge when collapsed, a panel when open. It is controlled
// (open state and company come from mountSidebar) so the page's glue can open it from a badge.
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PageResult } from '../../messages';
import { useUi } from '../context';
import { CompanyPanel } from './CompanyPanel';
import { CompanyTabs } from './CompanyTabs';
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
  const { t } = useUi();
  const heading = useRef<HTMLHeadingElement>(null);
  const reopen = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  // Focus follows the reader's own open/close, never on first render: the page keeps its focus.
  useEffect(() => {
    if (wasOpen.current === open) return;
    wasOpen.current = open;
    (open ? heading.current : reopen.current)?.focus();
  }, [open]);

  const view = result.views.find((v) => v.id === activeId) ?? result.views[0];
  const tabbed = result.views.length > 1;
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
            <WhyFlagged analysis={result.analysis} onEvidence={onEvidence} />
            {tabbed && view && <CompanyTabs companies={result.views} activeId={view.id} onSelect={onSelect} />}
            {view && <CompanyPanel key={view.id} view={view} tabbed={tabbed} onCopy={onCopy} />}
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="mdm-reopen"
          data-testid="reopen"
          ref={reopen}
          aria-expanded="false"
          aria-label={t('reopenLabel')}
          title={t('reopenLabel')}
          onClick={() => onOpenChange(true)}
        >
          <span class="mdm-reopen-mark" aria-hidden="true">
            $
          </span>
          <span class="mdm-reopen-text">{t('reopen')}</span>
        </button>
      )}
    </aside>
  );
}
