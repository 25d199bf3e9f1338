import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { headlineMayQualify } from '@/lib/detect/headline-gate';
import { mentionsJobCuts, prefilter } from '@/lib/detect/prefilter';
import { isRequest, sendToBackground } from '@/lib/ext/messaging';
import { loadSettings, watchSettings } from '@/lib/ext/settings-store';
import type { PageResult } from '@/lib/messages';
import { qualifies, statusOf } from '@/lib/page-status';
import { blockText } from '@/lib/page/block-text';
import { readPage } from '@/lib/page/read';
import type { PageInput } from '@/lib/page/types';
import { BADGE_TAG } from '@/lib/own-elements';
import { browserTranslate } from '@/lib/ui/browser-translate';
import { isActiveOn, type Settings } from '@/lib/settings/model';
import { createBadges, type BadgeController } from './badges';
import { removeLeftovers } from './leftovers';
import { scrollToSentence } from './scroll-to-sentence';
import { mountSidebarHost, type SidebarHost } from './sidebar-host';

const PREFILTER_CHARS = 200_000;
const LEAD_CHARS = 1_500;
const MUTATION_DEBOUNCE_MS = 150;
const NAVIGATION_SETTLE_MS = 400;
const MAX_ADDED_NODES_PER_BATCH = 500;
const MAX_REMOUNTS = 3;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    try {
      const settings = loadSettings();
      // The page check needs no settings: it runs while storage answers, and its result waits
      // for them (nothing is sent, shown or kept on a site where we are off).
      let first: FirstCheck | null = null;
      try {
        first = {
          url: location.href,
          page: measured(() => {
            removeLeftovers(document);
            return candidatePage();
          }),
        };
      } catch {
        // A page our check cannot read: the first run tries again and stays quiet, as any run does.
      }
      await new Annotator(ctx, await settings, first).start();
    } catch {
      // Never surface our failures in the page's console: the page must not notice us.
    }
  },
});

interface FirstCheck {
  url: string;
  page: PageInput | null;
}

