// Evidence sentences come from the extracted text, not the DOM: find the block that holds the
// sentence's opening words and bring it into view with a short, reversible outline.
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, dd, figcaption, pre, div';
const PROBE_LENGTH = 40;

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

export function scrollToSentence(root: ParentNode, sentence: string): boolean {
  const probe = normalize(sentence).slice(0, PROBE_LENGTH);
  if (!probe) return false;
  let best: HTMLElement | null = null;
  for (const el of root.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (!normalize(el.textContent ?? '').includes(probe)) continue;
    // The innermost block that still holds the sentence.
    if (!best || best.contains(el)) best = el;
  }
  if (!best) return false;
  best.scrollIntoView({ behavior: 'smooth', block: 'center' });
  flash(best);
  return true;
}

function flash(el: HTMLElement): void {
  const { outline, outlineOffset } = el.style;
  el.style.outline = '3px solid #f2b705';
  el.style.outlineOffset = '2px';
  setTimeout(() => {
    el.style.outline = outline;
    el.style.outlineOffset = outlineOffset;
  }, 2000);
}
