// Company recognition: one combined, case-sensitive regex over every identity's names, built once per
// identity list. Names that are also ordinary words ("Block", "Target", "Meta") count only with
// context: a legal suffix or ticker beside them, a company verb or possessive after them, or an
// unambiguous name of the same company elsewhere on the page.
import type { CompanyIdentity } from '../data/types';
import type { CompanyMatch, CompanyRole } from './types';
import type { Sentence } from './sentences';

interface Surface {
  id: string;
  ambiguous: boolean;
}

export interface CompanyMatcher {
  regex: RegExp;
  surfaces: Map<string, Surface>;
  tickers: Map<string, string>;
  names: Map<string, string>;
}

const LEGAL_SUFFIX = /,?\s+(?:Inc|Corp|Corporation|Co|Ltd|Limited|plc|PLC|AG|SE|N\.V|S\.A|Group|Holdings|Platforms|Technologies)\.?$/;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cache = new WeakMap<CompanyIdentity[], CompanyMatcher>();

export function companyMatcher(identities: CompanyIdentity[]): CompanyMatcher {
  const hit = cache.get(identities);
  if (hit) return hit;
  const surfaces = new Map<string, Surface>();
  const tickers = new Map<string, string>();
  const names = new Map<string, string>();
  for (const c of identities) {
    names.set(c.id, c.short || c.name);
    const ambiguous = new Set(c.ambiguous_aliases ?? []);
    const add = (s: string, amb: boolean): void => {
      const t = s.trim();
      if (t.length < 2 || surfaces.has(t)) return;
      surfaces.set(t, { id: c.id, ambiguous: amb || t.length <= 2 });
    };
    add(c.name, false);
    add(c.name.replace(LEGAL_SUFFIX, ''), ambiguous.has(c.name.replace(LEGAL_SUFFIX, '')));
    for (const a of [c.short, ...c.aliases]) add(a.replace(/\s*\(.*\)$/, ''), ambiguous.has(a));
    for (const a of ambiguous) add(a, true);
    for (const t of c.tickers) tickers.set(t.split(':').pop()!.trim(), c.id);
  }
  const alternatives = [...surfaces.keys()].sort((a, b) => b.length - a.length).map(escape);
  // A name, then an optional legal suffix; not inside a longer word or a hyphenated compound.
  const regex = new RegExp(
    String.raw`(?<![\w-])(?:${alternatives.join('|')})(?:,?\s(?:Inc|Corp|Co|Ltd|plc)\b\.?)?(?![\w-]|\.\w)|\b(?:NYSE|NASDAQ|Nasdaq|NasdaqGS|LSE|TSX|ASX|NSE|BSE|TSE|XETRA|OTC)\s?:\s?([A-Z0-9.]{1,7})\b`,
    'g',
  );
  const m = { regex, surfaces, tickers, names };
  cache.set(identities, m);
  return m;
}

export interface Mention {
  id: string;
  term: string;
  sentence: number;
  /** Offset inside the sentence. */
  at: number;
  strong: boolean;
}

