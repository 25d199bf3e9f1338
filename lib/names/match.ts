// Open-world company recognition: sentences in, company mentions out. A token map over the name
// index (lib/data/names.json) plus the bundled dataset's own names: each word of the text is one
// Map lookup, then the few names that start with it are compared word by word, longest first.
// Linear in the text, whatever the page: no regex is built from the names.
import rawIndex from '../data/names.json';
import type { CompanyIdentity } from '../data/types';
import { AFTER_RE, AFTER_RE_ANY_CASE, AFTER_WINDOW, BEFORE_RE, BEFORE_WINDOW, COMPANY_KIND, NOT_SPEECH_RE } from './cues';
import { decodeEntity, FLAG, type NameIndexFile } from './format';
import { isEverydayWord } from './everyday-words';
import { cleanLegal, isLegalForm, SHORT_FORMS } from './legal';
import { caseOf, normalizeKey, tokenize, type Token } from './tokens';
import { COUNT_WORDS } from '../detect/vocab/count-words';
import { STAFF_WORDS } from '../detect/vocab/staff-words';

export interface NameEntity {
  /** `cik:<CIK>`, `wd:<Q-id>`, `org:<slug>`, or `data:<id>` for a dataset company no list has. */
  key: string;
  /** What readers call it (the dataset's short name when it has one). */
  name: string;
  cik: number | null;
  /** "NASDAQ:AMZN" */
  tickers: string[];
  country: string | null;
  /** The company that owns it (Exhibit 21, Wikidata, or the dataset's aliases). */
  parent: NameEntity | null;
  /** The id in lib/data/companies.json, when the dataset has this company. */
  datasetId: string | null;
  /** Someone owns it whom the lists do not name (the dataset may: "Indeed" of Recruit). */
  owned?: boolean;
}

/** How a mention was found, strongest first. */
export type MentionHow =
  | 'ticker' // "(NASDAQ: XYZ)" or a name right before one
  | 'suffix' // a legal form after it: "Target Corp", "Commerzbank AG"
  | 'name' // a distinctive name: "Coinbase", "Standard Chartered"
  | 'brand' // a distinctive brand or subsidiary: "Zappos" for Amazon
  | 'context' // an ordinary word with company context: "Snap's CEO", "at Target"
  | 'page' // an ordinary word, capitalised mid-sentence, on a page that names the company plainly
  | 'leader' // its chief executive's name: "Jack Dorsey" for Block (lib/detect/leaders.ts)
  | 'weak'; // an ordinary word no context confirms (only with `weak`: the detector may confirm it by structure)

export interface NameMention {
  /** The company it counts for: the dataset id when there is one, else its top owner's key. */
  id: string;
  /** That company's display name. */
  name: string;
  datasetId: string | null;
  /** The entity the words name (a brand's own entity: "LinkedIn" for Microsoft); null for a
   * company no list knows, recognised by its legal form or ticker. */
  entity: NameEntity | null;
  /** The words as written, without a possessive or legal form: the DOM badges these. */
  term: string;
  sentence: number;
  /** Offset of `term` in the sentence. */
  at: number;
  how: MentionHow;
  /** The words are a brand or subsidiary of the entity ("HarperCollins" of News Corp), whatever context found them. */
  brand?: boolean;
}

/** The dataset's identity fields this needs; `cik` as the curated records may write it. */
export type DatasetIdentity = Pick<CompanyIdentity, 'id' | 'name' | 'short' | 'aliases' | 'ambiguous_aliases' | 'tickers' | 'parent'> & {
  cik?: number | string | null;
};

export interface Target {
  entity: NameEntity;
  brand: boolean;
  /** Needs company context: an ordinary word ("Target"), or a rare word or a person's or place's
   * name the dictionary knows ("Meridian", "Marcus"). */
  word: boolean;
  /** The word is only a dictionary name, not an ordinary word (set with `word`). */
  named?: boolean;
  phrase: boolean;
}

export interface Candidate {
  keys: string[];
  /** The name's words as the index writes them ("eBay"), for names that do not start with a capital. */
  canon: string[];
  targets: Target[];
}

/** What finding names reads: lookups only, so the compiled table (lib/names/table.ts) can decode
 * each entry the first time a page meets it. */
export interface NameMatcher {
  /** Mention id ("amazon", "cik:1679788") -> its company. */
  byId: Pick<Map<string, NameEntity>, 'get'>;
  /** First two words -> the names of two words or more that start with them, longest first
   * (one-word names are found in `byKey`). */
  byTwo: Pick<Map<string, Candidate[]>, 'get'>;
  /** First words of names of two words or more. */
  multiFirst: Pick<Set<string>, 'has'>;
  /** First words of names written in lowercase ("eBay"): only these are looked up for a lowercase word. */
  lowerFirst: Pick<Set<string>, 'has'>;
  byKey: Pick<Map<string, Candidate>, 'get'>;
  /** "NASDAQ:AMZN" -> entity. */
  tickers: Pick<Map<string, NameEntity>, 'get'>;
}

/** The matcher as built from the index: whole maps, and every company. */
export interface BuiltMatcher extends NameMatcher {
  byId: Map<string, NameEntity>;
  byTwo: Map<string, Candidate[]>;
  multiFirst: Set<string>;
  lowerFirst: Set<string>;
  byKey: Map<string, Candidate>;
  tickers: Map<string, NameEntity>;
  entities: NameEntity[];
}

