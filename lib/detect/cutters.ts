// Which company a page says is cutting. The subject of a cut: the company named before the cut in
// a cut sentence (the headline's first), the company a "the company"/"it" sentence points back
// to, the speaker named after it ("…, Salesforce said"), the author of its own memo, release or
// filing; and where no list knows the name, the capitalised name that opens the headline's cut
// ("Baker McKenzie to cut…"). A company only compared with, quoted as an analyst, or named
// further down is never the one cutting: another company's figures beside a story is the worst
// failure, so without a clear cutter there is none.
import type { Mention } from './companies';
import { firmCut, type SentenceRead } from './features';

/** How the cutter was found, for the CLI and the tests. */
export type CutterHow = 'headline' | 'opening' | 'reason' | 'body' | 'pointed-back' | 'speaker' | 'publisher' | 'unknown-name';

export interface Cutter {
  /** A mention's id, or `name:<words>` for a name no list knows. */
  id: string;
  name: string;
  how: CutterHow;
  /** The cut sentences that are this company's (its own, or naming no other company as cutting). */
  sentences: number[];
}

/** The company cutting, and any other the headline or opening itself names as the subject of its
 * own cuts ("Salesforce and Workday…", then "Salesforce has cut 4,000 jobs"): each its own panel. */
export interface Cutters extends Cutter {
  alongside: Cutter[];
}

/** Sentences that speak of the one before them ("The company said…", "It will…"). */
const POINTS_BACK =
  /^\W*(?:the (?:company|firm|group|bank|lender|retailer|carrier|airline|insurer|chipmaker|startup|business|giant|operator|platform)|it|he|she|they|das unternehmen|der konzern|die bank|l'entreprise|le groupe|la banque|la empresa|la compañía|el banco|het bedrijf|de bank|l'azienda|il gruppo|la banca|a empresa|o banco|o grupo)\b/i;