/** One page's life: detect, show, follow DOM changes, settings and SPA navigation, clean up. */
class Annotator {
  private result: PageResult | null = null;
  private analyzedUrl = '';
  private sidebar: SidebarHost | null = null;
  private badges: BadgeController | null = null;
  private observer: MutationObserver | null = null;
  private runId = 0;
  private remounts = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
    private first: FirstCheck | null,
  ) {}

  async start(): Promise<void> {
    const onMessage = (message: unknown) =>
      isRequest(message) && message.type === 'get-tab-status' ? Promise.resolve(this.status()) : undefined;
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = watchSettings((next) => {
      this.settings = next;
      void this.run();
    });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.ctx.setTimeout(() => void this.run(), NAVIGATION_SETTLE_MS);
    });
    this.ctx.onInvalidated(() => {
      // The page first: once the extension is gone, the browser APIs below may throw.
      this.teardown();
      quietly(() => browser.runtime.onMessage.removeListener(onMessage));
      quietly(unwatch);
    });
    await this.run();
  }

  private status() {
    return statusOf(location.hostname, this.active() ? this.result : null);
  }

  private active(): boolean {
    return isActiveOn(this.settings, location.hostname);
  }

  private async run(): Promise<void> {
    const id = ++this.runId;
    // The check main() made before the settings came is good for this run only, and only on its URL.
    const first = this.first;
    this.first = null;
    try {
      if (!this.active()) {
        measured(() => this.teardown());
        await this.report();
        return;
      }
      if (this.analyzedUrl !== location.href) {
        const hadResult = this.result !== null;
        this.teardown();
        this.result = null;
        this.analyzedUrl = location.href;
        const page = first?.url === location.href ? first.page : measured(candidatePage);
        // Ordinary pages send no message at all; only a page that was flagged before says it no longer is.
        if (!page) return void (hadResult && (await this.report()));
        const result = await sendToBackground({ type: 'analyze', page });
        if (id !== this.runId || this.ctx.isInvalid) return;
        this.result = result;
      }
      await this.show();
      await this.report();
    } catch {
      // The background may be gone (extension reloaded); stay quiet.
    }
  }

  private async show(): Promise<void> {
    const result = this.result;
    if (!result || !qualifies(result)) return;
    if (!this.sidebar) {
      this.sidebar = await mountSidebarHost(this.ctx, {
        result,
        autoOpen: this.settings.autoOpen,
        onEvidence: (sentence) => scrollToSentence(document, sentence),
      });
    }
    this.badges?.clear();
    this.badges = null;
    if (this.settings.badges) {
      // In a task of their own: the sidebar's mount and the page's relayout around new badges
      // would otherwise make one long task, and the sidebar need not wait for the badges.
      const id = this.runId;
      await new Promise<void>((done) => this.ctx.setTimeout(done, 0));
      if (id !== this.runId || this.ctx.isInvalid || this.result !== result || !this.settings.badges) return;
      const terms = Object.fromEntries(
        result.analysis.companies
          .filter((c) => result.views.some((v) => v.id === c.id))
          .map((c) => [c.id, c.terms]),
      );
      const names = new Map(result.views.map((v) => [v.id, v.name]));
      this.badges = createBadges(articleRoot(), terms, (id) => this.sidebar?.show(id), {
        label: (id, term) => browserTranslate('badgeLabel', names.get(id) ?? term),
      });
      this.badges.scan();
    }
    this.observe();
  }

  private observe(): void {
    if (this.observer) return;
    let pending: Node[] = [];
    let timer: number | undefined;
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (pending.length < MAX_ADDED_NODES_PER_BATCH) pending.push(node);
        }
      }
      if (timer !== undefined) return;
      timer = this.ctx.setTimeout(() => {
        timer = undefined;
        const nodes = pending;
        pending = [];
        this.keepHostMounted();
        // Our own badges are mutations too; scanning them would only wake us again.
        this.badges?.scan(nodes.filter((n) => n.isConnected && n.nodeName.toLowerCase() !== BADGE_TAG));
      }, MUTATION_DEBOUNCE_MS);
    });
    this.observer.observe(document.body, { childList: true, subtree: true });
  }

  /** A page that removes our host gets it back a few times, then we let it win. */
  private keepHostMounted(): void {
    if (!this.sidebar || this.sidebar.isConnected() || this.remounts >= MAX_REMOUNTS) return;
    this.remounts++;
    this.sidebar.remount();
  }

  private teardown(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.badges?.clear();
    this.badges = null;
    this.sidebar?.remove();
    this.sidebar = null;
  }

  private report(): Promise<void> {
    return sendToBackground({ type: 'report-status', status: this.status() }).catch(() => undefined);
  }
}

function quietly(work: () => void): void {
  try {
    work();
  } catch {
    // Nothing left to undo when the extension context is already gone.
  }
}

/** Every run's synchronous work is measured, so benchmarks and tests can see what we cost. */
function measured<T>(work: () => T): T {
  performance.mark('mdm:start');
  try {
    return work();
  } finally {
    performance.measure('mdm:content', 'mdm:start');
  }
}

/** The cheap path every page pays: the headline first, the body only when the headline allows. */
function candidatePage(): PageInput | null {
  // headlineMayQualify(headline, url, lead), with the lead read only when the headline alone fails.
  const gate =
    headlineMayQualify(headline(), location.href) || mentionsJobCuts(blockText(articleRoot(), LEAD_CHARS));
  return gate && prefilter(document.title, document.body ? blockText(document.body, PREFILTER_CHARS) : '')
    ? readPage(document, location.href)
    : null;
}

const OG_TITLE = 'meta[property="og:title"]';
const DESCRIPTION = 'meta[name="description"]';

/** The headline and the page's own summary of itself. */
function headline(): string {
  // The first <meta> matching each selector, as document.querySelector would find it, in one walk
  // over the <meta> elements (a page without them made each querySelector walk the whole page).
  let ogTitle: HTMLMetaElement | null = null;
  let description: HTMLMetaElement | null = null;
  for (const meta of document.getElementsByTagName('meta')) {
    ogTitle ??= meta.matches(OG_TITLE) ? meta : null;
    description ??= meta.matches(DESCRIPTION) ? meta : null;
    if (ogTitle && description) break;
  }
  return [document.title, ogTitle?.content ?? '', description?.content ?? '', document.querySelector('h1')?.textContent ?? ''].join(' ');
}

/** Badges go where the story is, not into navigation and footers. */
function articleRoot(): Element {
  return document.querySelector('article') ?? document.querySelector('main, [role="main"]') ?? document.body;
}
