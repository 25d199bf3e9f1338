// What the classifier sees: per sentence, which concepts of the vocabulary it holds and how they
// stand to each other (a cut of jobs, AI as its cause, a denial, a forecast); per page, where
// those sentences sit (headline, opening, body) and how near the cut and its cause are.
// Pure functions of the text: the learned weights (model.ts) decide what each feature is worth.
import type { PageKind } from '../page/types';
import type { Sentence } from './sentences';
import type { Cutters, CutterHow } from './cutters';
import type { Hit } from './vocab/compile';
import type { Lang } from './vocab/define';
import { conceptHitsEach, type ConceptHits, type ConceptName } from './vocab';
import { COUNT_WORDS } from './vocab/count-words';
import { numberWordsSource, numberWordValue } from './number-words';

/** Sentences after the title that count as the opening. */
export const LEAD_SENTENCES = 5;
/** Only the top of a page is read: stories say what happened first. */
export const MAX_SENTENCES = 80;
/** A cut verb counts as a cut of jobs when a job word is this near (characters). */
const JOB_NEAR = 60;
/** "would" after a report of what a company said it will do is its plan in reported speech, not a hedge: "DeepL's
 * CEO posted on Thursday that the company would cut about 250 jobs", "Optus said it would cut 400 roles" (but
 * "Amodei said AI would eliminate half of entry-level jobs" stays a forecast: AI is not the company). */
const REPORTED_PLAN = /\b(?:said|says|announced|confirmed|told|wrote|posted|added|stated|disclosed)\b[^.;!?]{0,60}?\s(?:that\s+)?(?:it|they|we|the\s+(?:[\p{L}-]+\s+){0,3}(?:company|firm|bank|group|business|startup|retailer|carrier|insurer|lender|maker|platform|organi[sz]ation))\s+$/iu;
/** Dutch "zou" the same: "In 2023 kondigde het technologiebedrijf aan dat het ongeveer 8.000 functies zou schrappen",
 * "Vodafone zei dat het 11.000 werknemers zou ontslaan" (the verb comes last, so the subject's words run up to it). */
const REPORTED_PLAN_NL = /\b(?:aangekondigd|kondigde|kondigt|aankondigde|meldde|meldt|zei|zegt|bevestigde|liet\s+weten|maakte\s+bekend)\b[^.;!?]{0,80}?\bdat\s+(?:het|ze|zij|de\s+[\p{L}-]+|het\s+[\p{L}-]+)\s(?:[^.;!?]|(?<=\d)\.(?=\d)){0,80}$/iu;
/** The verbs that say what a plan holds or a forecast expects: the company's plan when the company says it ("The bank expects
 * to cut 1,000 jobs", "Der Konzern rechnet mit dem Abbau", "De bank verwacht dat…"; "Economists expect job losses" stays a forecast). */
const PLAN_VERB = /^(?:prévoi|prevé|prevê|preved|expect|rechnet|verwacht)/iu;
/** What stands between AI and the cut it will make: "will", "is going to", "wird", "va", "va a", "gaat", "sta per", "vai". */
const AI_WILL = /^\W{0,3}\s*(?:will|is going to|are going to|wird|werden|va|vont|va a|van a|gaat|gaan|zal|zullen|sta per|stanno per|vai|vão)\s+$/iu;
/** How far a negated staff noun ("no employee", "kein Mitarbeiter") reaches to the cut of its clause (characters). */
const NEGATED_STAFF_NEAR = 80;
/** How far after an AI product a word of a leaner workforce makes it the cut's reason (characters). */
const SHIFT_AFTER_PRODUCT = 50;
const NOT_ONLY = /^\s+(?:\S+\s+)?(?:only|just|merely|nur|seulement|uniquement|solo|solamente|sólo|alleen|enkel|soltanto|só|apenas|somente)\b/iu;
/** A negation this close before a cut turns it around ("will not cut jobs"). */
const NEGATION_NEAR = 30;
/** Between a negation and the AI word it denies, at most an article ("not AI", "pas l'IA", "nicht die KI");
 * "ne s'adaptent pas à l'IA" is about something else. */
const ARTICLE = String.raw`(?:the|a|an|die|der|das|la|le|les|l'|l’|el|los|de|het|il|lo|o|os|as)\s*`;
const NEGATED_AI_GAP = new RegExp(String.raw`^[\s,]*(?:${ARTICLE})?(?:[\p{L}-]+\s+(?:or|nor|oder|ou|o|e|of|ni|noch)\s+(?:${ARTICLE})?)?$`, 'iu');
/** What the cause names may be AI's rise, use or a focus on it: "not driven by the rise of AI", "ni à cause de l'essor de
 * l'IA", "niet veroorzaakt door een focus op AI". */
const TREND = String.raw`(?:[\p{L}-]+\s+){1,2}(?:of|on|de|d['’]|du|des|di|del|della|dell['’]|van|op|von|da|do)\s*(?:${ARTICLE})?`;
/** …or a few words that end in a cause: "was not driven by AI", "não foi impulsionado por IA", "nicht
 * wegen der KI", "non è guidato dall'intelligenza artificiale", "weren't related to AI adoption", "not directly
 * attributable to AI", "nem mesmo pela inteligência artificial" ("not only because of AI" is no denial). */
const NEGATED_CAUSE_GAP = new RegExp(String.raw`^\s+(?!(?:\S+\s+){0,2}(?:only|just|solely|merely|nur|allein|seulement|uniquement|solo|sólo|solamente|únicamente|alleen|enkel|soltanto|apenas|só|somente)\s)(?:[\p{L}-]+\s+){0,3}?(?:by|because of|due to|wegen|durch|aufgrund|à cause de l['’]?|à cause du|d[uû]e?s? à l['’]?|li[ée]e?s? à l['’]?|par l['’]?|por|por causa d[aeo]s?|devido à|devido a|debido a|a causa de|por culpa de|per colpa dell['’]?|a causa dell['’]?|dovut[oaie] all['’]?|dall['’]|dalla|dal|dai|dagli|door|vanwege|als gevolg van|pel[oa]s?|(?:related|linked|tied|attributable|connected) to|(?:a|the) result of)\s*(?:${ARTICLE})?(?:${TREND})?$`, 'iu');
/** "Not for AI", "pas pour l'IA", "non è per l'IA": the purpose denied, right after the negation (and a copula). "Not
 * ready for AI", "pas formés pour l'IA" say something else. */
