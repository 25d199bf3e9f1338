// Company recognition for the detector: any company, in the dataset or not (lib/names does the
// finding), then ranked with the company doing the cutting first. A company outside the dataset
// gets a stable id (`cik:1679788`, `org:commerzbank`) and no `datasetId`, so no figures.
import { companyIdentities } from '../data';
import { NAME_TABLE } from '../data/name-table';
import type { CompanyIdentity } from '../data/types';
import { findNames, nameMatcher, ownerOf, type FindOptions, type MentionHow, type NameMatcher } from '../names/match';
import { matcherFromTable, type NameTable } from '../names/table';
import type { CompanyMatch, CompanyRole } from './types';
import type { Sentence } from './sentences';
import type { Cutter, Cutters } from './cutters';
import { leaderIndex, type LeaderIndex } from './leaders';

export type CompanyMatcher = NameMatcher;

const normal = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Each matcher's dataset names by company id, normalised: the names the dataset itself reviewed. */
const reviewed = new WeakMap<CompanyMatcher, Map<string, Set<string>>>();

function reviewing(m: CompanyMatcher, identities: CompanyIdentity[]): CompanyMatcher {
  if (!reviewed.has(m)) {
    reviewed.set(m, new Map(identities.map((c) => [c.id, new Set([c.name, c.short, ...c.aliases, ...c.ambiguous_aliases].map(normal))])));
  }
  return m;
}

/** The matcher over the name index and these dataset identities, built once per list. */
export function companyMatcher(identities: CompanyIdentity[]): CompanyMatcher {
  return reviewing(nameMatcher(identities), identities);
}

let bundled: CompanyMatcher | null = null;
let leaders: LeaderIndex | null = null;

/** The same over the bundled dataset, read from the table compiled at build time (lib/names/table.ts). */
export function bundledCompanyMatcher(): CompanyMatcher {
  return (bundled ??= reviewing(matcherFromTable(JSON.parse(NAME_TABLE) as NameTable), companyIdentities()));
}

/** The bundled dataset's chief executives. */
export function bundledLeaders(): LeaderIndex {
  return (leaders ??= leaderIndex(companyIdentities()));
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
  /** For a subsidiary or brand named as itself: its owner's name. */
  parent?: string;
}

/**
 * Every company mention in the sentences. Names that are ordinary words ("Block", "Target",
 * "Meta") count only with context: a legal form or ticker beside them, a company verb or
 * possessive, or an unambiguous name of the same company elsewhere on the page. `isName` says
 * the text is a name already (the site's name).
 */
export function findMentions(sentences: Sentence[], matcher: CompanyMatcher, options: FindOptions = {}): Mention[] {
  return findNames(sentences, matcher, options).map(({ id, name, datasetId, entity, term, sentence, at, how, brand }) => {
    // A subsidiary or brand the lists know ("King" of Microsoft) is named as itself: its cuts are
    // not its owner's, so the owner's figures never stand in (the dataset's own aliases, "AWS" for
    // Amazon, are the dataset's entity and count for it).
    const owner = entity ? ownerOf(entity) : null;
    if (entity && owner && entity !== owner && !entity.datasetId) {
      return { id: entity.key, name: entity.name, datasetId: null, term, sentence, at, strong: true, how, parent: owner.name };
    }
    // A brand or subsidiary the lists tie to a company is its own company, its owner named beside
    // it, unless the dataset itself lists it among that company's names ("AWS", "Instagram"): the
    // owner's figures stand in only where the dataset says they are the same business.
    if ((how === 'brand' || brand) && !reviewed.get(matcher)?.get(datasetId ?? '')?.has(normal(term))) {
      return { id: `brand:${normal(term).replace(/ /g, '-')}`, name: term, datasetId: null, term, sentence, at, strong: true, how, parent: name };
    }
    return { id, name, datasetId, term, sentence, at, strong: true, how };
  });
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
 * Companies ranked: the one cutting first (found by cutters.ts, perhaps a name no list knows),
 * then by where they are named (title and lead weigh more). Roles: cutting, named in the title or
 * opening, or only mentioned further down.
 */
export function rankCompanies(mentions: Mention[], matcher: CompanyMatcher, leadEnd: number, cutter: Cutters | null): CompanyMatch[] {
  const by = new Map<string, { mentions: number; weight: number; terms: Set<string>; brands: string[]; own: boolean; first: number; name: string; parent?: string }>();
  for (const m of mentions) {
    const e = by.get(m.id) ?? { mentions: 0, weight: 0, terms: new Set<string>(), brands: [], own: false, first: m.sentence, name: m.name, ...(m.parent ? { parent: m.parent } : {}) };
    e.first = Math.min(e.first, m.sentence);
    e.mentions++;
    e.weight += m.sentence === 0 ? 4 : m.sentence <= leadEnd ? 2 : 1;
    // A badge goes on the company's name, not on its chief executive's.
    if (m.how !== 'leader') e.terms.add(m.term);
    if (m.how === 'brand') e.brands.push(m.term);
    else if (m.how !== 'leader') e.own = true;
    by.set(m.id, e);
  }
  const cutting = cutter ? [cutter, ...cutter.alongside] : [];
  const others = [...by.entries()]
    .filter(([id]) => !cutting.some((c) => c.id === id))
    .sort((a, b) => b[1].weight - a[1].weight || a[1].first - b[1].first)
    .map(([id, e]): CompanyMatch => ({
      id, name: e.name, role: e.first <= leadEnd ? 'named' : 'mentioned', mentions: e.mentions, terms: [...e.terms],
      ...(e.parent ? { parent: e.parent } : {}), ...identityOf(matcher, id),
    }));
  const asCutting = (c: Cutter): CompanyMatch => {
    const e = by.get(c.id);
    // A name no list knows is badged by its own words.
    const terms = e ? [...e.terms] : c.id.startsWith('name:') ? [c.name] : [];
    const calledBy = e && !e.own ? e.brands[0] : undefined;
    return { id: c.id, name: c.name, role: 'cutting', how: c.how, mentions: e?.mentions ?? 0, terms, ...(e?.parent ? { parent: e.parent } : {}), ...(calledBy ? { calledBy } : {}), ...identityOf(matcher, c.id) };
  };
  return [...cutting.map(asCutting), ...others];
}
