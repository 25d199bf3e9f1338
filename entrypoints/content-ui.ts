// The UI part of the content script, which only pages that pass the quick check load: the
// background injects this file when the always-on part (content/index.ts) asks (see
// lib/ext/page-ui.ts). It reads the article for the detector, and starts the features of a
// flagged page: sidebar, evidence scroll, copy, and badges while the settings want them.
import * as badges from '@/lib/features/badges';
import * as copy from '@/lib/features/copy';
import * as evidenceScroll from '@/lib/features/evidence-scroll';
import { childOf } from '@/lib/features/lifetime';
import * as sidebarHost from '@/lib/features/sidebar-host';
import { provideUi, type PageUi } from '@/lib/ext/page-ui';
import { updateSettings } from '@/lib/ext/settings-store';
import { readPage } from '@/lib/page/read';
import { browserTranslate as t } from '@/lib/ui/browser-translate';

const show: PageUi['show'] = async (ctx, signal, { result, settings }) => {
  const sidebar = await sidebarHost.start(ctx, signal, {
    result,
    autoOpen: settings.autoOpen,
    t,
    locale: navigator.language || 'en-US',
    onEvidence: evidenceScroll.start(ctx, signal),
    onCopy: copy.start(ctx, signal),
    // The reader's open or close is what the next flagged page does (the auto-open setting).
    onOpenChoice: (autoOpen) => void updateSettings((stored) => ({ ...stored, autoOpen })),
  });
  let shownBadges: AbortController | null = null;
  const showBadges = (on: boolean) => {
    if (on === (shownBadges !== null)) return;
    shownBadges?.abort();
    shownBadges = on ? childOf(signal) : null;
    if (shownBadges) badges.start(ctx, shownBadges.signal, { result, t, onOpen: sidebar.show });
  };
  showBadges(settings.badges);
  return { settingsChanged: (next) => showBadges(next.badges) };
};

export default defineUnlistedScript(() => provideUi({ readPage, show }));
