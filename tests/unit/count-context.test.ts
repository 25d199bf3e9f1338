// The words next to a number that tell what it counts (lib/detect/count-context.ts). Before a number that is no
// count of the cut: the matcher compiled from the lists ends on every entry's words in its example, and the
// number right after them is not read as the cut. A qualifier: its example's cut is read with its bound. A span
// of time: the number before it is not read as the cut.
import { describe, expect, it } from 'vitest';
import {
  ABOUT_WORDS, AT_LEAST_WORDS, AT_MOST_WORDS, OTHER_ACTION_BEFORE, OTHER_ACTION_WORDS, POSSESSIVE_BEFORE, POSSESSIVE_THEN_WORDS,
  POSSESSIVE_WORDS, SHARE_BASE_WORDS, TIME_UNIT_WORDS, TOTAL_BEFORE, TOTAL_THEN_WORDS, TOTAL_WORDS,
} from '../../lib/detect/count-context';
import { extractJobs, SHARE_BASE_BEFORE, statedNumbers } from '../../lib/detect/jobs';
import { LANGS, type Concept, type Entry, type Lang } from '../../lib/detect/vocab/define';
import { escapeRegExp } from '../../lib/escape-regexp';

/** Where the entry's words and the spaces after them end in its example, and the number right after them (a few
 * words on at most: "employs slightly more than 3,000"). */
function wordsThenNumber(e: Entry): { end: number; count: number | undefined } | null {
  const words = e.phrase.split(/\s+/).map((w) => escapeRegExp(w).replace(/['’]/g, "['’]")).join(' ');
  const m = new RegExp(String.raw`(?<![\p{L}])${words}(?![\p{L}])\s*((?:\p{L}+\s+){0,3}?)(?=\d)`, 'iu').exec(e.example);
  if (!m) return null;
  const end = m.index + m[0].length - m[1]!.length;
  return { end, count: statedNumbers(e.example.slice(m.index + m[0].length)).counts[0] };
}

/** The number right before the entry's words in its example ("18 months"). */
function numberBefore(e: Entry): number | undefined {
  const m = new RegExp(String.raw`(\d[\d.,]*)\s${escapeRegExp(e.phrase)}(?![\p{L}])`, 'iu').exec(e.example);
  return m ? statedNumbers(m[1]!).counts[0] : undefined;
}

/** An example in every language ("~") is read as English. */
const langOf = (e: Entry): Lang => (e.lang === '*' ? 'en' : e.lang);

const entriesOf = (c: Concept) => c.entries.map((e) => [`${e.lang} ${e.phrase}`, e] as const);

const NOT_THE_CUT: [Concept, RegExp][] = [
  [TOTAL_WORDS, TOTAL_BEFORE], [TOTAL_THEN_WORDS, TOTAL_BEFORE], [OTHER_ACTION_WORDS, OTHER_ACTION_BEFORE],
  [POSSESSIVE_WORDS, POSSESSIVE_BEFORE], [POSSESSIVE_THEN_WORDS, POSSESSIVE_BEFORE], [SHARE_BASE_WORDS, SHARE_BASE_BEFORE],
];
const BOUNDS: [Concept, string][] = [[AT_MOST_WORDS, 'at-most'], [AT_LEAST_WORDS, 'at-least'], [ABOUT_WORDS, 'about']];

for (const c of [...NOT_THE_CUT.map(([c]) => c), ...BOUNDS.map(([c]) => c), TIME_UNIT_WORDS]) {
  it(`${c.name}: no entry twice for a language, each in a language we read`, () => {
    const keys = c.entries.map((e) => `${e.lang} ${e.phrase.toLowerCase()}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(c.entries.filter((e) => e.lang !== '*' && !(LANGS as readonly string[]).includes(e.lang))).toEqual([]);
  });
}

for (const [c, matcher] of NOT_THE_CUT) {
  describe(c.name, () => {
    it.each(entriesOf(c))('%s: its example\'s number is no cut', (_, e) => {
      const found = wordsThenNumber(e);
      expect(found?.count).toBeGreaterThan(0);
      expect(extractJobs([e.example], langOf(e))?.count ?? null).not.toBe(found!.count);
      // Also where another rule in jobs.ts reads the number the same way ("to its 12,000 employees": the possessive).
      expect(matcher.test(e.example.slice(0, found!.end))).toBe(true);
    });
  });
}

for (const [c, bound] of BOUNDS) {
  describe(c.name, () => {
    it.each(entriesOf(c))(`%s: its example's cut is read as ${bound}`, (_, e) => {
      const found = wordsThenNumber(e);
      expect(found).not.toBeNull();
      const jobs = extractJobs([e.example], langOf(e));
      // A share's qualifier is read apart ("über 10 Prozent der Stellen"): the number after the words is no count.
      const read = found!.count ? { count: jobs?.count, bound: jobs?.bound } : { count: undefined, bound: jobs?.shareBound?.bound };
      expect(read).toEqual({ count: found!.count, bound });
    });
  });
}

describe(TIME_UNIT_WORDS.name, () => {
  it.each(entriesOf(TIME_UNIT_WORDS))('%s: the number before it in its example is no cut', (_, e) => {
    const n = numberBefore(e);
    expect(n).toBeGreaterThan(0);
    expect(extractJobs([e.example], langOf(e))?.count ?? null).not.toBe(n);
  });
});