const NEGATED_FOR_GAP = new RegExp(String.raw`^\s+(?:(?:is|are|was|were|be|est|sont|était|étaient|è|sono|era|erano|é|são|foi|foram|es|son|fue|fueron|ist|sind|war|waren|zijn)\s+)?(?:for|pour|per|para)\s*(?:${ARTICLE})?$`, 'iu');
/** "If it weren't for the robots", "were it not for AI": a counterfactual, no denial. */
const COUNTERFACTUAL = /(?:^|\s)(?:if(?:\s+(?:it|they|we|he|she))?|were\s+it|had\s+it)\s*$/iu;
/** "…to weak demand, not to AI", "à la baisse des revenus, et non à l'IA", "al calo dei ricavi e non all'IA": a negation
 * set against another cause (after a comma or "and") may take the cause's preposition before AI; with no turn before it,
 * "ne s'adaptent pas à l'IA" is about something else. */
const SET_AGAINST = /(?:,|(?<!\p{L})(?:and|und|et|e|en|y))\s*$/iu;
const AND_NOT = /^(?:and|und|et|e|en|y)\s/iu;
const NEGATED_PREPOSITION_GAP = new RegExp(String.raw`^\s*(?:to|on|with|à|au|a|al|all['’]|alla|aan|op|met|auf|mit|an|zu)\s*(?:${ARTICLE})?$`, 'iu');
/** "To automate" negated is what someone does not do ("le recrutement ne se fera que si une équipe ne peut pas
 * automatiser une plus grande partie de son travail", "teams that cannot automate more"), not AI denied as a cause. */
const AI_VERB = /^(?:automate|automatiser|automatisieren|automatizar|automatiseren|automatizzare)$/iu;
/** "Rather than", "instead of": a contrast, not a negation of what follows. */
const INSTEAD = /^(?:rather than|instead of|statt|plutôt que|en lugar de|in plaats van|invece di|em vez de)$/iu;
/** How far after a negated replacement word the AI that would have replaced people stands ("não substitui trabalhadores
 * por ferramentas de IA"). */
const REPLACED_BY_NEAR = 40;
/** "Without AI", "senza AI" say nothing about what caused a cut. */
const WITHOUT = /^(?:without|ohne|sans|sin|zonder|senza|sem)\b/i;
/** "Not driven by costs but by AI", "unrelated to tariffs and instead tied to automation": the denial is of the other cause. */
const BUT_RE = /\b(?:but|instead|sondern|stattdessen|mais|plutôt|sino|maar|ma|invece|bensì|mas)(?!\p{L})/iu;
/** A concession this close before an AI word sets it against the cut ("despite its AI push"). */
const CONCEDED_NEAR = 50;
/** A reason word this close before an AI product makes the product the reason ("due to AI tools"). */
const REASON_BEFORE_PRODUCT = 12;
/** Concepts weighed as facts of the sentence, not in the order of its concepts: another reason (costs, demand, a merger)
 * only added noise as pairs. */
const NOT_IN_SHAPE: ReadonlySet<ConceptName> = new Set(['other_reason', 'hire', 'now', 'own', 'rumour']);
/** AI told more than this many sentences from every cut is away from it. */
const AWAY_FROM_CUT = 3;
/** How far before an AI word the employer's possessive stands ("its customer-service AI agents", "i suoi agenti di IA"). */
const OWN_BEFORE_AI = 30;
/** What ends a clause inside a sentence. */
const CLAUSE_BREAK = /[,;:–—()]/;
/** A link sentence this many sentences from a cut explains it. */
const LINK_WINDOW = 2;

// A count of people: digits (any grouping) or words for hundreds and thousands, in our languages.
const NUMBER_RE = new RegExp(String.raw`\d[\d.,\u00a0\u202f ]*\d|\d|\b(?:${COUNT_WORDS.join('|')})\b`, 'giu');
/** Millions of jobs: no one employer's cut, a forecast's or a tally's ("300 million jobs can be replaced"). */
/** Millions of something near a job word ("8 million jobs"): a forecast's scale. Not money ("$40 Million In
 * Training Employees", "40 Millionen Euro für Mitarbeiter"). */
const MILLIONS_RE = /(?<![$€£¥]\s?|[\d.,])\d[\d.,]*\s*(?:million|millions|Millionen|Mio\.?|millones|miljoen|milioni|milhões|milhão)(?!\p{L})(?!\s+(?:de\s+|di\s+)?(?:dollars?|euros?|pounds?|dólares|reais|francs|dollari|USD|EUR|GBP)(?!\p{L}))/giu;
const MILLIONS_JOB_GAP = 15;
const SHARE_RE = /%|\b(?:percent|per cent|Prozent|pour cent|por ciento|procent|per cento|por cento)\b/iu;

