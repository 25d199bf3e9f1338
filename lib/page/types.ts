// What the detector reads: the same shape from a live Document, an HTML file, a text file or JSON.

export type PageKind = 'news' | 'press-release' | 'filing' | 'memo' | 'transcript' | 'blog' | 'unknown';

/** Pages in the company's own words: its memo, release, filing or executives on an earnings call. */
export const OWN_WORDS: ReadonlySet<PageKind> = new Set(['memo', 'press-release', 'filing', 'transcript']);

export interface PageInput {
  url: string;
  title: string;
  /** Main article text (paragraphs separated by blank lines), already capped. */
  text: string;
  site?: string;
  /** ISO date when the page states one. */
  published?: string;
  lang?: string;
  /** What the page's structure says it is (JSON-LD, og:type, wire/IR/EDGAR markers). */
  kind: PageKind;
}
