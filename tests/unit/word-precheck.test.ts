// mayMatchWords lets short texts skip the gate's big regexes. It may say "maybe" too often, never
// "no" for a text the regex matches: which pages qualify must not change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADLINE_STARTS, HEADLINE_WORDS } from '../../lib/detect/headline-gate';
import { CUT_STARTS, CUT_WORDS, mayMatchWords } from '../../lib/detect/prefilter';

// Words of both regexes, their near misses, separators, and the characters whose case mapping is odd.
const PIECES = [
  'lay', 'laid', 'lays', 'laying', 'off', 'offs', '-', 'job', 'jobs', 'cut', 'cuts', 'cutting', 'loss', 'reduc',
  'elim', 'workforce', 'workers', 'worker', 'headcount', 'redundancy', 'backfill', 'hiring', 'hires', 'hire',
  'freeze', 'pause', 'reduction in force', 'slash', 'eliminated', 'shed', 'trim', 'reduce', 'ax', 'axe',
  'axing', 'replace', 'offboarding', 'roles', 'positions', 'staff', 'employees', 'contractors', 'people',
  'affected', 'impacted', 'let go', 'posts', 'personnel', 'teams', 'managers', 'attrition', 'shrink', 'shrank',
  'downsizing', 'restructuring', 'reorganise', 'reorganize', 'fire', 'fired', 'firing', 'dismissed', 'exit',
  'exits', 'fewer', 'leaner', 'flatten', 'size of our company', 'goodbye to', 'remove', 'removed', 'parting ways with', 'part ways with', 'AI', 'A.I', 'A.I.', 'ai', 'a.i', 'artificial intelligence',
  'automation', 'machine learning', 'generative', 'agentic', 'agents', 'chatbots', 'language models', 'LLMs',
  'copilots', 'robots', 'digitalisation', '8-K', 'Item 2.05', 'exit or disposal', 'said', 'main', 'tax',
  'network', 'first', 'x', '_', '9', ' ', '  ', '\n', '.', ',', '4,000', '\u00a0', 'é', 'İ', 'K', 'ſ', 'ı',
  '\u{1F600}', 'ß', 'Σ',
];

const text = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 14 })
  .chain((pieces) =>
    fc.array(fc.boolean(), { minLength: pieces.length, maxLength: pieces.length }).map((upper) =>
      pieces.map((p, i) => (upper[i] ? p.toUpperCase() : p)).join(''),
    ),
  );

describe('mayMatchWords', () => {
  it('never says no where the headline regex matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (HEADLINE_WORDS.test(t)) expect(mayMatchWords(t, HEADLINE_STARTS, true)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('never says no where the job-cut regex matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (CUT_WORDS.test(t)) expect(mayMatchWords(t, CUT_STARTS)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('says no to ordinary headlines', () => {
    for (const h of ['Cast-iron skillet, 26 cm | Northfield Cookware', 'A year on the Riverside allotments', 'Said the maid: email again']) {
      expect(mayMatchWords(h, HEADLINE_STARTS, true)).toBe(false);
    }
    expect(mayMatchWords('Why Acme bets on A.I.', HEADLINE_STARTS, true)).toBe(true);
  });

  // The reasoning behind the precheck, checked over every code point.
  it('relies on toLowerCase mapping only U+0130 and U+212A from non-ASCII to ASCII', () => {
    const odd: number[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const lower = String.fromCodePoint(cp).toLowerCase();
      if ([...lower].some((c) => c.charCodeAt(0) < 0x80) || lower.length !== String.fromCodePoint(cp).length) odd.push(cp);
    }
    expect(odd).toEqual([0x130, 0x212a]);
  });
});