export interface Flags {
  cutEvent: boolean;
  cutJob: boolean;
  freeze: boolean;
  /** Any of the three: the sentence says jobs go. */
  cut: boolean;
  restructure: boolean;
  /** A number of people or a share next to the cut. */
  count: boolean;
  /** AI as something that acts, not only an AI business or product. */
  ai: boolean;
  aiBusiness: boolean;
  /** AI with a word that makes it a reason (because, replaces, invest in, AI-first...). */
  link: boolean;
  /** AI set beside something in time only ("amid its AI push", "as it invests in AI"), no reason word. */
  amid: boolean;
  /** AI named before the cut, as what does the cutting ("AI automation axes 1,000 jobs"). */
  aiSubject: boolean;
  denyAi: boolean;
  negatedCut: boolean;
  hedge: boolean;
  /** The hedge comes before the cut ("could cut jobs"), not after it ("pause hiring for roles AI could do"). */
  hedgedCut: boolean;
  aggregate: boolean;
  /** A count of millions of jobs. */
  millions: boolean;
  /** Employers in general ("companies", "banks") named before the cut: a trend, not one employer. */
  manySubject: boolean;
  /** One employer pointed back to ("the company", "its workforce"). */
  one: boolean;
  /** "The company", "the bank" before the cut: one employer as its subject, though not by name. */
  oneSubject: boolean;
  /** Two or more companies named before the cut ("Santander, BBVA and CaixaBank could cut"). */
  listSubject: boolean;
  /** AI named only as what the cut happens in spite of ("despite its AI investment"). */
  conceded: boolean;
  /** Digitalisation named (not AI). */
  digital: boolean;
  speech: boolean;
  exec: boolean;
  we: boolean;
  trap: boolean;
  opinion: boolean;
  past: boolean;
  union: boolean;
  fresh: boolean;
  question: boolean;
  /** A company is named in the sentence, and whether before its cut (its subject). */
  named: boolean;
  subject: boolean;
  /** A reason other than AI (costs, demand, tariffs, a merger). */
  otherReason: boolean;
  /** Hiring or new jobs (not a hiring freeze). */
  hire: boolean;
  /** AI only in another clause than the cut's: a comma, colon, dash or bracket between every AI word and every cut word. */
  aiApart: boolean;
  /** Told as so now or already done ("now", "already", "has replaced"), where a forecast says "will" or "could". */
  now: boolean;
  /** AI as the employer's own ("its AI agents", "our chatbot", "seine KI"), not AI acting on jobs in general. */
  ownAi: boolean;
  /** Every AI word the sentence holds is one of automation or robots ("processes are automated"), none of AI's own. */
  automation: boolean;
  /** Told as reported or weighed, not announced ("reportedly", "people familiar with the matter", "is considering"). */
  rumour: boolean;
}

export interface SentenceRead {
  s: Sentence;
  /** 'title', 'lead' (the opening) or 'body'. */
  where: 'title' | 'lead' | 'body';
  flags: Flags;
  /** The sentence's shape: its concepts in order, with NAME for a company and NUM for a number. */
  shape: string[];
  /** Where its first cut words start, when it has any. */
  cutAt: number | null;
  /** Where each of its cut words start, in order (the first is `cutAt`). */
  cutsAt: number[];
  /** The companies named before its first cut (their subjects), by id. */
  subjects: string[];
  /** Every company it names, by id. */
  companies: string[];
}

export type Where = SentenceRead['where'];

/** Where a company's name sits in a sentence. */
export interface NameSpan {
  at: number;
  end: number;
  /** The company's id, when the name is a known company's (else its words tell it). */
  id?: string;
}
/** Company names found in a sentence, so "named before the cut" can be told, and the "AI" of "Scale AI" is a name, not a cause. */
export type CompanyOffsets = (s: Sentence) => NameSpan[];

/** Whether any of `b` is within `chars` of the hit `x`. */
const nearOne = (x: Hit, b: readonly Hit[], chars: number): boolean => b.some((y) => y.start - x.end <= chars && x.start - y.end <= chars);
const near = (a: readonly Hit[], b: readonly Hit[], chars: number): boolean => a.some((x) => nearOne(x, b, chars));
const within = (h: Hit, b: Hit): boolean => h.start >= b.start && h.end <= b.end;
const inside = (h: Hit, spans: readonly Hit[]): boolean => spans.some((b) => within(h, b));
/** The hits inside none of the spans: the list itself when none can be (most sentences). */
const outside = (list: readonly Hit[], spans: readonly Hit[]): readonly Hit[] => (list.length && spans.length ? list.filter((h) => !inside(h, spans)) : list);
/** Ends before the sentence's first cut (`firstCut` -1: it has none). */
const before = (h: Hit, firstCut: number): boolean => firstCut >= 0 && h.end <= firstCut;

