// @vitest-environment happy-dom
// Each in-page feature (lib/features/) registers what it adds to the page on its AbortSignal: after
// abort() the page is as it was, no timer is left, and the page's later changes wake nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import messages from '../../public/_locales/en/messages.json';
import * as badges from '../../lib/features/badges';
import * as copy from '../../lib/features/copy';
import * as evidenceScroll from '../../lib/features/evidence-scroll';
import * as leftovers from '../../lib/features/leftovers';
import { childOf } from '../../lib/features/lifetime';
import * as sidebarHost from '../../lib/features/sidebar-host';
import * as tabStatus from '../../lib/features/tab-status';
import * as urlWatcher from '../../lib/features/url-watcher';
import type { Analysis } from '../../lib/detect/types';
import type { CompanyView } from '../../lib/math/types';
import type { PageResult, TabPage } from '../../lib/messages';
import { translateFrom } from '../../lib/ui/i18n';

const t = translateFrom(messages);

const STORY = `<main><article>
  <h1>Acme cuts 300 jobs as AI takes over support</h1>
  <p>Acme said on Monday it will cut 300 jobs because AI now handles customer support.</p>
  <p>Beta, a rival, said nothing. Acme's shares rose.</p>
</article></main>`;

const view: CompanyView = { id: 'acme', name: 'Acme Corp', ceo: 'Jane Doe', layoff: null, lines: [], charts: [], unknown: [], hasData: false };
const analysis: Analysis = {
  label: 'ai_layoff',
  score: 0.9,
  kind: 'news',
  companies: [{ id: 'acme', name: 'Acme Corp', role: 'cutting', mentions: 3, terms: ['Acme'] }],
  jobs: { count: 300, bound: 'exact', share: null, text: '300 jobs' },
  attributedBy: 'company',
  denial: null,
  date: null,
  evidence: ['Acme said on Monday it will cut 300 jobs because AI now handles customer support.'],
  reasons: ['cuts_in_headline'],
};
const result: PageResult = { analysis, views: [view] };

let ctx: ContentScriptContext;
let run: AbortController;
let before: string;

/** MutationObserver callbacks are queued as microtasks; then the features' debounce runs. */
async function settle(ms = 1_000): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  document.body.innerHTML = STORY;
  before = document.body.innerHTML;
  ctx = new ContentScriptContext('test');
  run = new AbortController();
});

