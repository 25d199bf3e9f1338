// Is a figure's value actually written in its snippet? Sources state numbers in many forms
// ("$638.0 billion", "637,959" under a "$M" header, "(16,596)", "₹2,55,324 crore", "19.1%"),
// so each printed number is tried at the scale its own word names ("billion", "crore"), or at
// every scale when it has none (table cells, whose scale sits in a header out of the snippet).
import type { Unit } from './types';

const SCALES = [1, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12];

const SCALE_WORDS: [RegExp, number][] = [
  [/^(?:trillion|tn)\b/i, 1e12],
  [/^(?:billion|bn|b|milliarden?|mrd)\b/i, 1e9],
  [/^(?:million|millionen|mn|mio|m)\b/i, 1e6],
  [/^(?:crores?|cr)\b/i, 1e7],
  [/^(?:lakhs?)\b/i, 1e5],
  [/^(?:thousand|k)\b/i, 1e3],
];

// Digits with optional thousands separators (Western or Indian grouping) and decimals.
const NUMBER = /\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

// "2,8 Milliarden": a comma before one or two final digits is a decimal comma.
const DECIMAL_COMMA = /(\d),(\d{1,2})(?!\d)/g;

// "51 223", "2 792 981": French and other European tables group thousands with a (narrow) space.
// Only whole groups of three count, so "2025 223" stays two numbers.
const SPACE_GROUPED = /(?<!\d)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)/g;
const withCommaGroups = (text: string) => text.replace(SPACE_GROUPED, (m) => m.replace(/[ \u00a0\u202f]/g, ','));

export interface Printed {
  value: number;
  /** Half a unit of the last printed digit: "638.0" may stand for 637.95 .. 638.05. */
  halfStep: number;
  /** The scale named right after the number, if any. */
  scale?: number;
}

export function numbersIn(text: string): Printed[] {
  const out: Printed[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const digits = match[0].replace(/,/g, '');
    const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
    const after = text.slice(match.index + match[0].length).trimStart();
    const scale = SCALE_WORDS.find(([word]) => word.test(after))?.[1];
    out.push({ value: Number(digits), halfStep: 0.5 * 10 ** -decimals, ...(scale ? { scale } : {}) });
  }
  return out;
}

/** `value` at each scale as a table prints it ("10,529,870", "146,052"), when it is whole at that scale. */
function groupedForms(value: number): string[] {
  return SCALES.filter((scale) => Number.isInteger(value / scale) && value / scale >= 100).map((scale) =>
    (value / scale).toLocaleString('en-US'),
  );
}

/** True when some number in `snippet` rounds to `value`. Signs are ignored: losses are printed as "(x)" or "loss of x". */
export function valueStatedIn(snippet: string, value: number, unit: Unit): boolean {
  const target = Math.abs(value);
  const counted = unit !== 'percent' && unit !== 'ratio';
  // Table rows scraped from filings run cells together ("202210,529,870"), so whole values are also sought as substrings.
  const texts = [snippet, withCommaGroups(snippet)];
  if (counted && groupedForms(target).some((form) => texts.some((text) => text.includes(form)))) return true;
  const printed = [...texts, snippet.replace(DECIMAL_COMMA, '$1.$2')].flatMap(numbersIn);
  return printed.some(({ value: n, halfStep, scale }) =>
    (counted ? (scale ? [scale] : SCALES) : [1]).some(
      (s) => Math.abs(n * s - target) <= halfStep * s + 1e-9 * target,
    ),
  );
}
