// The vocabulary is data: every line parses, none is there twice, and every example sentence is
// matched by its own phrase and by its concept compiled for its language.
import { describe, expect, it } from 'vitest';
import { CONCEPTS, CONCEPT_NAMES, vocabFor } from '../../lib/detect/vocab';
import { hitsOf, phraseMatches } from '../../lib/detect/vocab/compile';
import { concept, LANGS } from '../../lib/detect/vocab/define';

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
        const keys = c.entries.map((e) => `${e.lang} ${e.phrase.toLowerCase()}`);
        expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
      });
      it.each(c.entries.map((e) => [`${e.lang} ${e.phrase}`, e] as const))('%s matches its example', (_, e) => {
        expect(phraseMatches(e, e.example)).toBe(true);
        for (const lang of e.lang === '*' ? LANGS : [e.lang]) {
          expect(hitsOf(vocabFor(lang).get(c.name as never)!, e.example).length).toBeGreaterThan(0);
        }
      });
    });
  }

  it('matches whole words only', () => {
    const en = vocabFor('en');
    expect(hitsOf(en.get('ai')!, 'The maintenance said')).toEqual([]);
    expect(hitsOf(en.get('ai')!, 'the AI said').length).toBe(1);
    expect(hitsOf(en.get('cut_verb')!, 'a cutlery shop')).toEqual([]);
    expect(hitsOf(vocabFor('it').get('ai')!, 'ai dipendenti')).toEqual([]);
  });
});
