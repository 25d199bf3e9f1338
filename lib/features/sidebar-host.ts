import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PageResult } from '@/lib/messages';
import { SIDEBAR_TAG } from '@/lib/own-elements';
import { browserTranslate } from '@/lib/ui/browser-translate';
import { mountSidebar, SIDEBAR_CSS, type SidebarHandle } from '@/lib/ui/sidebar';
import { copyText } from './copy-text';

export interface SidebarHost {
  show(companyId?: string): void;
  isConnected(): boolean;
  remount(): void;
  remove(): void;
}

interface Options {
  result: PageResult;
  autoOpen: boolean;
  onEvidence(sentence: string): void;
}

/** The sidebar lives in a Shadow DOM root, so neither the page's CSS nor ours leaks. */
export async function mountSidebarHost(ctx: ContentScriptContext, options: Options): Promise<SidebarHost> {
  const ui = await createShadowRootUi<SidebarHandle>(ctx, {
    name: SIDEBAR_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: SIDEBAR_CSS,
    isolateEvents: true,
    onMount: (container) =>
      mountSidebar(container, {
        result: options.result,
        t: browserTranslate,
        locale: navigator.language || 'en-US',
        autoOpen: options.autoOpen,
        onEvidence: options.onEvidence,
        onCopy: (text) => copyText(container, text),
      }),
    onRemove: (handle) => handle?.unmount(),
  });
  ui.mount();
  return {
    show: (companyId) => ui.mounted?.show(companyId),
    isConnected: () => ui.shadowHost.isConnected,
    remount: () => {
      ui.remove();
      ui.mount();
    },
    remove: () => ui.remove(),
  };
}