/** Words between a name and its legal form that are part of the legal name. */
const DESCRIPTIVE = new Set(['group', 'holdings', 'holding', 'platforms', 'technologies', 'systems', 'communications', 'international', 'worldwide', 'global', 'corporation', 'company', 'co', 'motor', 'software', 'networks', 'brands']);
/** "says Werner", "Mr Kaplan": a person's name follows. */
const SPEAKER_BEFORE = new Set(['says', 'said', 'told', 'asked', 'added', 'wrote', 'mr', 'ms', 'mrs', 'dr', 'prof', 'sir', 'dame', 'lord']);
/** Sentence openers before a name: "Rival Google", "But Amazon" (and a weekday or month: "Lunedì Chegg ha annunciato…"). */
const OPENERS = new Set([
  'about', 'the', 'a', 'an', 'but', 'and', 'rival', 'fellow', 'meanwhile', 'like', 'unlike', 'while', 'when', 'at', 'for', 'with', 'from', 'by', 'after', 'before', 'both', 'even', 'only', 'also', 'now', 'then', 'still', 'yet', 'so', 'if', 'as', 'since', 'last', 'this', 'that',
  // The articles and first words of the other languages we read ("Die Lufthansa hatte…", "O Bradesco…").
  'der', 'die', 'das', 'ein', 'eine', 'auch', 'aber', 'und', 'bei', 'nach', 'für', 'mit', 'von',
  'le', 'la', 'les', 'un', 'une', 'chez', 'pour', 'avec', 'après', 'mais', 'et', 'aussi',
  'el', 'los', 'las', 'una', 'pero', 'y', 'también', 'con', 'para', 'tras', 'según',
  'het', 'een', 'maar', 'en', 'ook', 'bij', 'voor', 'met', 'na',
  'il', 'lo', 'gli', 'ma', 'e', 'anche', 'per', 'dopo',
  'o', 'os', 'um', 'uma', 'mas', 'também', 'com', 'após',
]);
/** Articles and conjunctions of the languages we read: alone, never a company ("Una parte di questi…" is not Una Brands). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'ein', 'eine', 'und', 'le', 'la', 'les', 'un', 'une', 'et', 'el', 'los', 'las', 'una', 'y', 'het', 'een', 'en', 'il', 'lo', 'gli', 'e', 'o', 'os', 'um', 'uma']);
const CONNECTORS = new Set(['&', 'and', 'of', 'the', 'de', 'du', 'des', 'la', 'le', 'y', 'for', 'und', 'et']);
/** A company's own site after its name, not part of the name: "Dropbox Blog > Company", "Fiverr Newsroom". */
const SITE_WORDS = new Set(['blog', 'newsroom']);
/** Abbreviations of a field or place that describe the company after them: "le leader du conseil en IT
 * Capgemini", "AI startup Anthropic" (a longer name the lists know, "US Steel", is matched as itself first). */
const FIELDS = new Set(['AI', 'KI', 'IA', 'IT', 'TI', 'HR', 'US', 'UK', 'EU']);
/** A Reuters instrument code after a name ("Pinterest PINS.N sagte…", "Allianz ALVG.DE"): not part of the name,
 * and it says the name is a listed company. */
const RIC = /^[A-Z0-9]{2,6}\.(?:[A-Z]{1,2})$/;
/** Whose word it is, after the subject of a German verb-second clause: "plant Oracle Berichten zufolge den Abbau". */
const REPORTS = String.raw`(?:Medien|Presse)?berichten|Insidern|Angaben|Informationen`;
/** Capitalised words that never go on a company's name: German nouns for staff and counts follow the
 * subject in a verb-second clause ("hat Klarna Hunderte Angestellte entlassen", "baut Bosch Stellen ab"),
 * and so does whose word it is ("ist Oracle Berichten zufolge bereit"). */
const NOT_NAME_NEXT = new RegExp(`^(?:${STAFF_WORDS}|${COUNT_WORDS.join('|')}|${REPORTS})$`, 'iu');
/** A capitalised word that says what the company after it is, not part of its name: "Der Softwarekonzern
 * SAP", "Der Versicherer Allianz", "Computerfabrikant HP", "Chipmaker Nvidia", "Tech Giant Oracle"
 * (German nouns and headline words are capitalised; compounds end in the kind). */
const KIND_HEAD = new RegExp(String.raw`^(?:${COMPANY_KIND}|\p{L}*(?:maker|giant|konzern|unternehmen|hersteller|anbieter|versicherer|versicherung|riese|gruppe|plattform|platform|dienst|dienstleister|handler|kette|sender|verlag|portal|bedrijf|fabrikant|concern|maatschappij|verzekeraar)|groupe|geant|entreprise|societe|banque|empresa|gigante|banco|azienda|gruppo|colosso|banca)$`, 'u');
/** Tokens read per call at most: a bound for hostile pages (the detector reads 60,000 characters, ~11,000 tokens). */
export const MAX_TOKENS = 20_000;

