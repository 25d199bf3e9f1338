// A chief executive's name names the company (sentences from real coverage).
import { describe, expect, it } from 'vitest';
import { companyIdentities } from '../../lib/data';
import type { CompanyIdentity } from '../../lib/data/types';
import { ceoPeople } from '../../lib/data/ceo';
import { leaderIndex, leaderMentions, leaderNames } from '../../lib/detect/leaders';
import { splitSentences } from '../../lib/detect/sentences';
import { readForDetection } from '../../lib/detect';
import { findCutter } from '../../lib/detect/cutters';

const index = leaderIndex(companyIdentities());
const named = (title: string, text: string) => leaderMentions(splitSentences(title, text), index).map((m) => `${m.name}:${m.term}`);
const cutter = (title: string, text: string): string | null => {
  const input = readForDetection({ url: '', kind: 'news', lang: 'en', title, text });
  if (typeof input === 'string') throw new Error(input);
  return findCutter({ ...input, publisher: null, url: '' })?.name ?? null;
};

describe('a chief executive names the company', () => {
  it('by full name, and then by surname alone', () => {
    expect(named('Jack Dorsey Cuts 40% of Staff', 'In a letter to shareholders, Dorsey said AI tools let smaller teams do more.'))
      .toEqual(['Block:Jack Dorsey', 'Block:Dorsey']);
  });

  it('never by a surname alone, or a surname inside another name', () => {
    expect(named('Dorsey says more companies will follow', 'The founder spoke on Thursday.')).toEqual([]);
    expect(named('Jack Dorsey speaks', 'Ann Dorsey, a teacher in Ohio, was not surprised.')).toEqual(['Block:Jack Dorsey']);
    // Opening a sentence, the surname names him only as its speaker: it may be a word.
    expect(named('Accenture CEO Julie Sweet on AI', 'Sweet potatoes were served. Sweet said the firm would exit staff who cannot be reskilled.'))
      .toEqual(['Accenture:Julie Sweet', 'Accenture:Sweet']);
  });

  it('reads a nickname in quotes and co-chief executives', () => {
    expect(ceoPeople('Hisayuki "Deko" Idekoba')).toEqual(['Hisayuki Idekoba']);
    expect(ceoPeople('Clay Magouyrk and Mike Sicilia')).toEqual(['Clay Magouyrk', 'Mike Sicilia']);
  });

  it('leaves out a surname two leaders share or that is an everyday word', () => {
    const company = (id: string, ceo: string): CompanyIdentity => ({ id, name: id, short: id, aliases: [], ambiguous_aliases: [], tickers: [], ceo });
    const two = leaderIndex([company('a', 'Anna Smith'), company('b', 'Ben Smith'), company('c', 'Carl May')]);
    expect(two.leaders.map((l) => l.surname)).toEqual([null, null, null]);
    expect(leaderNames(two, 'a')).toEqual(['Anna Smith']);
  });

  it('makes the executive who cuts the company that cuts', () => {
    expect(cutter('Jack Dorsey lays off 4,000 employees, says others will do the same',
      'The Twitter co-founder said artificial intelligence lets a smaller team do more.')).toBe('Block');
  });
});
