// Builds the name index from the identity lists: SEC registrants (names, tickers, exchanges),
// Wikidata (reader-facing labels, parents), Exhibit 21 subsidiaries (brands of large parents)
// and the layoff tracker's employers. Pure: the CLI (lib/cli/names-build.ts) reads the files.
import { ORDINARY_WORDS } from '../data/ordinary-words';
import { CURATED_AMBIGUOUS, NEVER_ALONE } from './curated';
import { FLAG, encodeEntity, type NameIndexFile } from './format';
import { cleanLegal } from './legal';
import { nameKey, tokenize } from './tokens';

export interface SecRow { cik: number; name: string; ticker: string; exchange: string | null }
export interface WikidataOrg { cik: number; qid: string; label: string; parents: string[] }
export interface WikidataLabel { qid: string; label: string; parents: string[] }
export interface SubsidiaryRow { name: string; parentCik: number; year: number }
export interface TrackerRow { company: string; country: string; stage: string }

export interface Words {
  /** A common lowercase word: English ("target", "snap"), or a month, weekday or function word of our languages ("juni"). */
  common(word: string): boolean;
  /** A capitalised dictionary entry that is no lowercase word: a given name or place ("Larry"). */
  proper(word: string): boolean;
  /** One of those heard very often ("York", "Jordan"): no company by its capital alone. */
  frequentName(word: string): boolean;
  /** In the dictionary at all, as a word or a name ("meridian", "Marcus", "Nike"). */
  known(word: string): boolean;
}

export interface BuildInputs {
  sec: SecRow[];
  wikidataOrgs: WikidataOrg[];
  wikidataLabels: WikidataLabel[];
  subsidiaries: SubsidiaryRow[];
  tracker: TrackerRow[];
  words: Words;
}

interface Surface { display: string; brand: boolean }

interface Draft {
  key: string;
  display: string;
  tickers: Set<string>;
  /** NYSE, Nasdaq or Cboe. */
  listed: boolean;
  wikidata: boolean;
  tracker: boolean;
  /** The tracker says another company owns it ("Acquired", "Subsidiary"). */
  owned: boolean;
  country: string;
  parentNames: string[];
  parent: Draft | null;
  /** By name key; the first spelling seen is kept. */
  names: Map<string, Surface>;
  /** Shorter forms ("Grab" of "Grab Holdings"), kept at the end when the data supports them. */
  shorts: Map<string, { display: string; attestedOnly: boolean }>;
}

// Funds, trusts, SPACs and notes are no employers a story names.
const NOT_AN_EMPLOYER = /\b(?:ETF|ETN|FUNDS?|PORTFOLIO|INDEX|MUNICIPAL|ISHARES|SPDR|PROSHARES|ACQUISITION (?:CORP|CO|COMPANY|LTD)|ROYALTY TRUST|INCOME TRUST|CAPITAL TRUST|GOLD TRUST|SILVER TRUST|BITCOIN TRUST|ETHEREUM TRUST|LIQUIDATION TRUST|TERM TRUST|UNITS?|NOTES? DUE|WARRANTS?)\b/i;
const DESCRIPTIVE_TAIL =
  /\s+(?:platforms|technologies|technology|systems|communications|holdings?|group|worldwide|global|motor|software|networks|international|enterprises|brands|interactive|labs)$/i;
