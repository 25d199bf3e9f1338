// The UI part of the content script, which only pages that pass the quick check load: the
// background injects this file when the always-on part (content/index.ts) asks (see
// lib/ext/page-ui.ts). It starts the features of a flagged page in the reader's language: sidebar,
// evidence scroll, copy, and badges while the settings want them.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import * as badges from '@/lib/features/badges';
import * as copy from '@/lib/features/copy';
import * as evidenceScroll from '@/lib/features/evidence-scroll';
import { childOf } from '@/lib/features/lifetime';
import * as sidebarHost from '@/lib/features/sidebar-host';
import { providePart, type PageUi } from '@/lib/ext/page-ui';
import { updateSettings } from '@/lib/ext/settings-store';
import { uiLanguageFor } from '@/lib/ext/ui-language';
import type { PageResult } from '@/lib/messages';
import type { Settings } from '@/lib/settings/model';

const show: PageUi['show'] = async (ctx, signal, { result, settings, lang }) => {
  let current = settings;
  let mounted = await mount(ctx, childOf(signal), result, settings, lang);
  return {
    settingsChanged(next) {
      const language = next.uiLanguage !== current.uiLanguage;
      current = next;
      if (!language) return mounted.showBadges(next.badges);
      // Another language: the sidebar and badges again, in it.
      mounted.run.abort();
      void mount(ctx, childOf(signal), result, next, lang).then((again) => {
        mounted = again;
        again.showBadges(current.badges);
      });
    },
  };
};

/** The sidebar, in the language the settings ask for, and the badges while they are wanted. */
async function mount(ctx: ContentScriptContext, run: AbortController, result: PageResult, settings: Settings, lang?: string) {
  const ui = await uiLanguageFor(settings.uiLanguage, lang);
  const sidebar = await sidebarHost.start(ctx, run.signal, {
    result,
    autoOpen: settings.autoOpen,
    ui,
    onEvidence: evidenceScroll.start(ctx, run.signal),
    onCopy: copy.start(ctx, run.signal),
    // The reader's open or close is what the next flagged page does (the auto-open setting).
    onOpenChoice: (autoOpen) => void updateSettings((stored) => ({ ...stored, autoOpen })),
  });
  let shownBadges: AbortController | null = null;
  const showBadges = (on: boolean) => {
    if (on === (shownBadges !== null)) return;
    shownBadges?.abort();
    shownBadges = on ? childOf(run.signal) : null;
    if (shownBadges) badges.start(ctx, shownBadges.signal, { result, t: ui.t, onOpen: sidebar.show });
  };
  showBadges(settings.badges);
  return { run, showBadges };
}

export default defineUnlistedScript(() => providePart('ui', { show }));