/** A company named as the speaker after the fact: "…, Salesforce CEO Marc Benioff said". */
const SPEAKER_AFTER = /^(?:['’]s?\s)?[^.;]{0,30}\b(?:said|says|told|wrote|announced|confirmed|CEO|chief|spokes\w+|sagte|erklärte|teilte|a annoncé|a déclaré|anunció|dijo|zei|meldt|ha annunciato|anunciou|disse)\b/i;
/** Named as someone else's analyst, partner, rival, model or comparison: "like Amazon", "analysts at Jefferies". */
const NOT_THE_CUTTER =
  /\b(?:analysts?|economists?|strategists?|researchers?|research) (?:at|from|with)\s+(?:\S+\s+){0,1}$|\b(?:according to|rivals?|competitors?|partners?|partnership with|customers?|clients?|investors?|backed by|owned by|stake in|deal with|venture with|unlike|like|such as|including|similar to|following|after|joins|joining|as did|using|via|wie|comme|como|zoals|come|to|for|from|with|into|than|an|zu|für|mit|à|pour|avec|para|con|naar|voor|met|per)\s+$/i;
/** Named as what backs or owns the cutter, not as the cutter: "Walmart-backed PhonePe", "Amazon-owned Zappos". */
const NOT_THE_CUTTER_AFTER = /^(?:['’]s)?-(?:backed|owned|funded|based|listed|led|style|like|era)\b|^\s+(?:rival|competitor|partner|investor|customer|client)s?\b/i;
/** How far back before a cut a name may sit and still be its subject (characters; German puts much between). */
const SUBJECT_CHARS = 160;
/** One of a list after "like", "such as", "wie"…: "companies like Amazon, Pinterest and Dow". */
const IN_A_LIST = /\b(?:like|such as|including|among them|wie|darunter|etwa|comme|dont|como|entre ellas|zoals|waaronder|come|tra cui|incluindo|como a|como o)\s+(?:[\p{Lu}][\p{L}\p{N}.&'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&'’-]*)*\s*(?:,(?:\s*(?:and|und|et|y|e|en)\b)?|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*)*$/u;
/** The company after the cut, where it happens: "layoffs at Amazon", "Stellenabbau bei SAP", "licenciements chez HP". */
const AT_COMPANY = /(?:\bat|\bbei|\bchez|\ben|\bbij|\bpresso|\bin|\bna|\bno|\bda|\bdi|\bvon|\bde)\s+(?:der\s|die\s|dem\s|la\s|le\s|el\s|de\s|het\s)?$/i;
/** How far after the cut words such a place may be named (characters). */
const AT_CHARS = 40;

const WEIGHT: Record<SentenceRead['where'], number> = { title: 5, lead: 3, body: 1 };
const REASON_WEIGHT = 2;
const PUBLISHER_WEIGHT = 6;
/** Cut sentences read for their subject, in page order. */
const CUT_SENTENCES = 6;

/** An ordinary-word name ("Amazon", "Meta") this close before the cut is its subject: "Amazon taglia…". */
const WEAK_SUBJECT_GAP = /^[\s,]*(?:\S+\s+){0,2}$/u;
const WEAK_OPENING_CHARS = 100;

/** An ordinary-word name right before the cut, or opening the sentence that states it ("DBS plans to …, reducing roles"). */
function weakSubject(r: SentenceRead, weak: Mention[]): Mention | null {
  const cutAt = r.cutAt ?? -1;
  return weak.find((m) => m.sentence === r.s.index && m.at < cutAt &&
    (WEAK_SUBJECT_GAP.test(r.s.text.slice(m.at + m.term.length, cutAt)) || (m.at <= 2 && cutAt - m.at <= WEAK_OPENING_CHARS))) ?? null;
}

/** Named in passing: compared with, listed, an analyst's firm, an owner or backer. */
function passingIn(text: string, m: Mention): boolean {
  return NOT_THE_CUTTER.test(text.slice(Math.max(0, m.at - 40), m.at)) || IN_A_LIST.test(text.slice(Math.max(0, m.at - 80), m.at)) ||
    NOT_THE_CUTTER_AFTER.test(text.slice(m.at + m.term.length, m.at + m.term.length + 20));
}

function subjectOf(r: SentenceRead, mentions: Mention[], weak: Mention[]): Mention | null {
  if (r.cutAt === null) return null;
  const cutAt = r.cutAt;
  const mine = mentions.filter((m) => m.sentence === r.s.index);
  if (!mine.length) {
    const w = weakSubject(r, weak);
    return w && !passingIn(r.s.text, w) ? w : null;
  }
  const text = r.s.text;
  const passing = (m: Mention) => passingIn(text, m);
  const before = mine.filter((m) => m.at < cutAt && cutAt - m.at <= SUBJECT_CHARS && !passing(m));
  if (before.length) return before[before.length - 1]!;
  const weakBefore = weakSubject(r, weak);
  if (weakBefore && !passing(weakBefore)) return weakBefore;
  const after = mine.filter((m) => m.at > cutAt && !passing(m));
  return (
    after.find((m) => m.at - cutAt <= AT_CHARS && AT_COMPANY.test(text.slice(Math.max(0, m.at - 12), m.at))) ??
    after.find((m) => SPEAKER_AFTER.test(text.slice(m.at + m.term.length))) ??
    null
  );
}

// A run of capitalised words opening the sentence, right before its cut: a name no list has.
const OPENING_NAME = /^(?:[A-Z][A-Za-z]+\s*[-–:|]\s*)?(?:(?:The|Die|Der|Das|Le|La|Les|El|Los|Las|Het|De|Il|Lo|O|A|Os|As)\s+)?((?:[A-Z][\p{L}\p{N}.&'’-]*)(?:\s+(?:[A-Z][\p{L}\p{N}.&'’-]*|&|de|van|von|der|y|e|and))*)\s+(?:\S+\s+){0,4}$/u;
/** Capitalised words that open a headline without naming an employer. */
const NOT_A_NAME = new Set([
  'the', 'a', 'an', 'this', 'why', 'how', 'what', 'when', 'after', 'as', 'more', 'tech', 'big', 'ai', 'report', 'study',
  'exclusive', 'breaking', 'update', 'opinion', 'analysis', 'watch', 'live', 'video', 'news', 'layoffs', 'jobs', 'bank',
  'banks', 'company', 'companies', 'firm', 'firms', 'government', 'startup', 'employers', 'workers', 'staff', 'ceo',
  'die', 'der', 'das', 'le', 'la', 'les', 'el', 'los', 'las', 'de', 'het', 'il', 'lo', 'o', 'os', 'as', 'um', 'uma',
  'un', 'une', 'ein', 'eine', 'us', 'uk', 'eu', 'u.s.', 'new', 'global', 'major', 'another', 'other', 'several', 'many',
  'konzern', 'unternehmen', 'firma', 'gruppe', 'versicherer', 'regierung', 'behörde', 'groupe', 'entreprise', 'banque',
  'empresa', 'compañía', 'banco', 'grupo', 'bedrijf', 'concern', 'azienda', 'gruppo', 'banca', 'società', 'governo',
]);

/** Words that end a headline's opening run without being part of the name ("HSBC AI job cuts"). */
const NOT_IN_NAME = new Set(['ai', 'ki', 'ia', 'a.i.', 'genai', 'tech', 'news', 'plans', 'says', 'to', 'will']);

/** A name no list knows, opening a cut sentence, that the page repeats elsewhere inside a sentence
 * (a capital that only ever opens sentences is a word: "Beyond", "Während"). */
const slug = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function unknownOpeningName(r: SentenceRead, others: string[], url: string): string | null {
  if (r.cutAt === null || r.flags.named) return null;
  const m = OPENING_NAME.exec(r.s.text.slice(0, r.cutAt));
  const words = m?.[1]?.trim().split(/\s+/) ?? [];
  while (words.length && NOT_IN_NAME.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (!words.length || words.length > 4 || NOT_A_NAME.has(words[0]!.toLowerCase()) || /^(?:AI|KI|IA)\b/.test(words[0]!)) return null;
  const name = words.join(' ');
  // Two words or a name's own shape ("McKenzie", "Crypto.com") may repeat anywhere; one plain
  // capitalised word only inside a sentence, and never written in lower case ("Beyond", "beyond").
  const shaped = words.length > 1 || /\p{L}\p{Lu}|[.&\d]/u.test(name);
  if (!shaped && others.some((t) => new RegExp(`(?<![\\p{L}])${name.toLowerCase()}(?![\\p{L}])`, 'u').test(t))) return null;
  // The page's own address naming it ("…/baker-mckenzie-to-cut-jobs") says the same.
  if (`-${slug(url)}-`.includes(`-${slug(name)}-`)) return name;
  return others.some((t) => (shaped ? t.includes(name) : t.indexOf(name) > 0)) ? name : null;
}

/** Between a company and its cut, the words of its own plan: "plans to", "will", "prévoit", "plant"… */
const PLAN = /\b(?:plans?|planning|planned|intends?|is set to|are set to|will|to|expects? to|announced|prévoit|prévoir|envisage|compte|va|plant|wird|soll|sollen|planea|prevé|va a|anunció|wil|gaat|is van plan|prevede|intende|annuncia|planeja|prevê|vai|anuncia)\b/i;
/** …and not a forecast's: "could", "may", "könnte", "pourrait"… */
const FORECAST = /\b(?:could|may|might|would|can|könnte|könnten|dürfte|pourrait|pourraient|podría|podrían|zou|zouden|kunnen|potrebbe|potrebbero|poderia|poderiam|warn\w*|predict\w*|forecast\w*|says?|said)\b/i;

/** A hedged cut up top that is the named company's own plan. */
function ownPlan(r: SentenceRead, mentions: Mention[], weak: Mention[]): boolean {
  const f = r.flags;
  if (r.where === 'body' || !f.cut || !f.hedgedCut || f.negatedCut || f.manySubject || r.cutAt === null) return false;
  const subject = subjectOf(r, mentions, weak);
  if (!subject || subject.at >= r.cutAt) return false;
  const between = r.s.text.slice(subject.at + subject.term.length, r.cutAt);
  return PLAN.test(between) && !FORECAST.test(between);
}

export interface CutterInput {
  reads: SentenceRead[];
  /** Names found with company context. */
  mentions: Mention[];
  /** Ordinary-word names no context confirmed: a cut's subject only right before it. */
  weak: Mention[];
  /** The site's own company, on its memo, release, filing or blog. */
  publisher: Mention | null;
  url: string;
}

/** The company cutting, or null when the page does not say clearly. */
export function findCutter({ reads, mentions, weak, publisher, url }: CutterInput): Cutters | null {
  const weights = new Map<string, { weight: number; name: string; how: CutterHow }>();
  const add = (id: string, name: string, weight: number, how: CutterHow) => {
    const e = weights.get(id);
    if (e) e.weight += weight;
    else weights.set(id, { weight, name, how });
  };
  const byIndex = new Map(reads.map((r) => [r.s.index, r]));
  const cutterOf = new Map<number, Mention>();
  /** Sentences whose cutter is their own named subject (not one pointed back to). */
  const bySubject = new Set<number>();
  const firm = reads.filter(firmCut);
  // Where no firm cut names its subject, a company's own plan up top does ("HP prévoit la
  // suppression de 4 000 postes"); someone's forecast ("AI could replace…") never does.
  const planned = firm.some((r) => subjectOf(r, mentions, weak)) ? [] : reads.filter((r) => ownPlan(r, mentions, weak));
  const cuts = [...planned, ...firm].sort((a, b) => a.s.index - b.s.index).slice(0, CUT_SENTENCES);
  for (const r of cuts) {
    let subject = subjectOf(r, mentions, weak);
    let how: CutterHow = r.where === 'title' ? 'headline' : r.where === 'lead' ? 'opening' : 'body';
    if (!subject && POINTS_BACK.test(r.s.text)) {
      // "The company …": the cutter named before it, else the company the opening last named.
      const earlier = [...cutterOf.entries()].filter(([i]) => i < r.s.index).pop()?.[1] ??
        mentions.filter((m) => m.sentence < r.s.index && byIndex.get(m.sentence)?.where !== 'body').pop();
      if (earlier) [subject, how] = [earlier, 'pointed-back'];
    }
    if (subject) {
      if (how !== 'pointed-back') bySubject.add(r.s.index);
      cutterOf.set(r.s.index, subject);
      add(subject.id, subject.name, WEIGHT[r.where] + (r.flags.link || r.flags.aiSubject ? REASON_WEIGHT : 0), how);
    } else if (r.where !== 'body') {
      const name = unknownOpeningName(r, reads.filter((x) => x !== r && x.s.text !== r.s.text).map((x) => x.s.text), url);
      // The same company the page names elsewhere with its legal form ("Acme" and "Acme Corp").
      const known = name ? mentions.find((m) => slug(m.term).startsWith(slug(name)) || slug(m.name).startsWith(slug(name))) : undefined;
      if (known) add(known.id, known.name, WEIGHT[r.where], r.where === 'title' ? 'headline' : 'opening');
      else if (name) add(`name:${name.toLowerCase()}`, name, WEIGHT[r.where], 'unknown-name');
    }
  }
  // The site's company is the author when the text names it too, or names no company up top (an
  // intranet or a blog host is not the company whose memo it carries).
  const topNamed = mentions.filter((m) => byIndex.get(m.sentence)?.where !== 'body');
  if (publisher && (mentions.some((m) => m.id === publisher.id) || !topNamed.length)) add(publisher.id, publisher.name, PUBLISHER_WEIGHT, 'publisher');
  const ranked = [...weights.entries()].sort((a, b) => b[1].weight - a[1].weight);
  const own = (id: string) => cuts.filter((r) => (cutterOf.get(r.s.index)?.id ?? id) === id).map((r) => r.s.index);
  const [best, second] = ranked;
  if (!best) return null;
  // Two companies cutting with equal weight: the page does not say which one it is about.
  if (second && second[1].weight === best[1].weight) return null;
  // Named only further down, the "cutter" is a passing mention.
  const top = cuts.some((r) => r.where !== 'body' && (cutterOf.get(r.s.index)?.id === best[0] || best[1].how === 'unknown-name'));
  if (!top && best[1].how !== 'publisher' && !byIndex.get(0)?.s.text.includes(best[1].name)) return null;
  // Others cutting: named in the headline, and the named subject of a firm cut of their own in the
  // headline or opening; never through "the company" or a name no list knows.
  const inTitle = new Set(mentions.filter((m) => byIndex.get(m.sentence)?.where === 'title').map((m) => m.id));
  const alongside = ranked.slice(1).flatMap(([id, e]): Cutter[] => {
    const subjectUpTop = cuts.some((r) => r.where !== 'body' && bySubject.has(r.s.index) && cutterOf.get(r.s.index)?.id === id);
    return subjectUpTop && inTitle.has(id) ? [{ id, name: e.name, how: e.how, sentences: cuts.filter((r) => cutterOf.get(r.s.index)?.id === id).map((r) => r.s.index) }] : [];
  });
  return { id: best[0], name: best[1].name, how: best[1].how, sentences: own(best[0]), alongside };
}
