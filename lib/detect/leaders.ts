// A company's chief executive names the company: "Jack Dorsey lays off 4,000" is Block cutting,
// though the headline never says "Block". The people are the dataset's own (each company's `ceo`).
// The full name is needed once on the page; then the surname alone counts too, capitalised
// inside a sentence ("…, Dorsey wrote") or opening one as its speaker ("Dorsey said…", "Sweet's
// memo"): a surname may be a word ("Sweet", "Ready") that opens a sentence of its own.
import type { CompanyIdentity } from '../data/types';
import { escapeRegExp } from '../escape-regexp';
import { isEverydayWord } from '../names/everyday-words';
import type { Mention } from './companies';
import type { Sentence } from './sentences';

interface Leader {
  full: string;
  surname: string | null;
  company: CompanyIdentity;
}

export interface LeaderIndex {
  leaders: Leader[];
  /** Every full name, longest first, as one pattern. */
  full: RegExp | null;
}

/** "Hisayuki \"Deko\" Idekoba" is written "Hisayuki Idekoba"; co-CEOs are two leaders. */
export function peopleOf(ceo: string): string[] {
  return ceo.split(/\s+and\s+|\s*&\s*/).map((p) => p.replace(/["“”][^"“”]*["“”]/g, ' ').replace(/\s+/g, ' ').trim()).filter((p) => p.includes(' '));
}

const SURNAME_MIN = 4;
/** What follows a surname that opens a sentence as its speaker. */
const SPEAKS = /^(?:['’]s?\s|,|\s(?:said|says|told|wrote|writes|added|explained|noted|announced|argued|insisted|sagte|erklärte|schrieb|betonte|a (?:dit|déclaré|expliqué|écrit|annoncé)|explique|dijo|explicó|afirmó|escribió|zei|schreef|ha (?:detto|spiegato|scritto|annunciato)|disse|afirmou|explicou|escreveu)\b)/u;

export function leaderIndex(identities: CompanyIdentity[]): LeaderIndex {
  const leaders = identities.flatMap((company) => (company.ceo ? peopleOf(company.ceo) : []).map((full): Leader => ({ full, company, surname: full.split(' ').at(-1)! })));
  const surnames = new Map<string, number>();
  for (const l of leaders) surnames.set(l.surname!, (surnames.get(l.surname!) ?? 0) + 1);
  for (const l of leaders) {
    const s = l.surname!;
    if (s.length < SURNAME_MIN || surnames.get(s)! > 1 || isEverydayWord(s) || !/^\p{Lu}/u.test(s)) l.surname = null;
  }
  const names = leaders.map((l) => l.full).sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { leaders, full: names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null };
}

function mention(l: Leader, term: string, sentence: number, at: number): Mention {
  return { id: l.company.id, name: l.company.short, datasetId: l.company.id, term, sentence, at, strong: true, how: 'leader' };
}

/** Each leader named in the sentences, as a mention of the company. */
export function leaderMentions(sentences: Sentence[], index: LeaderIndex): Mention[] {
  if (!index.full) return [];
  const out: Mention[] = [];
  const found = new Set<Leader>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(index.full)) {
      const l = index.leaders.find((x) => x.full === m[0])!;
      found.add(l);
      out.push(mention(l, m[0], s.index, m.index));
    }
  }
  const surnames = [...found].filter((l) => l.surname);
  if (!surnames.length) return out;
  // Not inside a longer name: "Ann Dorsey" is someone else ("CEO Dorsey" is him).
  const alone = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{Lu}\\p{Ll}[\\p{L}.'’-]*\\s)(?:${surnames.map((l) => escapeRegExp(l.surname!)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  for (const s of sentences) {
    for (const m of s.text.matchAll(alone)) {
      const opens = /^\W*$/u.test(s.text.slice(0, m.index));
      if (opens && !SPEAKS.test(s.text.slice(m.index + m[0].length))) continue;
      out.push(mention(surnames.find((l) => l.surname === m[0])!, m[0], s.index, m.index));
    }
  }
  return out.sort((a, b) => a.sentence - b.sentence || a.at - b.at);
}