/** The counts of people or things in a text, years left out. */
function numbersIn(text: string): Hit[] {
  const out: Hit[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    if (!/^(?:19|20)\d\d$/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A spelled hundred or thousand right before a job or cut word counts people ("achthonderd banen", "fünftausend
 * Stellen", "mille licenciements"); elsewhere, or a unit alone ("two years", "one of them"), it counts nothing. */
const SPELLED_BEFORE = 20;
/** Each language's spelled numbers (lib/detect/number-words.ts), built on first use. */
const SPELLED = new Map<Lang, RegExp>();
function spelledCounts(text: string, lang: Lang, people: readonly Hit[], digits: readonly Hit[]): Hit[] {
  if (!people.length) return [];
  let re = SPELLED.get(lang);
  if (!re) SPELLED.set(lang, (re = new RegExp(numberWordsSource([lang]), 'giu')));
  const out: Hit[] = [];
  for (const m of text.matchAll(re)) {
    const h = { start: m.index, end: m.index + m[0].length };
    if ((numberWordValue(m[0]) ?? 0) >= 100 && !nearOne(h, digits, 0) && people.some((p) => p.start >= h.end && p.start - h.end <= SPELLED_BEFORE)) out.push(h);
  }
  return out;
}

// The tests of readSentence that need more than a hit: each is called for few sentences, and a
// function of its own rather than a closure made for every sentence read.

/** An AI product given as the reason ("due to AI tools"), or followed by a leaner workforce
 * ("as AI tools reshape operations and enable leaner teams"). */
const givenAsReason = (b: Hit, reasons: readonly Hit[], shift: readonly Hit[]): boolean =>
  reasons.some((c) => c.end <= b.start && b.start - c.end <= REASON_BEFORE_PRODUCT) ||
  shift.some((w) => w.start >= b.end && w.start - b.end <= SHIFT_AFTER_PRODUCT);

/** AI after "despite" (with no reason word between): what the cut happens in spite of, not its cause. */
const isConceded = (a: Hit, contrast: readonly Hit[], reasons: readonly Hit[]): boolean =>
  contrast.some((c) => c.end <= a.start && a.start - c.end <= CONCEDED_NEAR && !reasons.some((r) => r.start >= c.end && r.end <= a.start));

/** "prévoit", "prevé", "prevede", "prevê" after the company is its plan ("La Société Générale a indiqué prévoir la
 * suppression de 1 800 postes", "SAP prevede una ristrutturazione"), as "plans to" is in English; after a study it
 * stays a forecast ("L'étude prévoit des pertes d'emplois"). */
const companyPlan = (h: Hit, text: string, names: readonly NameSpan[], one: readonly Hit[]): boolean =>
  PLAN_VERB.test(text.slice(h.start, h.end)) && (names.some((n) => n.end <= h.start) || one.some((o) => o.end <= h.start));

function reportedPlan(h: Hit, text: string): boolean {
  const word = text.slice(h.start, h.end).toLowerCase(), said = text.slice(Math.max(0, h.start - 200), h.start);
  return (word === 'would' && REPORTED_PLAN.test(said)) || (word === 'zou' && REPORTED_PLAN_NL.test(said));
}

/** "Nessun dipendente di Intesa Sanpaolo perderà il lavoro", "No employee will lose their job": a negated staff
 * noun negates the cut of its clause, however far. */
const negatedStaff = (n: Hit, c: Hit, text: string, job: readonly Hit[]): boolean =>
  c.start - n.end <= NEGATED_STAFF_NEAR && !/[,;.:]/.test(text.slice(n.end, c.start)) && job.some((j) => j.start >= n.end && j.start - n.end <= 2);

/** "not AI", "nicht KI", "pas l'IA": a denial however it is worded. */
const deniedGap = (n: Hit, a: Hit, text: string): boolean => {
  const gap = text.slice(n.end, a.start);
  return NEGATED_AI_GAP.test(gap) || NEGATED_CAUSE_GAP.test(gap) || (NEGATED_FOR_GAP.test(gap) && !COUNTERFACTUAL.test(text.slice(0, n.start)));
};
const setAgainst = (n: Hit, text: string): boolean => SET_AGAINST.test(text.slice(0, n.start)) || AND_NOT.test(text.slice(n.start, n.end));

function readSentence(s: Sentence, all: ConceptHits, companies: CompanyOffsets, lang: Lang): Omit<SentenceRead, 's' | 'where'> {
  const text = s.text;
  const cutEvent = all.get('cut_event');
  const cutVerb = all.get('cut_verb');
  // Automation and robots are read as AI is (the labels count them alike), and told apart below.
  const automation = all.get('automation');
  const aiWords = automation.length ? [...all.get('ai'), ...automation] : all.get('ai');
  // "AI agents" are software, not staff: a job word inside an AI term is no job.
  const job = outside(all.get('job'), aiWords);
  const freeze = all.get('freeze');
  const trap = all.get('trap');
  const restructure = all.get('restructure');
  const digits = numbersIn(text);
  const spelled = spelledCounts(text, lang, [...job, ...cutEvent], digits);
  const numbers = spelled.length ? [...digits, ...spelled].sort((a, b) => a.start - b.start) : digits;
  // A cut verb is a job cut only beside a job word, and not inside "rate cut" or "budget cuts";
  // restructuring counts when it names how many jobs ("restructures 8,000 jobs").
  const cutJob = [
    ...cutVerb.filter((v) => nearOne(v, job, JOB_NEAR) && !nearOne(v, trap, 0)),
    ...restructure.filter((v) => nearOne(v, job, JOB_NEAR) && nearOne(v, numbers, JOB_NEAR)),
  ];
  const cutHits = [...cutEvent, ...cutJob, ...freeze];
  const cut = cutHits.length > 0;
  const aiBusiness = all.get('ai_business');
  const cause = all.get('cause');
  const replace = all.get('replace');
  const reasons = [...cause, ...replace];
  const contrast = all.get('contrast');
  const names = companies(s);
  const shift = all.get('shift');
  // An AI product is no cause ("launches AI tools"), unless it is given as the reason.
  const products = aiBusiness.filter((b) => !givenAsReason(b, reasons, shift));
  const nameSpans = names.map((n) => ({ start: n.at, end: n.end }));
  const anyAi = outside(outside(aiWords, products), nameSpans);
  const ai = anyAi.filter((a) => !isConceded(a, contrast, reasons));
  /** A word that makes AI the reason: "because", "replaced by", "shift to". */
  const reasonWord = cause.length > 0 || replace.length > 0 || shift.length > 0;
  const deny = all.get('deny');
  // "Not only cutting staff" adds to the cut, it does not deny it.
  const negation = all.get('negation').filter((n) => !NOT_ONLY.test(text.slice(n.end, n.end + 25)));
  const one = all.get('one');
  const hedge = all.get('hedge').filter((h) => !reportedPlan(h, text) && !companyPlan(h, text, names, one));
  const firstCut = cutHits.length ? Math.min(...cutHits.map((h) => h.start)) : -1;
  const offsets = names.map((n) => n.at);
  // AI as the subject of a cut still to come is a forecast: "AI will replace 'literally half' of white-collar workers",
  // "Artificial intelligence is going to replace…" (an employer's "will replace 300 agents with AI" is not).
  const aiWillCut = firstCut >= 0 && anyAi.some((a) => a.end <= firstCut && AI_WILL.test(text.slice(a.end, firstCut)));
  const aiNegated = ai.some((a) => !AI_VERB.test(text.slice(a.start, a.end)) && negation.some((n) => n.end <= a.start &&
    (deniedGap(n, a, text) || (setAgainst(n, text) && NEGATED_PREPOSITION_GAP.test(text.slice(n.end, a.start)))) &&
    !WITHOUT.test(text.slice(n.start, n.end))));
  // A denial of AI: a denying phrase with AI, unless "but" turns from the denied cause to AI.
  const deniesAi = deny.some((d) => ai.some((a) => a.end <= d.start || !BUT_RE.test(text.slice(d.end, a.start))));
  // A replacement by AI that is negated denies AI: "não substitui trabalhadores por ferramentas de IA", "the changes
  // are not an effort to replace people with AI" (AI after the replacement word, as what would have replaced them).
  // The AI right after the replacement word, as its instrument ("…by AI tools", "…with AI"), not a later clause's AI
  // ("he believed AI would assist workers rather than replace them, … because AI isn't always reliable": a view, not a
  // denial; "rather than", "instead of" only set one thing against another).
  const replacementDenied = replace.some((r) => negation.some((n) => n.end <= r.start && r.start - n.end <= NEGATION_NEAR &&
    !WITHOUT.test(text.slice(n.start, n.end)) && !INSTEAD.test(text.slice(n.start, n.end)) && !BUT_RE.test(text.slice(n.end, r.start))) &&
    ai.some((a) => a.start >= r.end && a.start - r.end <= REPLACED_BY_NEAR));
  const many = outside(all.get('many'), one);
  const namedBefore = offsets.filter((o) => o < firstCut);
  const marks: { at: number; tag: string }[] = [];
  all.marks(marks, NOT_IN_SHAPE);
  // In a sentence's shape automation is AI: its words' order says the same.
  for (const m of marks) if (m.tag === 'automation') m.tag = 'ai';
  for (const at of offsets) marks.push({ at, tag: 'NAME' });
  for (const h of numbers) marks.push({ at: h.start, tag: 'NUM' });
  marks.sort((a, b) => a.at - b.at);
  const shape = marks.map((m) => m.tag).filter((t, i, a) => i === 0 || t !== a[i - 1]);
  const flags: Flags = {
    cutEvent: cutEvent.length > 0,
    cutJob: cutJob.length > 0,
    freeze: freeze.length > 0,
    cut,
    restructure: restructure.length > 0,
    count: cut && (near(numbers, [...job, ...cutHits], 40) || SHARE_RE.test(text)),
    ai: anyAi.length > 0,
    aiBusiness: aiBusiness.length > 0,
    link: ai.length > 0 && reasonWord,
    amid: ai.length > 0 && all.get('amid').length > 0 && !reasonWord,
    aiSubject: cut && ai.some((a) => before(a, firstCut)) && !aiNegated && !negation.some((n) => before(n, firstCut)),
    denyAi: deniesAi || aiNegated || replacementDenied,
    // A cut word inside a hiring freeze ("by not replacing leavers") is that freeze's, not a denied cut.
    negatedCut: cut && cutHits.some((c) => !freeze.some((f) => f !== c && within(c, f)) && negation.some((n) => n.end <= c.start && (c.start - n.end <= NEGATION_NEAR || negatedStaff(n, c, text, job)))),
    hedge: hedge.length > 0,
    hedgedCut: cut && (hedge.some((h) => before(h, firstCut)) || aiWillCut),
    aggregate: all.get('aggregate').length > 0,
    // Millions of something just before a job word: only a sentence with one is searched for them.
    millions: job.length > 0 && [...text.matchAll(MILLIONS_RE)].some((m) => job.some((j) => j.start >= m.index + m[0].length && j.start - (m.index + m[0].length) <= MILLIONS_JOB_GAP)),
    manySubject: cut && many.some((m) => before(m, firstCut)) && namedBefore.length === 0 && !one.some((o) => before(o, firstCut)),
    one: one.length > 0,
    oneSubject: cut && one.some((o) => before(o, firstCut)),
    listSubject: cut && new Set(namedBefore).size >= 2,
    conceded: anyAi.length > ai.length,
    digital: all.get('digital').length > 0,
    speech: all.get('speech').length > 0 || /["“”«»„]/.test(text),
    exec: all.get('exec').length > 0,
    we: all.get('we').length > 0,
    trap: trap.length > 0,
    opinion: all.get('opinion').length > 0,
    past: all.get('past').length > 0,
    union: all.get('union').length > 0,
    fresh: all.get('fresh').length > 0,
    question: text.includes('?'),
    named: offsets.length > 0,
    subject: namedBefore.length > 0,
    otherReason: all.get('other_reason').length > 0,
    hire: outside(all.get('hire'), freeze).length > 0,
    aiApart: cut && ai.length > 0 && ai.every((a) => cutHits.every((c) => CLAUSE_BREAK.test(text.slice(Math.min(a.end, c.end), Math.max(a.start, c.start))))),
    now: all.get('now').length > 0,
    rumour: all.get('rumour').length > 0,
    automation: ai.length > 0 && ai.every((a) => automation.includes(a)),
    ownAi: ai.some((a) => all.get('own').some((o) => o.end <= a.start && a.start - o.end <= OWN_BEFORE_AI && !CLAUSE_BREAK.test(text.slice(o.end, a.start)))),
  };
  const cutsAt = cut ? [...new Set(cutHits.map((h) => h.start))].sort((a, b) => a - b) : [];
  const idOf = (n: NameSpan) => n.id ?? text.slice(n.at, n.end).toLowerCase();
  const subjects = [...new Set(names.filter((n) => n.at < firstCut).map(idOf))];
  return { flags, shape, cutAt: firstCut >= 0 ? firstCut : null, cutsAt, subjects, companies: [...new Set(names.map(idOf))] };
}

function whereOf(s: Sentence): Where {
  if (s.index === 0) return 'title';
  return s.index <= LEAD_SENTENCES || s.para === 0 ? 'lead' : 'body';
}

// Lines that point to other stories ("Related: ...", "Read more: ...", "Read: Jobs cuts hit Vodacom South Africa") are
// not this story.
const OTHER_STORIES =
  /^\W*(?:related(?: (?:stories|articles|coverage|reading))?|read (?:more|also|next)|read(?=\s*:)|must read|see also|also read|more from|recommended|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|voir aussi|lee también|leer más|más información|lees ook|lees meer|leggi anche|leia também|leia mais|veja também)\b/i;

// A note that the page itself was written, edited or translated with AI ("Dieser Artikel wurde mithilfe
// von KI überarbeitet", "Traduction automatisée par Reuters à l'aide de l'apprentissage automatique",
// common under wire copy) says nothing about the story's cuts: this text, a making-verb and AI, in
// either order, in each language.
const MADE_WITH_AI_WORDS = [
  { text: '(?:this|the) (?:article|story|text|summary)', made: 'generated|written|produced|created|edited|translated|prepared|summari', ai: 'AI|artificial intelligence' },
  { text: '(?:dieser|der) (?:Artikel|Text|Beitrag)', made: 'überarbeitet|erstellt|verfasst|übersetzt|generiert', ai: 'KI|künstliche[rn]? Intelligenz' },
  { text: "(?:cet |l['’] ?)article", made: 'rédigé|généré|traduit|écrit|réalisé', ai: 'IA|intelligence artificielle' },
  // The wire's own note, not a story's "la traduction automatisée par l'IA menace 300 postes": its "with the help of".
  { text: 'traduction automatisée par', made: "à l['’]aide d", ai: 'apprentissage automatique|IA' },
  { text: '(?:este|el) (?:artículo|texto)', made: 'redactado|generado|traducido|escrito|elaborado', ai: 'IA|inteligencia artificial' },
  { text: '(?:dit|het) (?:artikel|bericht)', made: 'geschreven|gegenereerd|vertaald|gemaakt|bewerkt', ai: 'AI|kunstmatige intelligentie' },
  { text: "(?:questo |l['’] ?)(?:articolo|testo)", made: 'scritto|generato|tradotto|redatto|realizzato', ai: 'IA|AI|intelligenza artificiale' },
  { text: '(?:este|o) (?:artigo|texto)', made: 'escrito|gerado|traduzido|redigido|produzido', ai: 'IA|inteligência artificial' },
];
const MADE_WITH_AI = MADE_WITH_AI_WORDS.map(({ text, made, ai }) => {
  const word = (alternatives: string) => String.raw`(?<!\p{L})(?:${alternatives})`;
  const aiWord = String.raw`${word(ai)}(?!\p{L})`;
  return String.raw`${word(text)}(?!\p{L}).{0,60}(?:${word(made)}.{0,40}${aiWord}|${aiWord}.{0,40}${word(made)})`;
}).map((source) => new RegExp(source, 'iu'));
/** Any such note's words for the text ("this article", "dieser Artikel"): one scan of a sentence, where
 * the patterns above, each looking behind at every letter, cost ~1 ms a page. Only a sentence with
 * them is tested in full. */
const MADE_WITH_AI_TEXT = new RegExp(MADE_WITH_AI_WORDS.map((w) => w.text).join('|'), 'iu');
const madeWithAi = (text: string): boolean => MADE_WITH_AI_TEXT.test(text) && MADE_WITH_AI.some((re) => re.test(text));

/** Reads the first MAX_SENTENCES sentences, leaving out lines that point to other stories and notes
 * on how the page was made. */
export function readSentences(sentences: Sentence[], lang: Lang, companies: CompanyOffsets): SentenceRead[] {
  const read = sentences.slice(0, MAX_SENTENCES)
    .filter((s) => !OTHER_STORIES.test(s.text) && !madeWithAi(s.text));
  const hits = conceptHitsEach(lang, read.map((s) => s.text));
  return read.map((s, i) => ({ s, where: whereOf(s), ...readSentence(s, hits[i]!, companies, lang) }));
}

/** A cut stated as a fact about one employer: not a forecast, a survey, a denial or another kind of cut. */
export function firmCut(r: SentenceRead): boolean {
  const f = r.flags;
  return f.cut && !f.negatedCut && !f.manySubject && !f.hedgedCut && !f.millions && !(f.aggregate && !f.count && !f.subject && !f.we);
}

/** AI at work now, not forecast: "AI agents now answer customers' questions", "Our AI agents handle four out of five
 * support tickets today", "KI erledigt bereits die Hälfte der Anfragen" (not "AI could soon answer them"). */
export function aiNow(r: SentenceRead): boolean {
  const f = r.flags;
  return f.ai && f.now && !f.hedge && !f.denyAi && !f.question;
}

/** A sentence giving AI as the reason, not denying it. */
export function aiReason(r: SentenceRead): boolean {
  return (r.flags.link || r.flags.aiSubject) && !r.flags.denyAi && !r.flags.question;
}

/** The headline denies that AI is the reason for a cut the page reports ("Telstra says 550 job cuts
 * 'not a result' of AI"): the label rules let a denial win over speculation further down, and the
 * learned weight of so rare a feature stays too small to do it. */
export function deniedInHeadline(reads: SentenceRead[]): boolean {
  return reads.some((r) => r.where === 'title' && r.flags.denyAi) && reads.some(firmCut);
}

// The sentence-level facts that become page features, by where they are.
/** A denial of AI that is not another company's: a sentence naming companies, none of them the one cutting ("An Amazon
 * spokesperson confirmed the layoffs were not linked to AI" on a page about HP's AI cuts), denies nothing of this cut. */
function deniesThisCut(r: SentenceRead, cutter: Cutters | null): boolean {
  return r.flags.denyAi && !(cutter && r.companies.length > 0 && !r.companies.includes(cutter.id));
}

const SENTENCE_FEATURES: Record<string, (r: SentenceRead, cutter: Cutters | null) => boolean> = {
  cut: (r) => r.flags.cut,
  firmCut: firmCut,
  cutEvent: (r) => r.flags.cutEvent,
  freeze: (r) => r.flags.freeze,
  restructure: (r) => r.flags.restructure,
  count: (r) => r.flags.count,
  ai: (r) => r.flags.ai,
  aiBusiness: (r) => r.flags.aiBusiness,
  aiCut: (r) => r.flags.ai && r.flags.cut,
  aiReasonCut: (r) => aiReason(r) && firmCut(r),
  aiReason: aiReason,
  amidCut: (r) => r.flags.amid && r.flags.cut,
  amid: (r) => r.flags.amid && !r.flags.denyAi,
  denyAi: deniesThisCut,
  negatedCut: (r) => r.flags.negatedCut,
  hedgedCut: (r) => r.flags.hedgedCut,
  aggregateCut: (r) => r.flags.cut && r.flags.aggregate,
  aggregate: (r) => r.flags.aggregate,
  manyCut: (r) => r.flags.manySubject,
  aiSubjectCut: (r) => r.flags.aiSubject,
  aiNow: aiNow,
  // AI in the employer's own operation ("Its AI agents now answer…"), not hedged or denied.
  aiOwn: (r) => r.flags.ownAi && !r.flags.hedge && !r.flags.denyAi && !r.flags.question,
  opinion: (r) => r.flags.opinion,
  pastCut: (r) => r.flags.cut && r.flags.past,
  trap: (r) => r.flags.trap,
  question: (r) => r.flags.question,
  execReason: (r) => aiReason(r) && r.flags.exec,
  weReason: (r) => aiReason(r) && r.flags.we,
  spokenReason: (r) => aiReason(r) && r.flags.speech,
  unionReason: (r) => aiReason(r) && r.flags.union,
  weCut: (r) => firmCut(r) && r.flags.we,
  freshCut: (r) => firmCut(r) && r.flags.fresh,
  namedCut: (r) => firmCut(r) && r.flags.named,
  subjectCut: (r) => firmCut(r) && r.flags.subject,
  oneCut: (r) => firmCut(r) && (r.flags.oneSubject || r.flags.one),
  listCut: (r) => r.flags.listSubject,
  concededAi: (r) => r.flags.conceded,
  digitalCut: (r) => r.flags.digital && r.flags.cut,
  // A cut whose stated reason is something else ("to reduce costs", "on weak demand"), and that reason where AI is none.
  otherReasonCut: (r) => r.flags.otherReason && firmCut(r),
  otherReason: (r) => r.flags.otherReason && !aiReason(r),
  // Hiring told where no cut is: the page's own news may be the hiring, the cut its background.
  hire: (r) => r.flags.hire && !r.flags.cut,
  // AI in the cut's sentence only in a clause of its own, with no word that makes it the reason: most often a reason the
  // vocabulary has no word for ("Dell kündigt Stellenabbau an, um sich für KI-Ära schlanker aufzustellen"; 91 of the
  // 128 train headlines with one are AI layoffs), sometimes a strategy told beside the cut ("Home Depot Cuts Corporate
  // Jobs, Doubles Down on AI…"). The heads weigh it apart from AI in the cut's own clause.
  aiApartCut: (r) => r.flags.aiApart && !aiReason(r),
  // Automation or robots, no AI word, given as the reason or told in the cut's sentence ("BNZ to cut 200 jobs as more
  // customers bank online and processes are automated"): weighed apart from AI's own words.
  autoReason: (r) => aiReason(r) && r.flags.automation,
  autoCut: (r) => r.flags.automation && r.flags.cut && !r.flags.denyAi,
  // A cut reported or weighed, hedged or not ("Microsoft could cut thousands of jobs, people familiar with the matter
  // said"): one employer's cut not yet announced, where a hedge alone more often forecasts jobs in general.
  rumouredCut: (r) => r.flags.rumour && r.flags.cut && !r.flags.negatedCut && !r.flags.manySubject,
};

/** The kinds a page's own structure tells, each a feature. Not "news" against "unknown": the pages learned from are
 * plain text, where an article is "news" only by a dateline (107 of 4,367 train pages) and "unknown" otherwise, while
 * a browser sees nearly every article declare itself one (og:type): learned apart (AI head +0.14 and +0.42), they
 * would move every page a browser reads. */
const KINDS: readonly PageKind[] = ['press-release', 'filing', 'memo', 'transcript', 'blog'];

/** A company whose name says it makes AI: the word, a ".ai" domain, or glued on ("OpenAI", "xAI"). */
const AI_COMPANY_NAME = /\bAI\b|\.ai\b|[a-z]AI\b/;

/** How the cutter was found, as the model weighs it. */
const CUTTER_FOUND: Record<CutterHow, string> = {
  headline: 'top', opening: 'top', 'pointed-back': 'top', reason: 'top', speaker: 'top', body: 'body', publisher: 'publisher', 'unknown-name': 'unknown',
};

export type FeatureVector = Map<string, number>;

/** The fewest sentences from any of `a` to any of `b`, in steps: the same sentence, the next, 2–3, 4–8, 9 or more,
 * or none where one of them is empty. */
function sentencesApart(a: readonly SentenceRead[], b: readonly SentenceRead[]): string {
  let d = Infinity;
  for (const x of a) for (const y of b) d = Math.min(d, Math.abs(x.s.index - y.s.index));
  return d === 0 ? '0' : d <= 1 ? '1' : d <= 3 ? '2-3' : d <= 8 ? '4-8' : d < Infinity ? '9+' : 'none';
}

/** The page's features by name; absent means 0. */
export function pageFeatures(reads: SentenceRead[], kind: PageKind, cutter: Cutters | null): FeatureVector {
  const x: FeatureVector = new Map();
  const set = (name: string, value: number) => value && x.set(name, value);
  for (const [name, test] of Object.entries(SENTENCE_FEATURES)) {
    let title = 0, lead = 0, body = 0;
    for (const r of reads) {
      if (!test(r, cutter)) continue;
      if (r.where === 'title') title = 1;
      else if (r.where === 'lead') lead++;
      else body++;
    }
    set(`${name}@title`, title);
    set(`${name}@lead`, Math.min(lead, 2) / 2);
    set(`${name}@body`, Math.min(body, 4) / 4);
  }
  // The cut and its reason a few sentences apart ("X cuts 500 jobs. ... AI now does the work.").
  const cuts = reads.filter(firmCut);
  const reasons = reads.filter(aiReason);
  const apart = (where: (r: SentenceRead) => boolean) =>
    reasons.some((r) => where(r) && cuts.some((c) => c !== r && Math.abs(c.s.index - r.s.index) <= LINK_WINDOW));
  set('reasonNearCut@top', Number(apart((r) => r.where !== 'body')));
  set('reasonNearCut@body', Number(apart((r) => r.where === 'body')));
  // AI at work now in a counted cut's sentence or the next ("cuts 300 support jobs. Our AI agents handle four out of
  // five tickets today"): this employer's operation, where a forecast counts jobs in general.
  const nowNearCount = (where: (r: SentenceRead) => boolean) =>
    reads.some((r) => where(r) && aiNow(r) && cuts.some((c) => c.flags.count && Math.abs(c.s.index - r.s.index) <= 1));
  set('aiNowNearCount@top', Number(nowNearCount((r) => r.where !== 'body')));
  set('aiNowNearCount@body', Number(nowNearCount((r) => r.where === 'body')));
  // How many sentences lie between the cut and the AI reason nearest it: a reason told in the cut's
  // paragraph explains it, one ten sentences on is more often about something else (a product, a plan).
  set(`reasonToCut=${sentencesApart(reasons, cuts)}`, 1);
  // The story's first cut and the AI reason: told first (a page about AI that comes to a cut), in the same
  // sentence, or only after it (a cut story that turns to AI), and how far from that cut the nearest one is.
  const [firstCut] = cuts, [firstReason] = reasons;
  if (firstCut && firstReason) {
    const order = Math.sign(firstReason.s.index - firstCut.s.index);
    set(order < 0 ? 'reasonBeforeCut' : order > 0 ? 'reasonAfterCut' : 'reasonWithCut', 1);
  }
  if (firstCut) set(`reasonToFirstCut=${sentencesApart(reasons, [firstCut])}`, 1);
  // What share of what the page says of AI as a reason denies it.
  const denied = reads.filter((r) => deniesThisCut(r, cutter)).length;
  set('denialShare', denied / Math.max(1, denied + reasons.length));
  const topCut = cuts.some((r) => r.where !== 'body');
  set('topCut&reason', Number(topCut && reasons.length > 0));
  set('topCut&topReason', Number(topCut && reasons.some((r) => r.where !== 'body')));
  set('topCut&denyAi', Number(topCut && denied > 0));
  // AI in the cut's sentence or the next one at the top, however it is tied ("…cuts 500 jobs. AI now does…").
  const aiTold = (r: SentenceRead) => r.flags.ai && !r.flags.conceded && !r.flags.denyAi && !r.flags.question;
  set('aiNearCut@top', Number(cuts.some((c) => c.where !== 'body' && reads.some((r) => r.where !== 'body' && aiTold(r) && Math.abs(r.s.index - c.s.index) <= 1))));
  // Pages of forecasts and denials: what share of the sentences about cuts or AI hedge, how often AI is denied.
  const topical = reads.filter((r) => r.flags.cut || r.flags.ai);
  set('hedgeShare', topical.length ? topical.filter((r) => r.flags.hedge).length / topical.length : 0);
  set('denials', Math.min(denied, 3) / 3);
  // What share of the page's AI sentences stand away from every cut: a page about AI (a product, a strategy, hiring
  // for it) that also names a cut says most of it far from the cut, a story of an AI cut near it.
  const told = reads.filter(aiTold);
  set('aiAwayFromCut', told.length ? told.filter((r) => !cuts.some((c) => Math.abs(c.s.index - r.s.index) <= AWAY_FROM_CUT)).length / told.length : 0);
  set('titleCut&titleAi', Number(reads.some((r) => r.where === 'title' && r.flags.cut) && reads.some((r) => r.where === 'title' && r.flags.ai)));
  set('noCut', Number(cuts.length === 0));
  set('cutSentences', Math.min(cuts.length, 8) / 8);
  set('aiSentences', Math.min(reads.filter((r) => r.flags.ai).length, 8) / 8);
  set('namedCompanies', Math.min(new Set(reads.filter((r) => r.flags.named).map((r) => r.s.index)).size, 8) / 8);
  for (const k of KINDS) set(`kind=${k}`, Number(kind === k));
  // The order of concepts, as pairs ("cut_verb>job", "cause>ai"): structure that holds in every language.
  for (const r of reads) {
    const where = r.where === 'body' ? 'body' : 'top';
    for (let i = 1; i < r.shape.length; i++) {
      const name = `seq@${where}:${r.shape[i - 1]}>${r.shape[i]}`;
      x.set(name, Math.min(1, (x.get(name) ?? 0) + (where === 'top' ? 0.5 : 0.25)));
    }
  }
  // How many companies the page names cutting, anywhere: a roundup or tally names several.
  set('cutSubjects', Math.min(new Set(cuts.flatMap((r) => r.subjects)).size, 4) / 4);
  // …and how many it names at all: a story about one employer names few others.
  set('companies', Math.min(new Set(reads.flatMap((r) => r.companies)).size, 6) / 6);
  // Whether the page shows one employer cutting, and how it names it: an AI story with no one cutting is no layoff.
  set(`cutter=${cutter ? CUTTER_FOUND[cutter.how] : 'none'}`, 1);
  // Other companies cutting up top besides it: a roundup or a tally more than one employer's story.
  set('rivals', Math.min(cutter?.rivals ?? 0, 3) / 3);
  // An AI company cutting ("Scale AI", "xAI", "C3.ai"): AI is its business, and on its pages the
  // word says what it sells more often than why it cuts.
  set('cutter=aiCompany', Number(!!cutter && AI_COMPANY_NAME.test(cutter.name)));
  set('bias', 1);
  return x;
}
