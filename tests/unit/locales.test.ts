// Every locale speaks the whole UI: the same keys as English (none missing, none extra), the same
// placeholders ($1, $2…) in each message, and names and descriptions within the stores' limits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASONS } from '../../lib/detect/types';
import { UI_LANGUAGES } from '../../lib/locales';
import { MATH_MESSAGES } from '../../lib/math/message';
import type { Messages } from '../../lib/ui/i18n';
import { translateFrom } from '../../lib/ui/i18n';

const DIR = 'public/_locales';
const read = (lang: string): Messages => JSON.parse(readFileSync(join(DIR, lang, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const others = UI_LANGUAGES.filter((lang) => lang !== 'en');

/** "$1 of $2, $$5" → ["$1", "$2"]: the substitutions a message uses ("$$" is a literal dollar). */
const placeholders = (message: string) => [...message.replace(/\$\$/g, '').matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();

describe('locales', () => {
  it('has a folder for each UI language and no other', () => {
    expect(readdirSync(DIR).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(others)('%s has exactly the English keys', (lang) => {
    const messages = read(lang);
    const keys = Object.keys(messages);
    expect(keys.filter((key) => !(key in english))).toEqual([]);
    expect(Object.keys(english).filter((key) => !(key in messages))).toEqual([]);
    expect(keys).toEqual(Object.keys(english)); // same order, so the files diff line by line
  });

  it.each(others)('%s uses the same placeholders in every message, and no empty one', (lang) => {
    const messages = read(lang);
    const mismatched = Object.entries(english).filter(
      ([key, entry]) => placeholders(messages[key]?.message ?? '').join() !== placeholders(entry.message).join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
    expect(Object.entries(messages).filter(([, entry]) => !entry.message.trim()).map(([key]) => key)).toEqual([]);
  });

  it.each([...UI_LANGUAGES])('%s names itself, and fits the stores (name ≤ 45, description ≤ 132 characters)', (lang) => {
    const t = translateFrom(read(lang));
    expect(t('messagesLanguage')).toBe(lang);
    expect(t('extName').length).toBeLessThanOrEqual(45);
    expect(t('extDescription').length).toBeLessThanOrEqual(132);
  });

  it('says every reason the detector gives, and keeps no reason it never gives', () => {
    const said = Object.keys(english).filter((key) => key.startsWith('reason_'));
    expect(said.sort()).toEqual(REASONS.map((code) => `reason_${code}`).sort());
  });

  it('says every message the math gives, with exactly its substitutions, and keeps none it never gives', () => {
    const said = Object.keys(english).filter((key) => /^(line|caveat|amount|unknown|input|chart|formula)_/.test(key));
    expect(said.sort()).toEqual(Object.keys(MATH_MESSAGES).sort());
    const wrong = Object.entries(MATH_MESSAGES).filter(
      ([key, args]) => [...new Set(placeholders(english[key]!.message))].join() !== args.map((_, i) => `$${i + 1}`).join(),
    );
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('translates the words of every counterpoint line, caveat and chart', () => {
    // Messages that are only substitutions and signs ("$1 × $2") read the same everywhere.
    const worded = Object.keys(MATH_MESSAGES).filter((key) => /\p{L}/u.test(english[key]!.message.replace(/\$\d/g, '')));
    expect(worded.length).toBeGreaterThan(50);
    for (const lang of others) {
      const messages = read(lang);
      expect(worded.filter((key) => messages[key]!.message === english[key]!.message), lang).toEqual([]);
    }
  });

  it('translates the words, not just copies the English', () => {
    for (const lang of others) {
      const t = translateFrom(read(lang));
      const same = ['sidebarTitle', 'linesTitle', 'shareCopy', 'shareSave', 'card_unknown', 'optLanguage'].filter(
        (key) => t(key) === translateFrom(english)(key),
      );
      expect(same, lang).toEqual([]);
    }
  });
});