function addSurface(m: BuiltMatcher, name: string, target: Target, replace: boolean): void {
  const tokens = tokenize(name);
  if (!tokens.length) return;
  const keys = tokens.map((t) => t.key);
  const key = keys.join(' ');
  let c = m.byKey.get(key);
  if (!c) {
    c = { keys, canon: tokens.map((t) => t.raw), targets: [] };
    m.byKey.set(key, c);
    if (keys.length > 1) {
      const two = `${keys[0]} ${keys[1]}`;
      const list = m.byTwo.get(two) ?? [];
      list.push(c);
      m.byTwo.set(two, list);
      m.multiFirst.add(keys[0]!);
    }
    if (/^\p{Ll}/u.test(c.canon[0]!)) m.lowerFirst.add(keys[0]!);
  }
  const same = c.targets.find((t) => t.entity === target.entity);
  if (replace) {
    // The dataset's reviewed name wins, but an ordinary word stays one ("Amazon", the river);
    // a name the dictionary merely knows ("Microsoft") is the dataset's to call.
    const wordy = c.targets.some((t) => t.word && !t.named);
    const phrasy = c.targets.some((t) => t.phrase);
    c.targets = [{ ...target, word: target.word || wordy, phrase: target.phrase || phrasy }];
  } else if (same) {
    same.word ||= target.word;
  } else {
    c.targets.push(target);
    c.targets.sort((a, b) => Number(a.brand) - Number(b.brand));
  }
}

function loadIndex(file: NameIndexFile): BuiltMatcher {
  const m: BuiltMatcher = { byId: new Map(), byTwo: new Map(), multiFirst: new Set(), lowerFirst: new Set(), byKey: new Map(), tickers: new Map(), entities: [] };
  const records = file.entities.map(decodeEntity);
  m.entities = records.map((r) => ({ key: r.key, name: r.name, cik: r.cik, tickers: r.tickers, country: r.country, parent: null, datasetId: null, owned: r.owned }));
  records.forEach((r, i) => {
    const e = m.entities[i]!;
    if (r.parent !== null) e.parent = m.entities[r.parent] ?? null;
    for (const t of r.tickers) m.tickers.set(t, e);
    for (const s of r.surfaces) {
      const f = s.flags;
      const named = f.includes(FLAG.named);
      addSurface(m, s.name, { entity: e, brand: f.includes(FLAG.brand), word: named || f.includes(FLAG.word), named, phrase: f.includes(FLAG.phrase) }, false);
    }
  });
  return m;
}

/** The index entity a dataset company is: by CIK, then by a ticker, then by its own name. */
function findLinked(m: BuiltMatcher, c: DatasetIdentity): NameEntity | null {
  const cik = Number(c.cik);
  if (c.cik != null && Number.isFinite(cik)) {
    const byCik = m.entities.find((e) => e.cik === cik);
    if (byCik) return byCik;
  }
  for (const t of c.tickers) {
    const hit = m.tickers.get(t.replace(/\s/g, '').toUpperCase());
    if (hit) return hit;
  }
  for (const n of [c.short, cleanLegal(c.name)]) {
    const own = m.byKey.get(tokenize(n).map((t) => t.key).join(' '))?.targets.filter((t) => !t.brand);
    if (own?.length === 1) return own[0]!.entity;
  }
  return null;
}

function linkDataset(m: BuiltMatcher, identities: readonly DatasetIdentity[]): void {
  const byDataset = new Map<string, NameEntity>();
  for (const c of identities) {
    const linked = findLinked(m, c);
    const e: NameEntity = linked ?? { key: `data:${c.id}`, name: c.short || c.name, cik: null, tickers: [], country: null, parent: null, datasetId: null };
    if (!linked) m.entities.push(e);
    byDataset.set(c.id, e);
    e.datasetId = c.id;
    e.name = c.short || e.name;
    for (const t of c.tickers) m.tickers.set(t.replace(/\s/g, '').toUpperCase(), e);
    // The dataset's tickers fill what the lists lack (Klarna listed in 2025, after the SEC list was taken): the panel of
    // a company without figures shows its ticker.
    if (!e.tickers.length && c.tickers.length) e.tickers = [...c.tickers];
    const ambiguous = new Set(c.ambiguous_aliases.map((a) => normalizeKey(a)));
    const own = new Set([c.name, cleanLegal(c.name), c.short].map((n) => normalizeKey(n)));
    // "Performance+" cannot be told from "performance" once the "+" is off: such an alias goes.
    const spelled = c.aliases.filter((a) => !/\+$/.test(a.trim()) || own.has(normalizeKey(a.replace(/\+$/, ''))));
    // The short name first: it is how readers write it, so it sets the name's case ("Krafton", not the legal "KRAFTON, Inc.").
    const listed = [c.short, c.name, cleanLegal(c.name), ...spelled.map((a) => a.replace(/\s*\(.*\)$/, ''))];
    // A name of two capitalised words joined by a hyphen is as often written with a space: "Hewlett Packard".
    const names = [...listed, ...listed.filter((n) => /\p{Lu}\p{Ll}+-\p{Lu}/u.test(n)).map((n) => n.replace(/(?<=\p{Ll})-(?=\p{Lu})/gu, ' '))];
    for (const n of names) {
      const k = normalizeKey(n);
      if (n.trim().length < 2 || ambiguous.has(k)) continue;
      addSurface(m, n, { entity: e, brand: !own.has(k), word: n.trim().length <= 2, phrase: false }, true);
    }
    for (const n of c.ambiguous_aliases) {
      addSurface(m, n, { entity: e, brand: !own.has(normalizeKey(n)), word: true, phrase: false }, false);
      const c2 = m.byKey.get(tokenize(n).map((x) => x.key).join(' '));
      if (!c2) continue;
      // An owned company of that name is this one's ("Indeed", acquired by Recruit): one target.
      for (const t of c2.targets) if (t.entity.owned && !t.entity.parent && t.entity !== e) t.entity.parent = e;
      c2.targets = c2.targets.filter((t) => !(t.entity.owned && t.entity.parent === e));
      // The dataset's call is about the word ("LinkedIn", where posts are read): every company of it needs context.
      for (const t of c2.targets) t.word = true;
    }
  }
  // A subsidiary the dataset lists (King) is owned by its parent there (Microsoft): the panel names the owner, whose
  // figures stay its own (the subsidiary is a dataset company, so ownerOf stops at it).
  for (const c of identities) {
    const owner = c.parent ? byDataset.get(c.parent) : undefined;
    if (owner) byDataset.get(c.id)!.parent = owner;
  }
}

