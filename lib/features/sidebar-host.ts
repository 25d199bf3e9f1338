// The sidebar host: our element at the end of <body>, with the sidebar in its Shadow DOM root so
// neither the page's CSS nor ours leaks. A page that removes it gets it back a few times, then we
// let the page win. Abort takes it out of the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { UiLanguage } from '../ext/ui-language';
import type { PageResult } from '../messages';
import { SIDEBAR_TAG } from '../own-elements';
import { SHARE_CSS } from '../ui/share/styles';
import { mountSidebar, SIDEBAR_CSS, type SidebarHandle } from '../ui/sidebar';
import { later, onAbort } from './lifetime';

export interface SidebarHost {
  /** Opens the sidebar, on the given company when it is one of the page's. */
  show(companyId?: string): void;
}

export interface SidebarHostOptions {
  result: PageResult;
  autoOpen: boolean;
  /** The language the sidebar speaks: its translator and the locale for numbers and dates. */
  ui: UiLanguage;
  onEvidence(sentence: string): void;
  /** The reader opened or closed the panel. */
  onOpenChoice(open: boolean): void;
  /** Copies text; the container (inside our shadow root) is where a fallback may select it. */
  onCopy(container: HTMLElement, text: string): Promise<void>;
}

const MAX_REMOUNTS = 3;
const REMOUNT_DELAY_MS = 150;

export async function start(ctx: ContentScriptContext, signal: AbortSignal, options: SidebarHostOptions): Promise<SidebarHost> {
  const ui = await createShadowRootUi<SidebarHandle>(ctx, {
    name: SIDEBAR_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: SIDEBAR_CSS + SHARE_CSS,
    isolateEvents: true,
    onMount: (container) => {
      // Our language, and left-to-right whatever the page's direction (dir is inherited into the shadow root).
      container.lang = options.ui.locale;
      container.dir = 'ltr';
      return mountSidebar(container, {
        result: options.result,
        t: options.ui.t,
        locale: options.ui.locale,
        autoOpen: options.autoOpen,
        onEvidence: options.onEvidence,
        onOpenChoice: options.onOpenChoice,
        onCopy: (text) => options.onCopy(container, text),
      });
    },
    onRemove: (handle) => handle?.unmount(),
  });
  if (signal.aborted) return { show: () => undefined };
  ui.mount();

  // Our host is a child of <body>: watching <body>'s children (and <html>'s, for a new <body>) is
  // enough to see it go, without following every change deep in the page. Each batch of changes
  // is looked at once, a moment later, by a timer that also notices an extension gone by an update.
  let remounts = 0;
  let scheduled = false;
  const keepMounted = () => {
    scheduled = false;
    if (ui.shadowHost.isConnected || remounts >= MAX_REMOUNTS) return;
    remounts++;
    ui.remove();
    ui.mount();
    if (document.body) observer.observe(document.body, { childList: true });
  };
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    later(ctx, signal, keepMounted, REMOUNT_DELAY_MS);
  });
  observer.observe(document.documentElement, { childList: true });
  if (document.body) observer.observe(document.body, { childList: true });
  onAbort(signal, () => {
    observer.disconnect();
    ui.remove();
  });
  return { show: (companyId) => ui.mounted?.show(companyId) };
}
