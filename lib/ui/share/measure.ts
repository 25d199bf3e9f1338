// Text that has to fit a box on the card. SVG has no text layout of its own, so lines are fitted
// and wrapped here: in the browser with the canvas's real font metrics, in Node with an estimate
// that errs wide (close to DejaVu Sans Bold, the widest of the usual system sans fonts).

/** Width in px of `text` at `size` px; bold when weight ≥ 600. */
export type Measure = (text: string, size: number, weight: number) => number;

const NARROW = /[ilj.,:;'’|!()[\]I\-]/;
const WIDE = /[mwMW%@—…]/;
const FULL_WIDTH = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function emWidth(char: string): number {
  if (char === ' ') return 0.35;
  if (NARROW.test(char)) return 0.4;
  if (WIDE.test(char) || FULL_WIDTH.test(char)) return 1.02;
  if (/[0-9$€£¥₹×]/.test(char)) return 0.72;
  if (/\p{Lu}/u.test(char)) return 0.8;
  return 0.68;
}

export const estimateWidth: Measure = (text, size, weight) => {
  let em = 0;
  for (const char of text) em += emWidth(char);
  return em * size * (weight >= 600 ? 1 : 0.92);
};

export interface Fitted {
  text: string;
  size: number;
}

/** `text` cut to fit `width` with an ellipsis (whole characters, never half a surrogate pair). */
export function ellipsize(text: string, width: number, size: number, weight: number, measure: Measure): string {
  if (measure(text, size, weight) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, size, weight) <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/** The largest of `sizes` (largest first) at which `text` fits on one line; else the smallest, cut short. */
export function fitLine(text: string, width: number, sizes: readonly number[], weight: number, measure: Measure): Fitted {
  for (const size of sizes) if (measure(text, size, weight) <= width) return { text, size };
  const size = sizes.at(-1) ?? 16;
  return { text: ellipsize(text, width, size, weight, measure), size };
}

/** Words wrapped into at most `maxLines` lines of `width`; the last line is cut short if need be. */
export function wrapLines(text: string, width: number, size: number, weight: number, maxLines: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const [index, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measure(next, size, weight) <= width) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(ellipsize(words.slice(index - line.split(' ').length).join(' '), width, size, weight, measure));
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(ellipsize(line, width, size, weight, measure));
  return lines;
}

/** One line at the largest size that fits; else wrapped into `maxLines` at the smallest size. */
export function fitLines(
  text: string,
  width: number,
  sizes: readonly number[],
  weight: number,
  maxLines: number,
  measure: Measure,
): { size: number; lines: string[] } {
  for (const size of sizes) if (measure(text, size, weight) <= width) return { size, lines: [text] };
  const size = sizes.at(-1) ?? 16;
  return { size, lines: wrapLines(text, width, size, weight, maxLines, measure) };
}
