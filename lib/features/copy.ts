// Copy: the sidebar's "Copy the counterpoint". navigator.clipboard needs a secure context and
// focus; the fallback selects the text in a textarea inside our own shadow root, never the page's,
// and takes it out again at once. After abort nothing is copied.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type Copier = (container: HTMLElement, text: string) => Promise<void>;

export function start(_ctx: ContentScriptContext, signal: AbortSignal): Copier {
  return async (container, text) => {
    if (signal.aborted) throw new Error('copy stopped');
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // fall through
    }
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    container.append(area);
    try {
      area.select();
      if (!document.execCommand('copy')) throw new Error('copy failed');
    } finally {
      area.remove();
    }
  };
}
