// Evidence scroll: a quote in the sidebar brings its sentence into view with a short outline. The
// sentences come from the extracted text, not the DOM, so the innermost block holding the
// sentence's opening words is the target. Abort puts back any outline still showing.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BLOCK_SELECTOR } from '../page/blocks';
import { later, onAbort } from './lifetime';

const PROBE_LENGTH = 40;
const FLASH_MS = 2000;
const OUTLINE = ['outline', 'outline-offset'];

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Returns the scroller: true when the sentence was found and shown. */
export function start(ctx: ContentScriptContext, signal: AbortSignal): (sentence: string) => boolean {
  let restore: (() => void) | null = null;
  onAbort(signal, () => restore?.());

  const flash = (el: HTMLElement) => {
    restore?.();
    const hadStyle = el.hasAttribute('style');
    const saved = OUTLINE.map((name) => [name, el.style.getPropertyValue(name), el.style.getPropertyPriority(name)] as const);
    el.style.setProperty('outline', '3px solid #f2b705');
    el.style.setProperty('outline-offset', '2px');
    const undo = () => {
      for (const [name, value, priority] of saved) {
        if (value) el.style.setProperty(name, value, priority);
        else el.style.removeProperty(name);
      }
      if (!hadStyle && !el.getAttribute('style')) el.removeAttribute('style');
      if (restore === undo) restore = null;
    };
    restore = undo;
    later(ctx, signal, undo, FLASH_MS);
  };

  return (sentence) => {
    if (signal.aborted) return false;
    const target = blockWith(document, sentence);
    if (!target) return false;
    target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    flash(target);
    return true;
  };
}

function blockWith(root: ParentNode, sentence: string): HTMLElement | null {
  const probe = normalize(sentence).slice(0, PROBE_LENGTH);
  if (!probe) return null;
  let best: HTMLElement | null = null;
  for (const el of root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)) {
    if (!normalize(el.textContent ?? '').includes(probe)) continue;
    // The innermost block that still holds the sentence.
    if (!best || best.contains(el)) best = el;
  }
  return best;
}
