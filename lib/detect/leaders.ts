// A company's chief executive names the company: "Jack Dorsey lays off 4,000" is Block cutting,
// though the headline never says "Block". The people are the dataset's own (each company's `ceo`).
// The full name is needed once on the page; then the surname alone counts too, capitalised
// inside a sentence ("…, Dorsey wrote") or opening one as its speaker ("Dorsey said…", "Sweet's
// memo"): a surname may be a word ("Sweet", "Ready") that opens a sentence of its own.
import { ceoPeople } from '../data/ceo';
import type { CompanyIdentity } from '../data/types';
import { escapeRegExp, wholeWords } from '../escape-regexp';
import { isEverydayWord } from '../names/everyday-words';
import type { Mention } from './companies';
import type { Sentence } from './sentences';

interface Leader {
  full: string;
  /** Its last word, where that alone names the leader: not short, not an everyday word, no other leader's. */
  surname: string | null;
  company: CompanyIdentity;
}

export interface LeaderIndex {
  leaders: Leader[];
  byFull: Map<string, Leader>;
  /** Every full name, longest first, as one pattern. */
  full: RegExp | null;
  /** The same names anywhere, inside a longer word too: a quick test first, as `full`'s look-behind
   * at every position costs ~20 times as much on a sentence that names no one (most). */
  anyFull: RegExp | null;
}

const SURNAME_MIN = 4;
/** What follows a surname that opens a sentence as its speaker. */
const SPEAKS = /^(?:['’]s?\s|,|\s(?:said|says|told|wrote|writes|added|explained|noted|announced|argued|insisted|sagte|erklärte|schrieb|betonte|a (?:dit|déclaré|expliqué|écrit|annoncé)|explique|dijo|explicó|afirmó|escribió|zei|schreef|ha (?:detto|spiegato|scritto|annunciato)|disse|afirmou|explicou|escreveu)\b)/u;

export function leaderIndex(identities: CompanyIdentity[]): LeaderIndex {
  const named = identities.flatMap((company) => (company.ceo ? ceoPeople(company.ceo) : []).map((full) => ({ full, company, last: full.split(' ').at(-1)! })));
  const count = (key: (p: (typeof named)[number]) => string) => {
    const n = new Map<string, number>();
    for (const p of named) n.set(key(p), (n.get(key(p)) ?? 0) + 1);
    return n;
  };
  const fulls = count((p) => p.full);
  const lasts = count((p) => p.last);
  const alone = (last: string) => last.length >= SURNAME_MIN && lasts.get(last) === 1 && !isEverydayWord(last) && /^\p{Lu}/u.test(last);
  // A person the dataset names for two companies (a CEO who moved on, Enrique Lores at HP and then PayPal) names neither.
  const leaders = named.filter((p) => fulls.get(p.full) === 1).map(({ full, company, last }): Leader => ({ full, company, surname: alone(last) ? last : null }));
  const names = leaders.map((l) => l.full).sort((a, b) => b.length - a.length);
  const anyFull = names.length ? new RegExp(names.map(escapeRegExp).join('|'), 'u') : null;
  return { leaders, byFull: new Map(leaders.map((l) => [l.full, l])), full: names.length ? wholeWords(names, 'gu') : null, anyFull };
}

/** The names that stand for a company's chief executive on a page: the full name, and the surname where it alone does. */
export function leaderNames(index: LeaderIndex, companyId: string): string[] {
  return index.leaders.filter((l) => l.company.id === companyId).flatMap((l) => (l.surname ? [l.full, l.surname] : [l.full]));
}

function mention(l: Leader, term: string, sentence: number, at: number): Mention {
  return { id: l.company.id, name: l.company.short, datasetId: l.company.id, term, sentence, at, strong: true, how: 'leader' };
}

/** Each leader named in the sentences, as a mention of the company. */
export function leaderMentions(sentences: Sentence[], index: LeaderIndex): Mention[] {
  if (!index.full || !index.anyFull) return [];
  const out: Mention[] = [];
  const found = new Set<Leader>();
  for (const s of sentences) {
    if (!index.anyFull.test(s.text)) continue;
    for (const m of s.text.matchAll(index.full)) {
      const l = index.byFull.get(m[0])!;
      found.add(l);
      out.push(mention(l, m[0], s.index, m.index));
    }
  }
  const surnames = [...found].filter((l): l is Leader & { surname: string } => l.surname !== null);
  if (!surnames.length) return out;
  // Not inside a longer name: "Ann Dorsey" is someone else ("CEO Dorsey" is him).
  const alone = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{Lu}\\p{Ll}[\\p{L}.'’-]*\\s)(?:${surnames.map((l) => escapeRegExp(l.surname)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  for (const s of sentences) {
    for (const m of s.text.matchAll(alone)) {
      const opens = /^\W*$/u.test(s.text.slice(0, m.index));
      if (opens && !SPEAKS.test(s.text.slice(m.index + m[0].length))) continue;
      out.push(mention(surnames.find((l) => l.surname === m[0])!, m[0], s.index, m.index));
    }
  }
  return out.sort((a, b) => a.sentence - b.sentence || a.at - b.at);
}