const cache = new WeakMap<readonly DatasetIdentity[], BuiltMatcher>();
let shared: NameIndexFile | null = null;

/** The matcher for the bundled index and these dataset identities, built once per list (~0.5 s in
 * a fresh process: the extension reads it compiled, lib/names/table.ts). */
export function nameMatcher(identities: readonly DatasetIdentity[], index?: NameIndexFile): BuiltMatcher {
  const hit = index ? undefined : cache.get(identities);
  if (hit) return hit;
  const m = loadIndex(index ?? (shared ??= rawIndex as NameIndexFile));
  linkDataset(m, identities);
  for (const list of m.byTwo.values()) if (list.length > 1) list.sort((a, b) => b.keys.length - a.keys.length);
  for (const e of m.entities) {
    const o = ownerOf(e);
    m.byId.set(o.datasetId ?? o.key, o);
  }
  if (!index) cache.set(identities, m);
  return m;
}

/** The company a mention counts for: itself when in the dataset, else its nearest owner that is, else its top owner. */
export function ownerOf(e: NameEntity): NameEntity {
  let top = e;
  for (let p: NameEntity | null = e, depth = 0; p && depth < 8; p = p.parent, depth++) {
    if (p.datasetId) return p;
    top = p;
  }
  return top;
}

// ---- finding -------------------------------------------------------------------------------

type LineCase = 'normal' | 'title' | 'caps';

/** A headline in Title Case or a line in capitals: there a capital says nothing about a name. */
function lineCase(tokens: Token[], names: Set<number>): LineCase {
  let words = 0, capital = 0, upper = 0;
  for (const [i, t] of tokens.entries()) {
    const c0 = t.raw.charCodeAt(0);
    if (t.raw.length < 4 || (c0 >= 48 && c0 <= 57) || names.has(i)) continue;
    words++;
    if (t.case !== 'lower') capital++;
    if (t.case === 'upper') upper++;
  }
  if (words < 3) return 'normal';
  if (upper / words >= 0.75) return 'caps';
  return capital / words >= 0.75 ? 'title' : 'normal';
}

const EXCHANGE_RE =
  /\b(NYSE(?:\s(?:American|Arca|MKT))?|NASDAQ(?:GS|GM|CM)?|Nasdaq(?:GS|GM|CM)?|LSE|LON|TSXV?|ASX|NSE|BSE|TSE|TYO|XETRA|ETR|FRA|OTC(?:QX|QB)?|HKEX|HKG|SGX|Euronext|EPA|AMS|SIX|SWX|BME|BIT|KRX|JSE|CBOE)\s?:\s?([A-Z0-9][A-Z0-9.-]{0,9})\b/g;
const exchangeOf = (e: string): string => {
  const u = e.toUpperCase();
  if (u.startsWith('NASDAQ')) return 'NASDAQ';
  if (u.startsWith('NYSE')) return 'NYSE';
  if (u.startsWith('OTC')) return 'OTC';
  return u;
};

