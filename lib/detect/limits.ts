// How much of a page the detector reads, shared with the content script's quick check: a gate
// reading further than the detector would only let through pages for words it never weighs.

/** Only the first part of a long page is read: the story is told at the top. */
export const MAX_CHARS = 60_000;
