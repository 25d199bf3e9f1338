// Company recognition for the detector: any company, in the dataset or not (lib/names does the
// finding), then ranked with the company doing the cutting first. A company outside the dataset
// gets a stable id (`cik:1679788`, `org:commerzbank`) and no `datasetId`, so no figures.
import type { CompanyIdentity } from '../data/types';
import { findNames, nameMatcher, ownerOf, type MentionHow, type NameMatcher } from '../names/match';
import type { CompanyMatch, CompanyRole } from './types';
import type { Sentence } from './sentences';

export type CompanyMatcher = NameMatcher;

/** The matcher over the name index and these dataset identities, built once per list. */
export function companyMatcher(identities: CompanyIdentity[]): CompanyMatcher {
  return nameMatcher(identities);
}

export interface Mention {
  /** The dataset id when the company has figures, else a stable key (`cik:…`, `wd:…`, `org:…`). */
  id: string;
  /** The company's display name. */
  name: string;
  /** Set only when the dataset has the company. */
  datasetId: string | null;
  term: string;
  sentence: number;
  /** Offset inside the sentence. */
  at: number;
  /** Always true: ordinary words without company context are left out. */
  strong: boolean;
  how: MentionHow;
}

/**
 * Every company mention in the sentences. Names that are ordinary words ("Block", "Target",
 * "Meta") count only with context: a legal form or ticker beside them, a company verb or
 * possessive, or an unambiguous name of the same company elsewhere on the page. `isName` says
 * the text is a name already (the site's name).
 */
export function findMentions(sentences: Sentence[], matcher: CompanyMatcher, options: { isName?: boolean } = {}): Mention[] {
  return findNames(sentences, matcher, options).map(({ id, name, datasetId, term, sentence, at, how }) => ({
    id, name, datasetId, term, sentence, at, strong: true, how,
  }));
}

/** Identity fields for the panel and the CLI: what the lists know of a company. */
function identityOf(matcher: CompanyMatcher, id: string): Pick<CompanyMatch, 'datasetId' | 'cik' | 'tickers' | 'parent' | 'country'> {
  const e = matcher.byId.get(id);
  if (!e) return {};
  const out: Pick<CompanyMatch, 'datasetId' | 'cik' | 'tickers' | 'parent' | 'country'> = {};
  if (e.datasetId) out.datasetId = e.datasetId;
  if (e.cik !== null) out.cik = e.cik;
  if (e.tickers.length) out.tickers = e.tickers;
  if (e.country) out.country = e.country;
  if (e.parent) out.parent = ownerOf(e.parent).name;
  return out;
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
  const by = new Map<string, { mentions: number; weight: number; terms: Set<string>; first: number; name: string }>();
  const nameOf = (id: string): string => matcher.byId.get(id)?.name ?? id;
  // A cutter known from outside the text (the site's name) is listed even if the text never names it.
  for (const id of cutters.keys()) by.set(id, { mentions: 0, weight: 0, terms: new Set<string>(), first: Infinity, name: nameOf(id) });
  for (const m of mentions) {
    const e = by.get(m.id) ?? { mentions: 0, weight: 0, terms: new Set<string>(), first: m.sentence, name: m.name };
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
  return ranked.map(({ id, e }) => ({
    id, name: e.name, role: role(id, e.first), mentions: e.mentions, terms: [...e.terms], ...identityOf(matcher, id),
  }));
}
