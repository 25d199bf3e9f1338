// The vocabulary is data: every line parses, none is there twice, and every example sentence is
// matched by its own phrase and by its concept compiled for its language.
import { describe, expect, it } from 'vitest';
import { CONCEPTS, CONCEPT_NAMES, conceptHits } from '../../lib/detect/vocab';
import { coreOf, keyOf, phraseMatches } from '../../lib/detect/vocab/compile';
import { phrasesOf } from '../../lib/detect/gate-keys';
import { concept, LANGS } from '../../lib/detect/vocab/define';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coveringPhrase, gatePhrases, gateWordsSource, GATE_CONCEPTS, vocabularyGates } from '../../lib/cli/vocab-gate';
import { headlineMayQualify } from '../../lib/detect/headline-gate';
import { keysFound, mentionsAi, mentionsJobCuts } from '../../lib/detect/prefilter';

describe('vocabulary', () => {
  it('has one concept per name', () => {
    expect(new Set(CONCEPT_NAMES).size).toBe(CONCEPTS.length);
  });

  it('refuses a malformed line', () => {
    expect(() => concept('x', 'x', 'en cut jobs without an example')).toThrow(/malformed/);
    expect(() => concept('x', 'x', 'xx cut | Globex will cut jobs.')).toThrow(/malformed/);
  });

  for (const c of CONCEPTS) {
    describe(c.name, () => {
      it('holds no phrase twice for a language', () => {
        // A phrase that matches case exactly ("=IA", "=Ia") is its own spelling.
        const keys = c.entries.map((e) => `${e.lang} ${e.phrase.startsWith('=') ? e.phrase : e.phrase.toLowerCase()}`);
        expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
      });
      it.each(c.entries.map((e) => [`${e.lang} ${e.phrase}`, e] as const))('%s matches its example', (_, e) => {
        expect(phraseMatches(e, e.example)).toBe(true);
        for (const lang of e.lang === '*' ? LANGS : [e.lang]) {
          expect(conceptHits(lang, e.example).get(c.name as never)!.length).toBeGreaterThan(0);
        }
      });
    });
  }

  it('matches whole words only', () => {
    const hits = (lang: 'en' | 'it', concept: 'ai' | 'cut_verb', text: string) => conceptHits(lang, text).get(concept)!.length;
    expect(hits('en', 'ai', 'The maintenance said')).toBe(0);
    expect(hits('en', 'ai', 'the AI said')).toBe(1);
    expect(hits('en', 'cut_verb', 'a cutlery shop')).toBe(0);
    expect(hits('it', 'ai', 'ai dipendenti')).toBe(0);
  });

  it('feeds the early gates from a generated file that is current (npm run vocab:gate)', () => {
    expect(readFileSync(join(__dirname, '../../lib/detect/gate-words.ts'), 'utf8')).toBe(gateWordsSource());
  });

  const gateEntries = Object.entries(GATE_CONCEPTS).flatMap(([gate, names]) =>
    CONCEPTS.filter((c) => (names as readonly string[]).includes(c.name)).flatMap((c) => c.entries.map((e) => ({ gate, e }))));

  it('files every gate phrase under its key word, or the phrase that covers it (the generated notes read back as the vocabulary)', () => {
    const gates = gatePhrases(vocabularyGates());
    const filed = ({ gate, e }: (typeof gateEntries)[number]) => {
      const phrase = e.phrase.startsWith('=') ? e.phrase : e.phrase.toLowerCase();
      const cover = gates.find((g) => g.gate === gate)!.covered.find(([p]) => p === phrase)?.[1] ?? phrase;
      return phrasesOf(coreOf(keyOf(cover))).some(([g, p]) => g === gate && p === cover);
    };
    expect(gateEntries.filter((x) => !filed(x)).map(({ e }) => e.phrase)).toEqual([]);
  });

  it('leaves out of the gates only a phrase another matches wherever it does, with the same words', () => {
    const sections = new Map([['reorganiza', 1], ['vollzeitstellen', 0], ['ai', 0], ['bc', 0], ['ax', 0]]);
    expect(coveringPhrase('reorganiza*', ['reorganiz*'], sections)).toBe('reorganiz*');
    expect(coveringPhrase('vollzeitstellen', ['*stellen'], sections)).toBe('*stellen');
    // "=AI-*" matches "AI" too, but is only read where the text holds "ai-".
    expect(coveringPhrase('=AI', ['=AI-*'], sections)).toBeUndefined();
    // Across a gap the shorter word may match earlier, and end the match elsewhere.
    expect(coveringPhrase('a ... bc', ['a ... b*'], sections)).toBeUndefined();
    expect(coveringPhrase('ax', ['ax ...'], sections)).toBeUndefined();
    expect(coveringPhrase('ax', ['=ax'], sections)).toBeUndefined();
  });

  // The gates compile their phrases only for a text holding a key word: every gate phrase's own
  // example must hold one (else the gate would never see it on a fresh page).
  it('finds a key word of the gates in every example of a gate phrase', () => {
    const examples = gateEntries.map(({ e }) => e.example);
    expect(examples.length).toBeGreaterThan(300);
    expect(examples.filter((e) => keysFound(e).size === 0)).toEqual([]);
    expect(keysFound('A quiet morning in the garden, with bread and coffee.').size).toBe(0);
  });

  // What the classifier knows as a job cut or as AI, the content script's gates let through.
  const gated = new Set<string>([...GATE_CONCEPTS.cut, ...GATE_CONCEPTS.verb, ...GATE_CONCEPTS.job, ...GATE_CONCEPTS.ai, ...GATE_CONCEPTS.restructure]);
  for (const c of CONCEPTS.filter((x) => gated.has(x.name))) {
    it(`passes every ${c.name} example through the early gates`, () => {
      const stopped = c.entries.filter((e) => !headlineMayQualify(e.example, '')).map((e) => e.example);
      expect(stopped).toEqual([]);
      if ((GATE_CONCEPTS.cut as readonly string[]).includes(c.name)) {
        expect(c.entries.filter((e) => !mentionsJobCuts(e.example)).map((e) => e.example)).toEqual([]);
      }
      if ((GATE_CONCEPTS.ai as readonly string[]).includes(c.name)) expect(c.entries.filter((e) => !mentionsAi(e.example)).map((e) => e.example)).toEqual([]);
    });
  }
});