interface Hit {
  c: Candidate;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** The first word of a name that says what the company is, in the languages that capitalise only a name's first word
 * ("la Société générale a annoncé la suppression de 1 800 postes", "le Crédit agricole", "la Caisse d'épargne"): the
 * words after it may be written in lower case. */
const LOWER_REST_AFTER = new Set(['societe', 'credit', 'caisse', 'banque', 'compagnie', 'banco', 'banca', 'caixa', 'cassa', 'companhia', 'compania']);

/** Each word capitalised (or as the index writes it: "eBay"); an acronym in capitals ("NOV", not "Nov."). */
function caseFits(c: Candidate, tokens: Token[], i: number, caps: boolean): boolean {
  const lowerRest = c.keys.length > 1 && tokens[i]!.case === 'title' && LOWER_REST_AFTER.has(tokens[i]!.key);
  return c.keys.every((k, j) => {
    const t = tokens[i + j]!;
    const canon = c.canon[j]!;
    if (CONNECTORS.has(k) || t.raw === canon) return true;
    // An acronym in capitals ("NOV", not "Nov."); a longer word after the first may be written either way ("ABN Amro").
    // A dataset company's acronym written as a name ("Sap taglia", "Ibm", "Hp": Italian papers write them so) is
    // read too, but only as a name that needs context (see `titled` in findNames).
    if (canon.length > 1 && canon === canon.toUpperCase() && /\p{L}/u.test(canon)) {
      return t.case === 'upper' || caps || (j > 0 && canon.length >= 4 && t.case !== 'lower') ||
        (c.keys.length === 1 && t.case === 'title' && c.targets.some((x) => x.entity.datasetId !== null));
    }
    // "API" is an acronym, not "APi Group"; a line of capitals says nothing.
    if (t.case === 'upper' && !caps && t.raw.length <= 4) return false;
    return t.case !== 'lower' || (j > 0 && lowerRest);
  });
}

function fits(c: Candidate, tokens: Token[], i: number, caps: boolean): boolean {
  if (i + c.keys.length > tokens.length) return false;
  for (let j = 1; j < c.keys.length; j++) if (tokens[i + j]!.key !== c.keys[j] || tokens[i + j - 1]!.possessive) return false;
  return caseFits(c, tokens, i, caps);
}

/** German articles after which an adjective opening a name is declined: "der Deutschen Telekom", "bei der Deutschen Bank". */
const DECLINING = new Set(['der', 'des', 'dem', 'den', 'einer', 'eines', 'einem', 'zur', 'zum', 'beim', 'vom']);
/** The name's first word as the index writes it, where a German article before it declined it ("Deutschen" → "deutsche"). */
function undeclined(tokens: Token[], i: number): string | undefined {
  const prev = tokens[i - 1];
  const t = tokens[i]!;
  return prev && DECLINING.has(prev.key) && t.case === 'title' ? /^(\p{L}+e)[nrs]$/u.exec(t.key)?.[1] : undefined;
}

/** The name of two or more words whose first word's key is `key` and whose second is the next token, where it fits. */
function startingWith(m: NameMatcher, key: string, second: Token, tokens: Token[], i: number, caps: boolean): Candidate | undefined {
  if (!m.multiFirst.has(key)) return undefined;
  const list = m.byTwo.get(`${key} ${second.key}`);
  if (list) for (const x of list) if (fits(x, tokens, i, caps)) return x;
  return undefined;
}

function namesIn(tokens: Token[], m: NameMatcher, caps: boolean): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i]!;
    if (first.case === 'lower' && !m.lowerFirst.has(first.key)) { i++; continue; }
    const second = tokens[i + 1];
    let c: Candidate | undefined;
    if (second) {
      const declined = undeclined(tokens, i);
      if (declined) c = startingWith(m, declined, second, tokens, i, caps);
      c ??= startingWith(m, first.key, second, tokens, i, caps);
    }
    if (!c) {
      const one = m.byKey.get(first.key);
      if (one && one.keys.length === 1 && fits(one, tokens, i, caps)) c = one;
    }
    if (!c) { i++; continue; }
    const last = i + c.keys.length - 1;
    hits.push({ c, first: i, last, start: tokens[i]!.start, end: tokens[last]!.end });
    i = last + 1;
  }
  return hits;
}

/** What may stand between a name and its ticker: "Acme, Inc. (NYSE: ACME)". */
const LEGAL_GAP = /^(?:,?\s(?:Inc|Corp|Co|Ltd|Limited|plc|PLC|AG|SE|N\.V|S\.A)\.?)?$/;

/** Only spaces (and one comma) between two tokens. */
const adjacent = (text: string, a: Token, b: Token): boolean => /^,?\s+$/.test(text.slice(a.end, b.start));
/** Only spaces: words of one name ("Vicki Brady", not "Drew Houston, Dropbox"). */
const touching = (text: string, a: Token, b: Token): boolean => /^ +$/.test(text.slice(a.end, b.start));

/** "Acme Widgets" before a legal form or a ticker: up to four capitalised words, no possessive. */
function nameBefore(text: string, tokens: Token[], at: number, taken: Set<number>): { first: number; last: number } | null {
  let first = at + 1;
  for (let i = at; i >= 0 && at - i < 4; i--) {
    const t = tokens[i]!;
    if (taken.has(i) || t.case === 'lower' || t.possessive || isLegalForm(t.raw) || !/^[\p{L}&]/u.test(t.raw)) break;
    if (i < at && !touching(text, t, tokens[i + 1]!)) break;
    first = i;
  }
  while (first <= at && (tokens[first]!.key === 'the' || tokens[first]!.raw === '&')) first++;
  return first <= at ? { first, last: at } : null;
}