afterEach(() => {
  ctx.abort();
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('badges', () => {
  it('badges the story and late paragraphs, and abort restores the text', async () => {
    badges.start(ctx, run.signal, { result, t, onOpen: vi.fn() });
    await settle();
    expect(document.querySelectorAll('mdm-badge[data-company="acme"]').length).toBeGreaterThan(0);
    // A feed's new item: a section of its own, so its first mention gets a badge too.
    const late = document.createElement('section');
    late.textContent = 'Acme added later.';
    document.querySelector('article')!.append(late);
    await settle();
    expect(late.querySelector('mdm-badge')).not.toBeNull();

    run.abort();
    late.remove();
    expect(document.body.innerHTML).toBe(before);
    expect(vi.getTimerCount()).toBe(0);
    document.querySelector('article')!.append(late);
    await settle();
    expect(document.querySelector('mdm-badge')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('places nothing when aborted before its first scan', async () => {
    badges.start(ctx, run.signal, { result, t, onOpen: vi.fn() });
    run.abort();
    await settle();
    expect(document.body.innerHTML).toBe(before);
  });

  it('stops with the context when the extension goes away', async () => {
    badges.start(ctx, childOf(ctx.signal).signal, { result, t, onOpen: vi.fn() });
    await settle();
    expect(document.querySelector('mdm-badge')).not.toBeNull();
    // What an update does to the old copy in Chromium: the runtime is gone, and the next timer of
    // ours (here: the page changing) notices and takes our marks out of the page.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    document.querySelector('article')!.append(document.createElement('p'));
    await settle();
    expect(ctx.isValid).toBe(false);
    expect(document.querySelector('mdm-badge')).toBeNull();
  });
});

describe('sidebar host', () => {
  const options = () => ({ result, autoOpen: true, ui: { lang: 'en' as const, locale: 'en-US', t }, onEvidence: vi.fn(), onOpenChoice: vi.fn(), onCopy: vi.fn(async () => {}) });
  const hosts = () => document.querySelectorAll('math-doesnt-math');

  it('mounts in a shadow root, comes back a few times when the page removes it, and abort takes it out', async () => {
    const host = await sidebarHost.start(ctx, run.signal, options());
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.shadowRoot!.querySelector('[data-testid="mdm-sidebar"]')).not.toBeNull();
    for (let i = 0; i < 5; i++) {
      hosts()[0]?.remove();
      await settle();
    }
    // Three re-mounts, then the page wins.
    expect(hosts()).toHaveLength(0);

    const second = new AbortController();
    const again = await sidebarHost.start(ctx, second.signal, options());
    again.show('acme');
    expect(hosts()).toHaveLength(1);
    second.abort();
    run.abort();
    host.show('acme');
    expect(document.body.innerHTML).toBe(before);
    await settle(); // Preact's own after-paint timers run once
    expect(vi.getTimerCount()).toBe(0);
    document.body.append(document.createElement('div'));
    await settle();
    expect(hosts()).toHaveLength(0);
  });
});

describe('evidence scroll', () => {
  it('outlines the sentence for a moment; abort puts the outline back at once', async () => {
    Element.prototype.scrollIntoView ??= () => undefined;
    const scroll = evidenceScroll.start(ctx, run.signal);
    expect(scroll(analysis.evidence[0]!)).toBe(true);
    const paragraph = document.querySelector('p')!;
    expect(paragraph.style.outline).toContain('solid');
    await settle(2_500);
    expect(paragraph.hasAttribute('style')).toBe(false);

    expect(scroll(analysis.evidence[0]!)).toBe(true);
    run.abort();
    expect(paragraph.hasAttribute('style')).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    expect(scroll(analysis.evidence[0]!)).toBe(false);
    expect(scroll('A sentence that is nowhere in the page at all.')).toBe(false);
  });
});

describe('copy', () => {
  it('falls back to a selection inside our container and leaves no textarea; copies nothing after abort', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('no focus')) } });
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    const container = document.createElement('div');
    document.body.append(container);
    const copier = copy.start(ctx, run.signal);
    await copier(container, 'Acme: the numbers');
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(container.querySelector('textarea')).toBeNull();
    run.abort();
    await expect(copier(container, 'again')).rejects.toThrow();
    expect(execCommand).toHaveBeenCalledTimes(1);
  });
});

describe('URL watcher', () => {
  it('calls back once per new URL after it settles, and never after abort', async () => {
    const onChange = vi.fn();
    urlWatcher.start(ctx, run.signal, onChange);
    history.pushState({}, '', '/story-2');
    await settle(1_500);
    expect(onChange).toHaveBeenCalledTimes(1);
    await settle(3_000);
    expect(onChange).toHaveBeenCalledTimes(1);

    run.abort();
    expect(vi.getTimerCount()).toBe(0);
    history.pushState({}, '', '/story-3');
    await settle(3_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('tab status', () => {
  it('answers the popup while running, and no longer listens after abort', async () => {
    const page: TabPage = { site: 'news.example', result };
    tabStatus.start(run.signal, () => page);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    const sendResponse = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'get-tab-page' }, {}, sendResponse);
    expect(sendResponse).toHaveBeenCalledWith(page);
    run.abort();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

describe('leftovers', () => {
  it('takes out an earlier copy’s host and badges, joining the text they split', () => {
    document.body.innerHTML = `<p>Acme<mdm-badge data-company="acme"></mdm-badge> cut jobs.</p><math-doesnt-math></math-doesnt-math>`;
    leftovers.start(document);
    expect(document.body.innerHTML).toBe('<p>Acme cut jobs.</p>');
    expect(document.querySelector('p')!.childNodes).toHaveLength(1);
  });
});
