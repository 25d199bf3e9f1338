// Cheap sentence splitter: a single scan over the text, no NLP. Good enough to pick candidate
// sentences; the detector reads them by the vocabulary's words.

export interface Sentence {
  text: string;
  /** Position in the page: 0 is the title, then the text's sentences in order. */
  index: number;
  /** Paragraph number in the text (the title is -1). */
  para: number;
}

// Words whose trailing period does not end a sentence ("Amazon.com Inc. said", "U.S. jobs", German "(ca. 5.000 davon…)",
// Spanish plurals of an initial, doubled: "EE. UU.", "la plataforma de RR. HH. empresarial").
const ABBREVIATIONS =
  /(?:\b(?:Inc|Corp|Co|Ltd|Plc|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|ca|bzw|inkl|vgl|[A-Z])|\b(?:[A-Z]\.)+[A-Z]?|\b([A-Z])\1|\be\.g|\bi\.e)\.$/;

const BOUNDARY = /([.!?]["”’»)]?)\s+(?=["“‘(«¿¡]?[\p{Lu}0-9$£€])/gu;
/** A German or Dutch day of the month ("am 13. Februar") is not a sentence end. */
const DAY_BEFORE_MONTH = /\b\d{1,2}\.$/;
const MONTH_AFTER = /^\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

/** Splits one paragraph into sentences. */
function splitParagraph(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(paragraph); m; m = BOUNDARY.exec(paragraph)) {
    const end = m.index + (m[1]?.length ?? 0);
    const head = paragraph.slice(Math.max(start, end - 12), end);
    if (ABBREVIATIONS.test(head) && !/\b(?:Inc|Corp|Co|Ltd|Plc)\.$/.test(head)) continue;
    if (DAY_BEFORE_MONTH.test(head) && MONTH_AFTER.test(paragraph.slice(end))) continue;
    out.push(paragraph.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

// Photo credits inside the text ("(Imagem: Stephen Brashear/Getty Images)", "Foto: dpa") name an
// agency, not anyone in the story; as extracted they are often glued to the next sentence. The
// labels, one language a line: only words for pictures ("Source: Chegg, Inc." names a release's
// author, and "Bild" is also a newspaper).
const CREDIT_LABELS = `
en photo picture image credit
de Foto Bildquelle Fotoquelle
fr photo crédit image
es foto imagen crédito
nl foto beeld afbeelding
it foto immagine credito
pt foto imagem crédito
`.trim().split('\n').flatMap((line) => line.split(' ').slice(1));
const LABEL = String.raw`(?:${[...new Set(CREDIT_LABELS)].join('|')})(?:\s+credit)?\s*:`;
/** A credit in brackets anywhere, or a short paragraph that is only a credit. */
const BRACKETED_CREDIT = new RegExp(String.raw`\(${LABEL}[^()]{0,160}\)`, 'giu');
const CREDIT_PARAGRAPH = new RegExp(String.raw`^${LABEL}.{0,160}$`, 'iu');

/** Extracted text often glues two paragraphs ("…più processi.Amazon impiega…"): a word's end, its
 * stop and a capitalised word with no space between are two sentences. */
const GLUED = /[.!?]["”’»)]?(?=\p{Lu}\p{Ll})/gu;
/** …after a word's end: checked apart, so the scan above looks for stops, not at every letter. */
const WORD_END = /\p{Ll}{2}$/u;

/** Pages often repeat their headline at the top of the text; the copy is not a second sentence. */
const REPEATS_WITHIN = 3;

/** Title first (index 0), then the text's sentences; paragraphs are blank-line or line separated.
 * Stops at `max` sentences: the detector reads a page's first ones, and a long page's rest is not split for nothing. */
export function splitSentences(title: string, text: string, max = Infinity): Sentence[] {
  const out: Sentence[] = [];
  const headline = title.trim();
  if (headline) out.push({ text: headline, index: 0, para: -1 });
  const paragraphs = text.split(/\n+/);
  let para = 0;
  for (const p of paragraphs) {
    if (out.length >= max) break;
    const trimmed = p.trim();
    if (!trimmed || CREDIT_PARAGRAPH.test(trimmed)) continue;
    // A credit glued before a capital stood between two sentences; inside a sentence it is a space.
    const pieces = trimmed
      .replace(BRACKETED_CREDIT, (credit, at: number) => (/^\s*\p{Lu}/u.test(trimmed.slice(at + credit.length)) ? '\n' : ' '))
      .replace(GLUED, (stop, at: number, s: string) => (WORD_END.test(s.slice(Math.max(0, at - 4), at)) ? `${stop}\n` : stop))
      .split('\n');
    for (const s of pieces.flatMap((piece) => (piece.trim() ? splitParagraph(piece.trim()) : []))) {
      if (headline && out.length <= REPEATS_WITHIN && s.replace(/[.\s]+$/, '') === headline.replace(/[.\s]+$/, '')) continue;
      out.push({ text: s, index: out.length, para });
    }
    para++;
  }
  return out.slice(0, max);
}