const slug = (s: string): string => normalizeKey(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

interface Pending { hit: Hit; targets: Target[]; sentence: number; text: string }

export interface FindOptions {
  /** The text is a name already (a site's name, "About Amazon"): its words need no context. */
  isName?: boolean;
  /** Also return the ordinary-word names no context confirmed, as `weak`: "Amazon taglia 14.000
   * posti" names Amazon by its place before the cut, which only the detector can see. */
  weak?: boolean;
}

/** Company mentions in sentences, in page order. */
/** A German or Dutch compound of a name and what of it is meant ("Lufthansa-Konzern", "Allianz-Tochter",
 * "SAP-Chef", "Klarna-CEO", "Achmea-bestuursvoorzitter", "Philips-personeel") names the company: its head is read as
 * the word. */
const COMPOUND_TAIL = /^(.+)-(?:Konzern|Gruppe|Tochter|Mutter|Chef|Chefin|Vorstandschef|Vorstandschefin|CEO|ceo|Manager|Managerin|Vorstand|Sprecher|Sprecherin|Aktie|Aktien|Mitarbeiter|Mitarbeitende|Beschäftigte|Belegschaft|Management|Zentrale|Standort|Werk|Betriebsrat|topman|topvrouw|bestuursvoorzitter|directeur|woordvoerder|woordvoerster|medewerkers|personeel|aandeel)$/u;
/** A Reuters instrument code that lost its space to the name ("Der Tech-Riese AmazonAMZN.O streicht…"): the name
 * is read as the word, and the code says it is a listed company, as it does apart. */
const GLUED_RIC = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{N}]*\p{Ll})${RIC.source.slice(1)}`, 'u');
function compoundHead(t: Token): Token {
  const head = t.raw.includes('-') ? COMPOUND_TAIL.exec(t.raw)?.[1] : t.raw.includes('.') ? GLUED_RIC.exec(t.raw)?.[1] : undefined;
  if (!head) return t;
  const lower = head.toLowerCase();
  const read: Token = { ...t, raw: head, key: normalizeKey(head, lower), end: t.start + head.length, possessive: false, case: caseOf(head, lower) };
  COMPOUNDS.add(read);
  return read;
}
/** Heads of such compounds (and names with a code glued on): the compound itself says "company", as a legal form would. */
const COMPOUNDS = new WeakSet<Token>();

export function findNames(sentences: readonly { text: string; index: number }[], m: NameMatcher, options: FindOptions = {}): NameMention[] {
  const out: NameMention[] = [];
  const pending: Pending[] = [];
  const weak: Pending[] = [];
  let budget = MAX_TOKENS;
  const mention = (e: NameEntity, term: string, sentence: number, at: number, how: MentionHow, brand = false): NameMention => {
    const o = ownerOf(e);
    return { id: o.datasetId ?? o.key, name: o.name, datasetId: o.datasetId, entity: e, term, sentence, at, how, ...(brand ? { brand } : {}) };
  };

  /** Whether the sentence before ended with a company's name (and its legal form). */
  let nameEndedLast = false;
  /** Two capitalised words the page's ordinary sentences read as one longer name ("the Washington Post"), and the
   * mentions a Title Case or capitals line gave the second of such a pair ("Washington Post Cuts One Third of Staff"),
   * where a capital says nothing: there too they are that longer name, not the company "Post". */
  const longerNames = new Set<string>();
  const inTitledPair = new Map<NameMention, string>();
  for (const s of sentences) {
    if (budget <= 0) break;
    const outBefore = out.length;
    const tokens = tokenize(s.text, budget).map(compoundHead);
    budget -= tokens.length;
    // Past the token cap the text is not read at all.
    const text = budget > 0 ? s.text : s.text.slice(0, (tokens[tokens.length - 1]?.end ?? 0) + AFTER_WINDOW);
    // "NYSE: XYZ" is a ticker, not a mention of the exchange's owner (a sentence without a colon has none:
    // not searched, as the pattern's word boundary before a long alternation is slow to scan for).
    const tickers = text.includes(':') ? [...text.matchAll(EXCHANGE_RE)] : [];
    const tickerSpans = tickers.map((t) => [t.index, t.index + t[0].length] as const);
    const caps = tokens.filter((t) => t.raw.length > 3 && t.case === 'upper').length > tokens.length / 2;
    const hits = namesIn(tokens, m, caps).filter((h) => !tickerSpans.some(([a, b]) => h.start < b && h.end > a));
    const taken = new Set<number>();
    for (const h of hits) for (let i = h.first; i <= h.last; i++) taken.add(i);
    // Names left out: a sentence naming five companies is not a Title Case headline.
    const lc = lineCase(tokens, taken);
    /** A legal form right after token i ("Snap Inc.", "AMAZON.COM, INC."); "AG" or "SE" only
     * when no capitalised word follows ("New York AG Letitia James" is an attorney general). */
    const legalAfter = (i: number): boolean => {
      const t = tokens[i]!, n = tokens[i + 1], nn = tokens[i + 2];
      if (!n || t.possessive || !adjacent(text, t, n) || !(isLegalForm(n.raw) || n.raw === 'Co')) return false;
      return !((SHORT_FORMS.has(n.raw) || n.raw === 'Co') && nn && nn.case !== 'lower' && adjacent(text, n, nn));
    };

    // Tickers: the name right before "(NYSE: XYZ)" is a listed company; a ticker alone names one.
    const tickered = new Set<Hit>();
    for (const t of tickers) {
      const entity = m.tickers.get(`${exchangeOf(t[1]!)}:${t[2]}`) ?? null;
      const leadEnd = text.slice(0, t.index).replace(/[\s,(]*$/, '').length;
      const before = hits.find((h) => h.end <= leadEnd && LEGAL_GAP.test(text.slice(h.end, leadEnd)));
      if (before) { tickered.add(before); continue; }
      // "Ridgeline Insurance Group, Inc. | (NYSE: RIG) today announced": the splitter ended the
      // sentence at "Inc."; the ticker is the name's that ended the sentence before, found there.
      if (leadEnd === 0 && nameEndedLast) continue;
      // The capitalised words before it, legal form aside: "Standard Chartered PLC (LSE: STAN)".
      let last = -1;
      for (let i = 0; i < tokens.length && tokens[i]!.end <= leadEnd; i++) last = i;
      if (last >= 0 && tokens[last]!.end !== leadEnd) last = -1;
      while (last > 0 && isLegalForm(tokens[last]!.raw)) last--;
      const run = last >= 0 ? nameBefore(text, tokens, last, taken) : null;
      // A ticker alone names its company; beside another name it is that name's (a ticker we
      // know under another company's name is not trusted: no figures rather than the wrong ones).
      if (entity && !run) { out.push(mention(entity, t[0], s.index, t.index, 'ticker')); continue; }
      if (run) {
        const term = text.slice(tokens[run.first]!.start, tokens[run.last]!.end);
        out.push({ id: `org:${slug(term)}`, name: term, datasetId: null, entity: null, term, sentence: s.index, at: tokens[run.first]!.start, how: 'ticker' });
        for (let i = run.first; i <= run.last; i++) taken.add(i);
      }
    }

    for (const h of hits) {
      const after = text.slice(h.end, h.end + AFTER_WINDOW);
      const before = text.slice(Math.max(0, h.start - BEFORE_WINDOW), h.start);
      const suffix = legalAfter(h.last);
      const next = tokens[h.last + 1];
      const ric = next !== undefined && RIC.test(next.raw) && touching(text, tokens[h.last]!, next);
      const cue = ric || COMPOUNDS.has(tokens[h.last]!) || (lc === 'normal' ? AFTER_RE : AFTER_RE_ANY_CASE).test(after) || BEFORE_RE.test(before);
      // "Brady said" is a person: for a name the dictionary knows as a name, speech is no context.
      const cueNotSpeech = cue && (NOT_SPEECH_RE.test(after) || BEFORE_RE.test(before));
      const atStart = h.first === 0 || /[“"‘(:]\s*$/.test(before);
      // "Ms Brady said", "Vicki Brady", "Meridian Insurance", "Times Square": one word of a longer
      // name is not that company, whatever follows (a legal form or ticker aside).
      const prev = tokens[h.first - 1];
      const single = h.first === h.last;
      // A site's name may go on ("Dropbox Blog") but not start before ("The Motley Ledger").
      // "says Werner", "Stuart R. Kaplan": a person, in any line.
      const person = single && !suffix && !tickered.has(h) && prev !== undefined &&
        // …unless a company's act follows ("Benioff says Salesforce cut 4,000 roles").
        ((SPEAKER_BEFORE.has(prev.key) && touching(text, prev, tokens[h.first]!) && !NOT_SPEECH_RE.test(after)) ||
          (/^\p{Lu}$/u.test(prev.raw) && text.slice(prev.end, tokens[h.first]!.start) === '. '));
      // An article before an acronym is the article, capitalised or not: "a A HP possui…", "Foto: Canva A HP, uma das…".
      const articleBefore = prev !== undefined && FUNCTION_WORDS.has(prev.key) && tokens[h.first]!.case === 'upper';
      // A count before a name is no part of it: "Some 6000 NAB employees will be made redundant".
      const prevJoined = single && prev !== undefined && prev.case !== 'lower' && !/^\p{N}+$/u.test(prev.raw) && !CONNECTORS.has(prev.key) && !KIND_HEAD.test(prev.key) && !FIELDS.has(prev.raw) &&
        !articleBefore && !prev.possessive && !prev.raw.includes('-') && touching(text, prev, tokens[h.first]!);
      const pair = prevJoined && /^\p{Lu}\p{Ll}/u.test(prev!.raw) && !OPENERS.has(prev!.key) && !FUNCTION_WORDS.has(prev!.key) ? `${prev!.key} ${tokens[h.first]!.key}` : null;
      const inName = person || single && lc === 'normal' && !suffix && !tickered.has(h) && (
        (prevJoined && !(h.first === 1 && (OPENERS.has(prev!.key) || isEverydayWord(prev!.raw)))) ||
        (!options.isName && next !== undefined && next.case !== 'lower' && !CONNECTORS.has(next.key) && !SITE_WORDS.has(next.key) && !NOT_NAME_NEXT.test(next.raw) && !ric && touching(text, tokens[h.last]!, next) &&
          !AFTER_RE_ANY_CASE.test(after)));
      // A month or weekday right after a capitalised owner is the date of its act: "supermarket group Sainsbury’s
      // Thursday announced plans…" (Thursday, the dating app, is not in it).
      const dated = single && prev !== undefined && prev.possessive && prev.case !== 'lower' && isEverydayWord(tokens[h.first]!.raw) && /^['’]s?\s$/u.test(text.slice(prev.end, tokens[h.first]!.start));
      if (dated) continue;
      if (inName && pair && !person) longerNames.add(pair);
      if (inName || (single && !suffix && !tickered.has(h) && FUNCTION_WORDS.has(tokens[h.first]!.key))) continue;
      const firstTok = tokens[h.first]!;
      const canon0 = h.c.canon[0]!;
      const titled = single && firstTok.case === 'title' && canon0.length > 1 && canon0 === canon0.toUpperCase();
      const strongTargets = h.c.targets.filter((t) => {
        if (titled && !t.entity.datasetId) return false;
        if (tickered.has(h) || suffix || options.isName) return true;
        if (cue && (!t.named || cueNotSpeech)) return true;
        if (titled) return false;
        // A line in capitals says nothing about one word ("A TIKTOK È PARTITA LA “GRANDE SOSTITUZIONE”"): a name no
        // dataset holds, written as a word, needs context there.
        if (lc === 'caps' && single && !t.entity.datasetId && canon0 !== canon0.toUpperCase()) return false;
        // "SAP" in capitals is the company, "sap" the word; an acronym ("RPC") stays ambiguous.
        if (t.word) return !t.named && firstTok.case === 'upper' && canon0 === firstTok.raw && lc === 'normal' && firstTok.raw.length > 2;
        if (t.phrase) return lc === 'normal';
        return true;
      });
      const ordinary = (t: Target): boolean => t.word || t.phrase;
      // With company context, a company's own name beats another's product of the same name.
      const chosen = strongTargets.length ? (strongTargets.find((t) => !t.brand) ?? strongTargets[0]!) : null;
      const term = text.slice(h.start, h.end);
      if (chosen) {
        const how: MentionHow = tickered.has(h) ? 'ticker' : suffix ? 'suffix' : ordinary(chosen) ? (cue ? 'context' : 'name') : chosen.brand ? 'brand' : 'name';
        const found = mention(chosen.entity, term, s.index, h.start, how, chosen.brand);
        if (pair && lc !== 'normal' && !suffix && !tickered.has(h)) inTitledPair.set(found, pair);
        out.push(found);
      } else if (!atStart && lc === 'normal') {
        pending.push({ hit: h, targets: h.c.targets, sentence: s.index, text });
      } else if (options.weak) {
        weak.push({ hit: h, targets: h.c.targets, sentence: s.index, text });
      }
    }

    // A legal form after capitalised words no list has: "Commerzbank AG", "Baker McKenzie LLP".
    tokens.forEach((t, i) => {
      // "McKinsey & Company": the name is before the "&".
      const amp = (t.raw === 'Company' || t.raw === 'Co') && tokens[i - 1]?.raw === '&' ? 1 : 0;
      // "Co" alone too, as the lists write it: "Fukoku Mutual Life Insurance Co believes…" (not "Co Durham").
      if ((!isLegalForm(t.raw) && !amp && t.raw !== 'Co') || taken.has(i) || i - amp < 1) return;
      if (amp ? !adjacent(text, tokens[i - 2]!, tokens[i - 1]!) : !legalAfter(i - 1)) return;
      // A known name owns its legal form, descriptive words between ("Goldman Sachs Group, Inc.").
      let owner = i - amp - 1;
      while (owner > 0 && DESCRIPTIVE.has(tokens[owner]!.key) && !taken.has(owner)) owner--;
      if (taken.has(owner)) return;
      // "Sumitomo Mitsui Banking Corporation": a known word inside an unknown name is not that company.
      const run = nameBefore(text, tokens, i - amp - 1, new Set());
      if (!run) return;
      const term = text.slice(tokens[run.first]!.start, tokens[amp ? i : run.last]!.end);
      const from = tokens[run.first]!.start;
      for (let k = out.length - 1; k >= 0 && out[k]!.sentence === s.index; k--) {
        if (out[k]!.at >= from && out[k]!.at < tokens[i]!.start) out.splice(k, 1);
      }
      out.push({ id: `org:${slug(term)}`, name: term, datasetId: null, entity: null, term, sentence: s.index, at: tokens[run.first]!.start, how: 'suffix' });
    });
    const lastHere = out.slice(outBefore).reduce<NameMention | undefined>((a, o) => (!a || o.at > a.at ? o : a), undefined);
    const rest = lastHere ? text.slice(lastHere.at + lastHere.term.length) : '';
    nameEndedLast = lastHere !== undefined && /^(?:,?\s*(?:Inc|Corp|Co|Ltd|Limited|plc|PLC|LLC|AG|SE|N\.V|S\.A)\.?)?[\s.,]*$/.test(rest);
  }

  // An ordinary word capitalised mid-sentence counts where the page names that company plainly.
  // The owner named in the same sentence wins ("Google launched Gemini"), then any on the page.
  const confirmed = new Set(out.map((o) => o.id));
  const bySentence = new Map<number, Set<string>>();
  for (const o of out) bySentence.set(o.sentence, (bySentence.get(o.sentence) ?? new Set()).add(o.id));
  for (const p of pending) {
    const here = bySentence.get(p.sentence) ?? new Set<string>();
    const ids = p.targets.map((t) => mention(t.entity, '', 0, 0, 'page').id);
    const pick = ids.findIndex((id) => here.has(id));
    const t = p.targets[pick >= 0 ? pick : ids.findIndex((id) => confirmed.has(id))];
    if (t) out.push(mention(t.entity, p.text.slice(p.hit.start, p.hit.end), p.sentence, p.hit.start, 'page', t.brand));
    else if (options.weak) weak.push(p);
  }
  for (const p of weak) {
    const t = p.targets.find((x) => !x.brand) ?? p.targets[0];
    if (t) out.push(mention(t.entity, p.text.slice(p.hit.start, p.hit.end), p.sentence, p.hit.start, 'weak', t.brand));
  }
  return out.filter((o) => !longerNames.has(inTitledPair.get(o) ?? '')).sort((a, b) => a.sentence - b.sentence || a.at - b.at);
}
