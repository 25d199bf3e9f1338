// The words before a number that make it no count of the cut (lib/detect/count-context.ts): the matcher
// compiled from the lists ends on every entry's words in its example, and the number right after them
// is not read as the cut.
import { describe, expect, it } from 'vitest';
import { OTHER_ACTION_BEFORE, OTHER_ACTION_WORDS, TOTAL_BEFORE, TOTAL_THEN_WORDS, TOTAL_WORDS } from '../../lib/detect/count-context';
import { extractJobs, statedNumbers } from '../../lib/detect/jobs';
import { LANGS, type Concept, type Entry, type Lang } from '../../lib/detect/vocab/define';
import { escapeRegExp } from '../../lib/escape-regexp';

/** Where the entry's words end in its example, and the number right after them (a few words on at most:
 * "employs slightly more than 3,000"). */
function wordsThenNumber(e: Entry): { end: number; count: number | undefined } | null {
  const words = e.phrase.split(/\s+/).map((w) => escapeRegExp(w).replace(/['’]/g, "['’]")).join(' ');
  const m = new RegExp(String.raw`(?<![\p{L}])${words}(\s+(?:\p{L}+\s+){0,3}?)(?=\d)`, 'iu').exec(e.example);
  if (!m) return null;
  const end = m.index + m[0].length - m[1]!.length;
  return { end, count: statedNumbers(e.example.slice(m.index + m[0].length)).counts[0] };
}

const LISTS: [Concept, RegExp][] = [[TOTAL_WORDS, TOTAL_BEFORE], [TOTAL_THEN_WORDS, TOTAL_BEFORE], [OTHER_ACTION_WORDS, OTHER_ACTION_BEFORE]];

for (const [c, matcher] of LISTS) {
  describe(c.name, () => {
    it('holds no entry twice for a language, each in a language we read', () => {
      const keys = c.entries.map((e) => `${e.lang} ${e.phrase.toLowerCase()}`);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
      expect(c.entries.filter((e) => !(LANGS as readonly string[]).includes(e.lang))).toEqual([]);
    });
    it.each(c.entries.map((e) => [`${e.lang} ${e.phrase}`, e] as const))('%s: its example\'s number is no cut', (_, e) => {
      const found = wordsThenNumber(e);
      expect(found?.count).toBeGreaterThan(0);
      expect(extractJobs([e.example], e.lang as Lang)?.count ?? null).not.toBe(found!.count);
      // Also where the possessive rule in jobs.ts reads the number the same way ("to its 12,000 employees").
      expect(matcher.test(e.example.slice(0, found!.end))).toBe(true);
    });
  });
}