// Context that makes an ordinary word a company: suffix, possessive + corporate noun, company verbs.
const AFTER_COMPANY =
  /^(?:,?\s(?:Inc|Corp|Corporation|Co|Ltd|plc|Platforms|Group)\b|'s? (?:CEO|chief|founder|shares|stock|workforce|employees|staff|board|president|executives?|headcount|layoffs|cuts|decision|spokes\w+)|\s(?:said|says|announced|announces|reported|will|plans|is (?:cutting|laying|eliminating|reducing)|cut|cuts|laid|lays|eliminated|eliminates|confirmed|told|employs|shares|stock|CEO|Chief)\b|\s\((?:NYSE|NASDAQ|Nasdaq)\b|\s(?:[Ee]mployees|[Ss]taff|[Nn]ewsroom|[Ii]nvestor [Rr]elations|customers|teammates)\b|,\s(?:a|an|the)\s(?:[\w-]+\s){0,3}(?:rival|maker|company|firm|provider|vendor|retailer|bank|lender|giant|group|startup|platform|developer)\b)/;
const BEFORE_COMPANY = /\b(?:parent|owner|retailer|company|firm|giant|lender|bank|rival|maker|operator)\s$|\b(?:CEO|chief executive|president|founder|employees|staff) (?:of|at) $/;

/** Every company mention in the sentences, ambiguous words filtered by context. */
export function findMentions(sentences: Sentence[], matcher: CompanyMatcher): Mention[] {
  const raw: (Mention & { atStart: boolean })[] = [];
  for (const s of sentences) {
    const re = matcher.regex;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      if (m[1] !== undefined) {
        const id = matcher.tickers.get(m[1]);
        if (id) raw.push({ id, term: m[0], sentence: s.index, at: m.index, strong: true, atStart: false });
        continue;
      }
      // "Wells Fargo & Co" is a name of its own; otherwise a trailing legal suffix is context.
      const base = matcher.surfaces.has(m[0]) ? m[0] : m[0].replace(/,?\s(?:Inc|Corp|Co|Ltd|plc)\.?$/, '');
      const surface = matcher.surfaces.get(base);
      if (!surface) continue;
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const before = s.text.slice(Math.max(0, m.index - 20), m.index);
      const suffixed = base !== m[0];
      const strong = !surface.ambiguous || suffixed || AFTER_COMPANY.test(after) || BEFORE_COMPANY.test(before);
      raw.push({ id: surface.id, term: m[0], sentence: s.index, at: m.index, strong, atStart: m.index === 0 || /[“"‘(]\s*$/.test(before) });
    }
  }
  const confirmed = new Set(raw.filter((r) => r.strong).map((r) => r.id));
  // A bare ordinary word counts when the page names the same company unambiguously and the word is
  // capitalised mid-sentence (a sentence-initial capital says nothing).
  return raw
    .filter((r) => r.strong || (confirmed.has(r.id) && !r.atStart))
    .map(({ id, term, sentence, at }) => ({ id, term, sentence, at, strong: true }));
}

/**
 * Companies ranked: the ones cutting first, then by where they are named (title and lead weigh
 * more). With no cutter named, the company's own memo, release or filing ("we", "the Company")
 * is taken to be about the company it names most.
 */
export function rankCompanies(
  mentions: Mention[],
  matcher: CompanyMatcher,
  leadEnd: number,
  cutters: Map<string, number>,
  ownVoice = false,
): CompanyMatch[] {
  const by = new Map<string, { mentions: number; weight: number; terms: Set<string>; first: number }>();
  // A cutter known from outside the text (the site's name) is listed even if the text never names it.
  for (const id of cutters.keys()) by.set(id, { mentions: 0, weight: 0, terms: new Set<string>(), first: Infinity });
  for (const m of mentions) {
    const e = by.get(m.id) ?? { mentions: 0, weight: 0, terms: new Set<string>(), first: m.sentence };
    e.first = Math.min(e.first, m.sentence);
    e.mentions++;
    e.weight += m.sentence === 0 ? 4 : m.sentence <= leadEnd ? 2 : 1;
    e.terms.add(m.term);
    by.set(m.id, e);
  }
  const ranked = [...by.entries()]
    .map(([id, e]) => ({ id, e, weight: e.weight + (cutters.get(id) ?? 0) }))
    .sort((a, b) => Number(cutters.has(b.id)) - Number(cutters.has(a.id)) || b.weight - a.weight || a.e.first - b.e.first);
  const author = ownVoice && cutters.size === 0 ? ranked[0]?.id : undefined;
  const role = (id: string, first: number): CompanyRole =>
    cutters.has(id) || id === author ? 'cutting' : first <= leadEnd ? 'named' : 'mentioned';
  // Already in order: the cutters sort first, and without them the author is the top company.
  return ranked.map(({ id, e }) => ({ id, name: matcher.names.get(id) ?? id, role: role(id, e.first), mentions: e.mentions, terms: [...e.terms] }));
}
