// The company switcher when a story names several companies: an ARIA tablist where the arrow keys,
// Home and End move between companies (and select them, as the tabs pattern recommends).
import type { TargetedKeyboardEvent } from 'preact';
import { useUi } from '../context';

interface Props {
  companies: { id: string; name: string }[];
  activeId: string;
  onSelect(id: string): void;
}

export const tabId = (companyId: string) => `mdm-tab-${companyId}`;
export const panelId = (companyId: string) => `mdm-panel-${companyId}`;

const STEP: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function CompanyTabs({ companies, activeId, onSelect }: Props) {
  const { t } = useUi();
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const index = companies.findIndex((c) => c.id === activeId);
    const next = companies[step(Math.max(index, 0), companies.length)];
    if (!next) return;
    onSelect(next.id);
    event.currentTarget.querySelector<HTMLElement>(`#${CSS.escape(tabId(next.id))}`)?.focus();
  };
  return (
    <div class="mdm-tabs" role="tablist" aria-label={t('companiesLabel')} onKeyDown={onKeyDown}>
      {companies.map(({ id, name }) => {
        const selected = id === activeId;
        return (
          <button
            key={id}
            type="button"
            role="tab"
            id={tabId(id)}
            class="mdm-tab"
            data-company={id}
            aria-selected={selected}
            aria-controls={panelId(id)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(id)}
          >
            {name}
          </button>
        );
      })}
    </div>
  );
}
