// Text to be matched literally inside a regular expression built from words.
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of these words or phrases standing alone in a text (not inside a longer word), as a pattern. */
export const wholeWords = (words: readonly string[], flags: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags);
