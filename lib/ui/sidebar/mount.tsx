// The sidebar's imperative face for the content script: mount into the shadow root's container,
// then show (from a badge) or unmount.
import { render } from 'preact';
import type { PageResult } from '../../messages';
import { panelCompanies } from '../../page-status';
import { UiContext } from '../context';
import type { Translate } from '../i18n';
import { Sidebar } from './Sidebar';

export interface SidebarProps {
  result: PageResult;
  t: Translate;
  locale: string;
  autoOpen: boolean;
  onEvidence(sentence: string): void;
  onCopy(text: string): Promise<void>;
  /** The reader opened or closed the panel (the tab, ✕ or Escape): the next page remembers it. */
  onOpenChoice(open: boolean): void;
}

export interface SidebarHandle {
  /** Opens the sidebar, on the given company when it is one of the page's. */
  show(companyId?: string): void;
  unmount(): void;
}

// Below this width the panel would cover the article, so it only opens when asked.
const NARROW = '(max-width: 699px)';
const isNarrow = () => globalThis.matchMedia?.(NARROW).matches ?? false;

export function mountSidebar(container: HTMLElement, props: SidebarProps): SidebarHandle {
  const ui = { t: props.t, locale: props.locale };
  const { result } = props;
  let open = props.autoOpen && !isNarrow();
  let activeId = panelCompanies(result)[0]?.id ?? '';

  const hasCompany = (id: string | undefined): id is string => panelCompanies(result).some((c) => c.id === id);
  const draw = () =>
    render(
      <UiContext.Provider value={ui}>
        <Sidebar
          result={result}
          open={open}
          activeId={activeId}
          onOpenChange={(next) => {
            open = next;
            draw();
            props.onOpenChoice(next);
          }}
          onSelect={(id) => {
            activeId = id;
            draw();
          }}
          onEvidence={props.onEvidence}
          onCopy={props.onCopy}
        />
      </UiContext.Provider>,
      container,
    );

  draw();
  return {
    show(companyId) {
      if (hasCompany(companyId)) activeId = companyId;
      open = true;
      draw();
    },
    unmount() {
      render(null, container);
    },
  };
}
