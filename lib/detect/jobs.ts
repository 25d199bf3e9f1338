// How many jobs: a count ("about 14,000 corporate roles", "three hundred employees", "from 9,000 to
// 5,000") and/or a share of the workforce ("about 10% of its workforce", "a fifth of staff").
import type { JobsFact } from './types';
import { JOB_NOUN } from './lexicon';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, several: 0,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1_000, k: 1_000, million: 1_000_000 };

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?)(?:\s?(hundred|thousand|million|k)\b)?`;
const COUNT_RE = new RegExp(
  String.raw`(?:(about|around|roughly|approximately|nearly|almost|some|more than|over|up to|at least|~)\s)?${NUMBER}\s(?:[a-z-]+\s){0,3}?${JOB_NOUN}\b`,
  'gi',
);
// "500 of its 1.5 million employees": the first number is the cut.
const PART_OF_RE = new RegExp(
  String.raw`${NUMBER}\s(?:of|out of)\s(?:its|the|their|our)\s(?:[\d.,]+\s?(?:million|thousand)?\s)?(?:[a-z-]+\s){0,2}${JOB_NOUN}\b`,
  'i',
);
const FROM_TO_RE = new RegExp(String.raw`from\s(?:about\s)?${NUMBER}\sto\s(?:about\s)?${NUMBER}`, 'i');
// Totals, not cuts: "of its 1.5 million employees", "employs 300,000 people".
const TOTAL_BEFORE = /\b(?:of (?:its|the|their|our|about|some|roughly)?|employs|employing|employed|workforce of|headcount of|total of|has|had|with)\s*$/i;

const SHARE_RE =
  /(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)\s(?:of\s(?:its|the|their|our|global|total)?\s?(?:\w+\s)?(?:workforce|staff|employees|headcount|jobs|roles|team|corporate|contractors))|(?:(?:cut|reduc\w+|shrink\w*|trim\w*|slash\w*|shed\w*)\s(?:its|the|their|our)?\s?(?:\w+\s)?(?:workforce|staff|headcount|team)\s(?:by\s)?(?:about|around|roughly|nearly|some)?\s?(\d+(?:\.\d+)?)\s?(?:%|percent|per cent))/i;
const FRACTION_RE = /\b(a|one|two)[ -](half|third|quarter|fifth|tenth)s?\sof\s(?:its|the|their|our)?\s?(?:\w+\s)?(?:workforce|staff|employees|headcount|jobs|roles)/i;
const FRACTIONS: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25, fifth: 0.2, tenth: 0.1 };

function toNumber(digits: string, scale: string | undefined): number | null {
  const lower = digits.toLowerCase();
  let n: number;
  if (/^[\d.,]+$/.test(lower)) n = Number(lower.replace(/,/g, ''));
  else n = lower.split(/[ -]/).reduce((acc, w) => acc + (WORDS[w] ?? NaN), 0);
  if (!Number.isFinite(n) || n <= 0) return null;
  return Math.round(n * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1));
}

function findCount(sentence: string): { count: number; text: string } | null {
  const fromTo = FROM_TO_RE.exec(sentence);
  if (fromTo && new RegExp(JOB_NOUN, 'i').test(sentence.slice(Math.max(0, fromTo.index - 40), fromTo.index + fromTo[0].length + 30))) {
    const a = toNumber(fromTo[1]!, fromTo[2]);
    const b = toNumber(fromTo[3]!, fromTo[4]);
    if (a && b && a > b) return { count: a - b, text: fromTo[0] };
  }
  const part = PART_OF_RE.exec(sentence);
  if (part) {
    const n = toNumber(part[1]!, part[2]);
    if (n) return { count: n, text: part[0] };
  }
  COUNT_RE.lastIndex = 0;
  for (let m = COUNT_RE.exec(sentence); m; m = COUNT_RE.exec(sentence)) {
    if (TOTAL_BEFORE.test(sentence.slice(0, m.index))) continue;
    if (/^(?:19|20)\d\d$/.test(m[2]!) || m[2]!.toLowerCase() === 'a') continue;
    const n = toNumber(m[2]!, m[3]);
    if (n && n < 5_000_000) return { count: n, text: m[0] };
  }
  return null;
}

function findShare(sentence: string): { share: number; text: string } | null {
  const pct = SHARE_RE.exec(sentence);
  if (pct) {
    const v = Number(pct[1] ?? pct[2]);
    if (v > 0 && v <= 100) return { share: v / 100, text: pct[0] };
  }
  const frac = FRACTION_RE.exec(sentence);
  if (frac) {
    const k = frac[1]!.toLowerCase() === 'two' ? 2 : 1;
    return { share: k * (FRACTIONS[frac[2]!.toLowerCase()] ?? 0), text: frac[0] };
  }
  return null;
}

/** The first count and the first share found in the sentences, in the order given. */
export function extractJobs(sentences: string[]): JobsFact | null {
  let count: { count: number; text: string } | null = null;
  let share: { share: number; text: string } | null = null;
  for (const s of sentences) {
    count ??= findCount(s);
    share ??= findShare(s);
    if (count && share) break;
  }
  if (!count && !share) return null;
  return { count: count?.count ?? null, share: share?.share ?? null, text: [count?.text, share?.text].filter(Boolean).join('; ') };
}