const CONNECTORS = new Set(['&', 'and', 'of', 'the', 'de', 'du', 'des', 'la', 'le', 'y', 'for', 'und', 'et']);
/** Words that make a phrase of ordinary words a company's name ("Grab Holdings", "General Motors"). */
const CORPORATE = new Set(
  ('holdings holding group bank bancorp bancshares airlines airways motors motor technologies platforms systems ' +
    'communications financial pharmaceuticals therapeutics industries corporation brands labs networks software ' +
    'semiconductor biosciences healthcare telecom').split(' '),
);
const LISTED = new Set(['NYSE', 'Nasdaq', 'CBOE']);
/** A foreign company's legal form or depositary receipt: an OTC line worth keeping (Heineken, Lufthansa). */
const FOREIGN_FORM = /\/ADR|\bADR\b|\bPLC\b|\bAG\b|\bSE\b|\bN\.? ?V\.?$|\bS\.? ?A\.?\b|\bASA\b|\bAB\b|\bOYJ\b|KABUSHIKI|AKTIENGESELLSCHAFT|\bS\.?P\.?A\.?\b|\bTBK\b|\bBHD\b|\bLTD\b|\bLIMITED\b|\bA\/S\b/i;
/** Words that make an Exhibit 21 row a legal or regional shell rather than a brand. */
const SUBSIDIARY_STOP = new Set(
  ('holding holdings holdco international intl services service usa us america americas north south east west ' +
    'europe european uk canada india china japan germany france asia pacific emea latam mexico brazil australia ' +
    'ireland netherlands luxembourg singapore hong kong korea taiwan switzerland spain italy sweden israel ' +
    'llc inc ltd limited corp corporation co company lp llp plc gmbh bv nv sa sarl sas srl spa ag ab pty pte kk ' +
    'capital finance financing funding trust properties property realty investments investment partners ' +
    'management ventures solutions group global enterprises operating operations acquisition sub subsidiary ' +
    'dba branch office insurance assurance reinsurance bank leasing real estate energy resources trading ' +
    'development developments manufacturing distribution products industries associates fund funds').split(' '),
);

const curated = new Set([...CURATED_AMBIGUOUS.map(([n]) => nameKey(n)), ...[...ORDINARY_WORDS].map(nameKey)]);

/** Short words inside a registrant's name that are words, not initials: "BANK OF NOVA SCOTIA" is "Bank of Nova Scotia". */
const NAME_CONNECTORS = new Set(['OF', 'AND', 'THE', 'FOR', 'DE', 'DO', 'DA', 'DU', 'DI', 'DEL', 'DES', 'LA', 'LE']);

/** "AMAZON.COM" -> "Amazon.com", "HSBC" and "IBM" stay; mixed case is left as written. */
function smartCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/[\p{L}\p{N}]+/gu, (w, at: number) => {
    const joined = name[at - 1] === '&' || name[at + w.length] === '&';
    // …between two words only: a trailing "DE" is a state ("Broadway Financial Corp DE").
    if (at > 0 && !joined && NAME_CONNECTORS.has(w) && /^\s+\p{L}/u.test(name.slice(at + w.length))) return w.toLowerCase();
    if (w.length <= 3 || !/[AEIOUY]/.test(w) || joined) return w;
    return w[0] + w.slice(1).toLowerCase();
  });
}

