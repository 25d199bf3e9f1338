// Size limits that keep page reading bounded on any page, however large or hostile.

/** The detector never needs more than this much article text. */
export const MAX_TEXT_CHARS = 100_000;

/** HTML beyond this is cut before parsing, so a 10 MB string parses in bounded time in Node. */
export const MAX_HTML_CHARS = 2_000_000;

/** Enough of the page's start to see a wire-service dateline or an EDGAR form header. */
export const HEAD_CHARS = 5_000;

/** Readability gives up (and we fall back to body text) on DOMs larger than this. */
export const MAX_READABILITY_ELEMENTS = 30_000;

/** Cuts text to `max` chars, preferring the last paragraph break before the limit. */
export function capText(text: string, max = MAX_TEXT_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('\n\n', max);
  return (cut > max / 2 ? text.slice(0, cut) : text.slice(0, max)).trimEnd();
}
