// The sentences the sidebar quotes as evidence, as the reader should see them: each once (a page
// that repeats its own title gives the same sentence twice), the denial apart (it argues against
// the verdict and is shown as what it is), and in quotation marks only when the sentence does not
// open with its own.

const OPENING_QUOTE = /^["'“‘„«‹]/;
const QUOTE_MARKS = /["'“”‘’„«»‹›]/g;

/** Case, spacing and quotation marks do not make a sentence a different one. */
const sameness = (sentence: string) => sentence.replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The quotes to show, in order: no repeats (nor one held inside another), no denial, no blanks. */
export function evidenceQuotes(evidence: readonly string[], denial: string | null): string[] {
  const kept: { text: string; key: string }[] = [];
  const denied = denial ? sameness(denial) : null;
  for (const text of evidence) {
    const key = sameness(text);
    if (!key || (denied && (key.includes(denied) || denied.includes(key)))) continue;
    if (kept.some((other) => other.key.includes(key) || key.includes(other.key))) continue;
    kept.push({ text: text.trim(), key });
  }
  return kept.map((quote) => quote.text);
}

/** “sentence”, unless it already opens with a quotation mark of its own. */
export function quoted(sentence: string): string {
  const text = sentence.trim();
  return OPENING_QUOTE.test(text) ? text : `“${text}”`;
}
