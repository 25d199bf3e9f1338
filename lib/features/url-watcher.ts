// SPA/URL watcher: single-page sites swap the story without loading a page. When the URL changes,
// and the page has had a moment to render the new story, `onChange` runs. The Navigation API says
// when a navigation starts (Chromium); without it (Firefox ESR) the URL is polled once a second.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { later, onAbort } from './lifetime';

const SETTLE_MS = 400;
const POLL_MS = 1000;

interface NavigationLike {
  addEventListener(type: 'navigate', listener: () => void, options: { signal: AbortSignal }): void;
}

export function start(ctx: ContentScriptContext, signal: AbortSignal, onChange: () => void): void {
  let last = location.href;
  const settled = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const navigation = (globalThis as { navigation?: Partial<NavigationLike> }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('navigate', () => later(ctx, signal, settled, SETTLE_MS), { signal });
    return;
  }
  const poll = setInterval(() => {
    if (location.href !== last && !ctx.isInvalid) later(ctx, signal, settled, SETTLE_MS);
  }, POLL_MS);
  onAbort(signal, () => clearInterval(poll));
}