function titleCase(name: string): string {
  return name.replace(/\p{L}[\p{L}\p{N}]*/gu, (w) => (CONNECTORS.has(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
}

const slug = (name: string): string => nameKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function buildNameIndex(input: BuildInputs): NameIndexFile {
  const { words } = input;
  const drafts = new Map<string, Draft>();
  const counts: Record<string, number> = {};
  const draft = (key: string, display: string): Draft => {
    let d = drafts.get(key);
    if (!d) {
      d = { key, display, tickers: new Set(), listed: false, wikidata: false, tracker: false, owned: false, country: '', parentNames: [], parent: null, names: new Map(), shorts: new Map() };
      drafts.set(key, d);
    }
    return d;
  };
  const addName = (d: Draft, display: string, brand = false): void => {
    const key = nameKey(display);
    if (key && !d.names.has(key)) d.names.set(key, { display, brand });
    for (const short of shortForms(display)) {
      const k = nameKey(short.display);
      if (k && k !== key && !d.shorts.has(k)) d.shorts.set(k, short);
    }
  };

  // 1. SEC registrants, one entity per CIK; the Wikidata label is what readers call it.
  const orgByCik = new Map(input.wikidataOrgs.map((o) => [o.cik, o]));
  // Wikidata gives some organisations two CIKs (Google: 1288776 and 1824723): one entity, the lower CIK.
  const firstCik = new Map<string, number>();
  for (const o of input.wikidataOrgs) firstCik.set(o.qid, Math.min(firstCik.get(o.qid) ?? Infinity, o.cik));
  const cikKey = (cik: number): string => `cik:${firstCik.get(orgByCik.get(cik)?.qid ?? '') ?? cik}`;
  const trackerNames = new Set(input.tracker.map((t) => nameKey(t.company)));
  for (const r of input.sec) {
    if (NOT_AN_EMPLOYER.test(r.name) && !orgByCik.has(r.cik)) continue;
    // Over the counter: shells, mostly; keep foreign companies' lines and the notable rest.
    const tracked = trackerNames.has(nameKey(smartCase(cleanLegal(r.name))));
    if (!LISTED.has(r.exchange ?? '') && !orgByCik.has(r.cik) && !FOREIGN_FORM.test(r.name) && !tracked) continue;
    const d = draft(cikKey(r.cik), smartCase(cleanLegal(r.name)));
    if (r.exchange) d.tickers.add(`${r.exchange.toUpperCase()}:${r.ticker}`);
    else d.tickers.add(r.ticker);
    d.listed ||= LISTED.has(r.exchange ?? '');
  }
  counts.sec_registrants = drafts.size;
  // 2. Wikidata organisations: labels for registrants, and former or acquired filers with parents.
  for (const o of input.wikidataOrgs) {
    const d = draft(cikKey(o.cik), cleanLegal(o.label));
    d.display = cleanLegal(o.label) || d.display;
    d.wikidata = true;
    d.parentNames = o.parents;
    addName(d, cleanLegal(o.label));
  }
  for (const d of drafts.values()) if (d.key.startsWith('cik:')) addName(d, d.display);
  for (const r of input.sec) {
    const d = drafts.get(cikKey(r.cik));
    if (d) addName(d, smartCase(cleanLegal(r.name)));
  }
  counts.wikidata_orgs = input.wikidataOrgs.length;

  const byKey = (): Map<string, Draft[]> => {
    const m = new Map<string, Draft[]>();
    for (const d of drafts.values()) {
      for (const k of [...d.names.keys(), ...d.shorts.keys()]) {
        const list = m.get(k) ?? [];
        if (!list.includes(d)) list.push(d);
        m.set(k, list);
      }
    }
    return m;
  };
  const notability = (d: Draft): number => (d.listed ? 4 : 0) + (d.wikidata ? 2 : 0) + (d.tracker ? 1 : 0) + (d.key.startsWith('cik:') ? 1 : 0);
  const best = (list: Draft[] | undefined, ok: (d: Draft) => boolean = () => true): Draft | null => {
    const fit = (list ?? []).filter(ok).sort((a, b) => notability(b) - notability(a));
    return fit[0] && (fit.length === 1 || notability(fit[0]) > notability(fit[1]!)) ? fit[0] : null;
  };

  // 3. Tracker employers: a listed company merges with its registrant (checked: same name, and
  // the tracker calls it public); a private one of the same name stays its own entity.
  let index = byKey();
  const tracked = new Map<string, TrackerRow>();
  for (const t of input.tracker) {
    const name = t.company.trim();
    const prev = tracked.get(name);
    if (name && (!prev || (t.stage === 'Post-IPO' && prev.stage !== 'Post-IPO'))) tracked.set(name, { ...t, company: name });
  }
  let merged = 0;
  for (const t of [...tracked.values()].sort((a, b) => a.company.localeCompare(b.company))) {
    const key = nameKey(t.company);
    if (!key) continue;
    const mayBeFiler = t.stage === 'Post-IPO' || t.stage === 'Acquired' || t.stage === 'Unknown' || t.stage === 'Subsidiary';
    const hit = mayBeFiler ? best(index.get(key), (d) => d.key.startsWith('cik:') && (t.stage === 'Post-IPO' || d.listed || d.wikidata)) : null;
    const d = hit ?? draft(`org:${slug(t.company)}`, t.company);
    if (hit) {
      merged++;
      // What readers call it: the tracker writes "Amazon", not "Amazon.com".
      if (nameKey(hit.display) !== key && hit.shorts.has(key)) hit.display = t.company;
    }
    d.tracker = true;
    d.owned ||= !hit && (t.stage === 'Acquired' || t.stage === 'Subsidiary');
    d.country ||= t.country;
    addName(d, t.company);
    // The tracker's own spelling of a registrant is a name readers use: keep it as a name.
    const short = d.shorts.get(key);
    if (short) short.attestedOnly = false;
  }
  counts.tracker_companies = tracked.size;
  counts.tracker_merged_with_registrants = merged;

  // 4. Wikidata labels of employers without a CIK: a brand of a known parent, or an entity.
  index = byKey();
  for (const l of input.wikidataLabels) {
    const label = cleanLegal(l.label);
    const key = nameKey(label);
    if (!key || index.has(key)) continue;
    const parent = l.parents.map((p) => best(index.get(nameKey(cleanLegal(p))))).find(Boolean);
    if (parent) addName(parent, label, true);
    else addName(draft(`wd:${l.qid}`, label), label);
  }
  counts.wikidata_labels = input.wikidataLabels.length;

  // 5. Parents named by Wikidata, where the parent is an entity here (never itself).
  index = byKey();
  for (const d of drafts.values()) {
    const p = d.parentNames.map((n) => best(index.get(nameKey(cleanLegal(n))))).find((x) => x && x !== d);
    if (p && !ancestors(p).includes(d)) d.parent = p;
  }

  // 6. Exhibit 21 lists legal entities ("informatica france", "informatica australia"), not
  // brands. A brand shows as the same distinctive core under one large parent in two or more
  // rows of its latest list, once the legal and regional words are taken off; see subsidiaryCore.
  const lastYear = new Map<number, number>();
  for (const s of input.subsidiaries) lastYear.set(s.parentCik, Math.max(lastYear.get(s.parentCik) ?? 0, s.year));
  const cores = new Map<string, Map<number, number>>();
  for (const s of input.subsidiaries) {
    const parent = drafts.get(cikKey(s.parentCik));
    if (!parent || !parent.listed || !parent.wikidata || s.year !== lastYear.get(s.parentCik)) continue;
    const core = subsidiaryCore(s.name, parent, words);
    if (!core) continue;
    const byParent = cores.get(core) ?? new Map<number, number>();
    byParent.set(s.parentCik, (byParent.get(s.parentCik) ?? 0) + 1);
    cores.set(core, byParent);
  }
  let subsidiaries = 0;
  for (const [core, byParent] of [...cores].sort(([a], [b]) => a.localeCompare(b))) {
    const [[cik, rows] = [0, 0], ...others] = [...byParent];
    if (others.length || rows < 2 || index.has(core)) continue;
    addName(drafts.get(cikKey(cik))!, titleCase(core), true);
    subsidiaries++;
  }
  counts.subsidiaries_rows = input.subsidiaries.length;
  counts.subsidiary_brands_kept = subsidiaries;

  // 7. Short forms the data supports; then each name goes to one entity (own names before
  // brands, then the most notable: listed, in Wikidata, in the tracker); a tie drops the name.
  for (const d of drafts.values()) {
    for (const [k, s] of d.shorts) {
      const single = tokenize(s.display).length === 1;
      const supported = s.attestedOnly ? false : !single || !words.common(k) || d.wikidata || d.tracker;
      if (supported && !d.names.has(k)) d.names.set(k, { display: s.display, brand: false });
    }
  }
  for (const d of drafts.values()) for (const k of NEVER_ALONE) d.names.delete(k);
  const claims = new Map<string, [Draft, Surface][]>();
  for (const d of drafts.values()) for (const [k, s] of d.names) claims.set(k, [...(claims.get(k) ?? []), [d, s]]);
  for (const [k, list] of claims) {
    if (list.length < 2) continue;
    const rank = ([d, s]: [Draft, Surface]): number => (s.brand ? 0 : 100) + notability(d);
    list.sort((a, b) => rank(b) - rank(a));
    const tie = rank(list[0]!) === rank(list[1]!);
    for (const [i, [d]] of list.entries()) if (i > 0 || tie) d.names.delete(k);
  }

  // 8. Rows, sorted by key; entities with neither a name nor a ticker are dropped.
  const kept = [...drafts.values()].filter((d) => d.names.size || d.tickers.size).sort((a, b) => a.key.localeCompare(b.key));
  const position = new Map(kept.map((d, i) => [d, i]));
  const entities = kept.map((d) =>
    encodeEntity({
      key: d.key,
      name: d.display,
      cik: d.key.startsWith('cik:') ? Number(d.key.slice(4)) : null,
      tickers: [...d.tickers].sort(),
      parent: d.parent ? position.get(d.parent) ?? null : null,
      country: d.country || null,
      surfaces: [...d.names.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, s]) => ({ name: s.display, flags: flags(k, s, words) })),
      owned: d.owned && !d.parent,
    }),
  );
  counts.entities = entities.length;
  counts.names = kept.reduce((n, d) => n + d.names.size, 0);
  return {
    about: 'Company names for recognition, built by `npm run names:build` from ../shared/data/bulk (SEC, Wikidata, Exhibit 21, layoff tracker). Do not edit by hand.',
    counts,
    entities,
  };
}

function ancestors(d: Draft): Draft[] {
  const out: Draft[] = [];
  for (let p = d.parent; p && !out.includes(p); p = p.parent) out.push(p);
  return out;
}

/** "Grab Holdings" -> "Grab"; "Amazon.com" -> "Amazon" (kept only where another list uses it). */
function shortForms(display: string): { display: string; attestedOnly: boolean }[] {
  const out: { display: string; attestedOnly: boolean }[] = [];
  let s = display;
  for (let next = s.replace(DESCRIPTIVE_TAIL, ''); next !== s && tokenize(next).length; next = s.replace(DESCRIPTIVE_TAIL, '')) {
    s = next.replace(/[\s,&]+$/, '');
    out.push({ display: s, attestedOnly: false });
  }
  const dotCom = display.replace(/\.com$/i, '');
  if (dotCom !== display && tokenize(dotCom).length) out.push({ display: dotCom, attestedOnly: true });
  return out;
}

/** "informatica france" -> "informatica": one or two words left once legal and regional words
 * are off, none a given name or an acronym, one distinctive, not the parent's own name. */
function subsidiaryCore(name: string, parent: Draft, words: Words): string | null {
  const parts = name.split(' ');
  if (parts.some((w) => /\d/.test(w))) return null;
  const core = parts.filter((w) => !SUBSIDIARY_STOP.has(w));
  if (!core.length || core.length > 2 || core.some((w) => w.length < 3 || words.proper(w))) return null;
  if (!core.some((w) => w.length > 3 && !words.common(w) && !curated.has(w))) return null;
  const own = new Set([...parent.names.keys()].flatMap((k) => k.split(' ')));
  return own.has(core[0]!) ? null : core.join(' ');
}

function flags(key: string, s: Surface, words: Words): string {
  const parts = key.split(' ').filter((w) => !CONNECTORS.has(w));
  const ordinary = (w: string): boolean =>
    !CORPORATE.has(w) && (words.common(w) || words.frequentName(w) || curated.has(w) || w.length <= 2 || /^\d+$/.test(w));
  let f = s.brand ? FLAG.brand : '';
  // One ordinary word, or ordinary words with a place or person in them ("New York"): context needed.
  if (parts.length <= 1 && (parts.length === 0 || ordinary(parts[0]!) || curated.has(key))) f += FLAG.word;
  else if (parts.length === 1 && words.known(parts[0]!)) f += FLAG.named;
  // A one-word brand read off Exhibit 21 may as well be a surname ("Kaplan" of Graham Holdings).
  else if (parts.length === 1 && s.brand) f += FLAG.named;
  // Three capitals or fewer are an acronym as often as a company ("RPC", "AIG").
  else if (parts.length === 1 && /^[A-Z&]{2,3}$/.test(s.display.trim())) f += FLAG.named;
  else if (parts.every(ordinary) && parts.some((w) => words.frequentName(w))) f += FLAG.word;
  else if (parts.every(ordinary) || curated.has(key)) f += FLAG.phrase;
  return f;
}
