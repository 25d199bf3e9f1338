// How many jobs, as the story words it: a count ("about 14,000 corporate roles", "rund 3.900
// Stellen", "14 mil vagas", "4 000 à 6 000 postes", "fewer than 4,000") and/or a share of the
// workforce ("about 10% of its workforce"). The words are kept as written with how they bound the
// number, so "up to 6,000" is never shown as a bare "6,000 jobs cut".
import type { ShareBound } from '../data/types';
import type { JobsFact } from './types';
import { conceptHits } from './vocab';
import { ABOUT_WORDS, AT_LEAST_WORDS, AT_MOST_WORDS, OTHER_ACTION_BEFORE, POSSESSIVE_BEFORE, SHARE_BASE_WORDS, TIME_UNIT_WORDS, TOTAL_BEFORE, wordsSource } from './count-context';
import { numberWordsSource, numberWordValue } from './number-words';
import type { Lang } from './vocab/define';

const SCALE: Record<string, number> = {
  hundred: 100, thousand: 1_000, k: 1_000, million: 1_000_000, millions: 1_000_000,
  tausend: 1_000, millionen: 1_000_000, mio: 1_000_000,
  mille: 1_000, mila: 1_000, mil: 1_000, duizend: 1_000, milliers: 1_000, miljoen: 1_000_000, milioni: 1_000_000,
  millones: 1_000_000, milhões: 1_000_000, lakh: 100_000, lakhs: 100_000, crore: 10_000_000, crores: 10_000_000,
};
const SCALE_AFTER = new RegExp(String.raw`^\s?(?:${Object.keys(SCALE).join('|')})(?![\p{L}])`, 'iu');
/** Spans of time: "18 months" is no count of jobs. */
const TIME_UNITS = wordsSource(TIME_UNIT_WORDS);

// Qualifiers before a number, by the bound they set (their words: lib/detect/count-context.ts).
const AT_MOST = wordsSource(AT_MOST_WORDS);
const AT_LEAST = wordsSource(AT_LEAST_WORDS);
const ABOUT = wordsSource(ABOUT_WORDS);

/** Any of the qualifiers above. */
const QUALIFIER = `${ABOUT}|${AT_MOST}|${AT_LEAST}`;
/** The words for "per cent". */
const PERCENT = String.raw`%|percent|per cent|Prozent|pour cent|por ciento|procent|per cento|por cento`;
/** What joins a range's two numbers ("4,000 to 6,000", "1.500 bis 1.800"). */
const RANGE_JOIN_WORDS = String.raw`-|–|to|and|bis|und|à|a|et|y|e|tot|en`;

// A number: digits grouped by , . or spaces, or a decimal with a scale word, or the page language's number words
// (lib/detect/number-words.ts; an empty fourth group keeps the groups' places).
const DIGITS = String.raw`(\d{1,3}(?:[,.\u00a0\u202f ’']\d{3})+|\d+(?:[.,]\d+)?)(?:\s?(hundred|thousand|million|millions|k|Tausend|Millionen|Mio\.?|mille|mila|mil|duizend|miljoen|milioni|millones|milhões|lakhs?|crores?)\b)?`;
/** A word's start, in any alphabet: `\b` knows only ASCII letters, so "über 6.000 Stellen" never read as bounded. */
const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
const qualified = (langs: readonly Lang[]) =>
  new RegExp(String.raw`(?:${WORD_START}(${AT_MOST})\s|${WORD_START}(${AT_LEAST})\s|(?:${WORD_START}|(?=~))(${ABOUT})\s?)?(?:${DIGITS}|${numberWordsSource(langs)}())`, 'giu');
const QUALIFIED_IN = new Map<Lang, RegExp>();
const qualifiedIn = (lang: Lang): RegExp => QUALIFIED_IN.get(lang) ?? QUALIFIED_IN.set(lang, qualified([lang])).get(lang)!;
// "from 9,000 to 5,000", "von 9.000 auf 5.000", "de plus de 10 000 à moins de 6 000": a fall, the difference is the cut.
const FROM_TO = new RegExp(String.raw`\b(?:from|von|de|van|da)\s+(?:(?:(${AT_LEAST})|(${AT_MOST})|(${ABOUT}))\s+)?([\d.,\u00a0\u202f ]+\d)\s+(?:\p{L}+\s+){0,2}?(?:to|auf|à|a|naar|para)\s+(?:(?:(${AT_LEAST})|(${AT_MOST})|(${ABOUT}))\s+)?([\d.,\u00a0\u202f ]+\d)\b`, 'iu');
/** The bound a qualifier sets, from which of the three groups matched it. */
const boundOf = (atMost: string | undefined, atLeast: string | undefined, about: string | undefined): ShareBound['bound'] | 'exact' =>
  atMost ? 'at-most' : atLeast ? 'at-least' : about ? 'about' : 'exact';
/** How a fall's qualified ends bound the difference: from more than 10,000 to fewer than 6,000 is more than 4,000. */
function fallBound(f: RegExpExecArray): JobsFact['bound'] {
  const [, fromLeast, fromMost, fromAbout, , toLeast, toMost, toAbout] = f;
  if (fromAbout || toAbout || ((fromLeast || toMost) && (fromMost || toLeast))) return 'about';
  if (fromLeast || toMost) return 'at-least';
  if (fromMost || toLeast) return 'at-most';
  return 'exact';
}
// "4,000 to 6,000", "600-1,000", "4 000 à 6 000", "1.500 bis 1.800": a range.
const RANGE_JOIN = new RegExp(String.raw`^\s*(?:${RANGE_JOIN_WORDS})\s*$`, 'iu');
/** The base of a share, not a cut: "bis zu 20 % seiner 79.000 Mitarbeiter", "10% of its 80,000 staff". */
export const SHARE_BASE_BEFORE = new RegExp(String.raw`(?:${PERCENT})\s+(?:${wordsSource(SHARE_BASE_WORDS, String.raw`\s+`)})\s+(?:[\p{L}-]+\s+)?$`, 'iu');
/** The first number of a proportion ("three in every ten jobs", "ten out of twelve positions") or its second. */
const PROPORTION_BEFORE = /(?:(?<![\p{L}])(?:in every|out of|of every|de cada|em cada)|\d\s(?:in|su|op|auf|sur|of))\s$/iu;
const PROPORTION_AFTER = /^\s(?:in(?: every)?|out of|of every|auf|sur|de cada|su|op|em cada)\s/iu;

const SHARE_RE = new RegExp(String.raw`(\d+(?:[.,]\d+)?)\s?(?:${PERCENT})`, 'iu');
const FRACTION_RE = /\b(a|one|two)[ -](half|third|quarter|fifth|tenth)s?\s(?:of|of\s(?:its|the|their|our))\b/i;
const FRACTIONS: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25, fifth: 0.2, tenth: 0.1 };
// A share is shown as a share of the workforce, so it counts only when the story says it is one:
// "10% of its (global) workforce", "15 procent van de banen", "10 % des effectifs", or the workforce
// cut "by" it ("reduce headcount by 10%", "Belegschaft um 10 Prozent"). "4 percent of office-based
// roles" is a share of a part: its base is not the workforce, so it is not taken.
const WHOLE_OF = new RegExp(String.raw`^\s*(?:of|de|der|des|du|del|della|dei|degli|delle|do|da|dos|das|van|d['’])\s*` +
  String.raw`(?:(?:its|the|their|our|sa|son|ses|leur|leurs|la|le|les|l['’]|su|sus|el|los|las|il|lo|i|gli|o|a|os|as|seu|sua|seus|suas|zijn|haar|hun|het|de|ihrer|seiner|die|dem|unserer)\s*)?` +
  // "of the company's workforce", "of Pinterest's staff": the employer's own.
  String.raw`(?:(?:company|firm|bank|group|business|\p{Lu}[\p{L}\p{N}.&-]*)['’]s?\s+)?` +
  String.raw`(?:(?:global|total|entire|worldwide|whole|overall|gesamten|weltweiten|globale?n?|totale?s?|mondiale?s?|mondiaux|wereldwijde)\s+)?$`, 'iu');
/** A workforce in one country is a part of it: "10% de ses effectifs en France", "5% of its staff in the UK" (not
 * "in Israel and abroad"). */
const IN_A_PLACE = /^\s+(?:in|en|em|im|au|aux|nel|nella|in het|bei|across)\s+(?:(?:the|la|le|el|de|der|den|het|o|a|il)\s+)?\p{Lu}[\p{L}.-]*(?![\p{L}.-])(?!\s+(?:and|et|y|e|und|en)\s)/u;
/** …or a cut of the workforce named right after it: "a 28% reduction in its workforce", "a 21 percent workforce cut". */
const REDUCTION_OF_WHOLE = /^\s*(?:(?:workforce|headcount|staff)\s+(?:cut|cuts|reduction)|(?:reduction|cut|drop|decrease)\s+(?:in|of|to)\s+(?:its|the|their)\s+(?:(?:global|total|overall|entire)\s+)?(?:workforce|headcount|staff))\b/iu;
const CUT_BY = new RegExp(String.raw`(?:\bby|\bum|\bde|\ben|\bmet|\bdel|\bdi|\bem)\s+(?:(?:un|el|il|lo)\s+)?(?:(?:${QUALIFIER})\s+)?$`, 'iu');
/** "about", "up to", "more than" right before a share, by the bound it sets. */
const QUALIFIER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(${AT_MOST})|(${AT_LEAST})|(${ABOUT}))\s$`, 'iu');
/** A qualifier or a range join anywhere in a sentence. */
const BOUNDED = new RegExp(String.raw`(?:^|[^\p{L}])(?:${QUALIFIER})[^\p{L}]|\d\s*(?:${RANGE_JOIN_WORDS})\s*\d`, 'iu');
const QUALIFIER_START = new RegExp(String.raw`^(?:${QUALIFIER})\s`, 'iu');
const SHARE_AFTER = new RegExp(String.raw`^\s?(?:${PERCENT})`, 'iu');
/** A written date ("2026-02-27", "27/02/2026"): its pieces are no counts. */
const DATE = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/g;
const MONEY_BEFORE = /(?:[$€£¥]|US\$|R\$)\s?$/u;
const MONEY_AFTER = /^\s?(?:billions?|bn|trillions?|Milliarden?|Mrd\.?|milliards?|miliardi|bilh(?:ões|ão)|miljard(?:en)?|mil millones|dollars|euros?|dólares|dollari|reais)(?![\p{L}])/iu;
/** A count this close before a job word is a count of jobs ("14,000 corporate roles"). */
const JOB_NEAR = 40;
/** What may follow a number that is no count of people: a letter or a hyphened word glued to it
 * ("8-K", "5-Min", "14-person teams", "7dlt"), a closing mark ("34)", "1]"), the year of a date
 * ("20, 2026"), or a span of time ("18 months", "18 Monaten", "7 minuten"). */
const NOT_A_COUNT_AFTER = new RegExp(String.raw`^(?:\.?-?\p{L}|[)\]:]|,\s(?:19|20)\d\d\b|\s(?:${TIME_UNITS})\b)`, 'iu');
/** Between a count and its job word, a few plain words ("14,000 corporate roles", "2,800 Telstra
 * workers"); not a clause ("four banking rival by shedding jobs"), a proportion ("three in every
 * ten jobs", "ten out of twelve") or another number ("3 AI Is Trimming 26 Percent of Its
 * Workforce"), unless the job word is the whole the count is part of ("9.000 de sus 100.000
 * trabajadores"). */
const BETWEEN_WORDS = 4;
const NOT_BETWEEN = /[,;:()[\]"“”«»|…•]|(?<![\p{L}])(?:by|in|at|to|for|from|on|with|per|out|every|than|that|who|which|is|are|was|were|will|has|have|had)(?![\p{L}])/iu;
const OF_WHOLE = /^\s*(?:of|von|de|des|dei|degli|delle|di|van|do|da|dos|das|sur|su|seiner|ihrer|unserer|der)\s(?:[^\s\d]+\s){0,3}[~≈]?\d[^;:()]{0,30}$/iu;

/** "14,000", "3.900", "14 000", "1.5 million", "14 mil", or a spelled number ("three hundred", "quatro mil") → a number. */
export function parseCount(digits: string | undefined, scale: string | undefined, word?: string): number | null {
  let n: number;
  if (word) n = numberWordValue(word) ?? NaN;
  else {
    const d = digits ?? '';
    // Swiss "16’000" groups with an apostrophe.
    const grouped = /^\d{1,3}(?:[,.\u00a0\u202f ’']\d{3})+$/.test(d);
    // "1.5 million" and "3,5 Millionen" are decimals; "3.900" and "14,000" are groups of thousands.
    n = grouped && !scale ? Number(d.replace(/[,.\u00a0\u202f ’']/g, '')) : Number(d.replace(',', '.').replace(/[\u00a0\u202f ]/g, ''));
    if (scale) n *= SCALE[scale.toLowerCase().replace(/\.$/, '')] ?? 1;
  }
  return Number.isFinite(n) && n > 0 ? Math.round(n) : null;
}

interface Count {
  count: number;
  bound: JobsFact['bound'];
  max?: number;
  text: string;
}

/** `layoffs`: a number right before the cut counts too ("bis zu 16.000 Entlassungen"), in the first
 * sentence only (the headline's own cut; further down "55,000 layoffs" is as often a tally). */
function findCount(sentence: string, lang: Lang, layoffs = false, storyYear: number | null = null): Count | null {
  const hits = conceptHits(lang, sentence);
  const jobs = hits.get('job') ?? [];
  const events = hits.get('cut_event') ?? [];
  const fall = FROM_TO.exec(sentence);
  // "da 130.000 a 90 mila", "da 130.000 a 90/75.000": a scale word or a second end after the second number is not
  // read here, so no fall is.
  if (fall && jobs.some((j) => Math.abs(j.start - fall.index) < 80) && !SCALE_AFTER.test(sentence.slice(fall.index + fall[0].length)) && !/^\s?[/–-]\s?\d/.test(sentence.slice(fall.index + fall[0].length))) {
    const a = parseCount(fall[4]!.trim(), undefined);
    const b = parseCount(fall[8]!.trim(), undefined);
    if (a && b && a > b) return { count: a - b, bound: fallBound(fall), text: fall[0] };
  }
  const found = [...sentence.matchAll(qualifiedIn(lang))];
  const dates = [...sentence.matchAll(DATE)];
  const inDate = (m: RegExpMatchArray): boolean => dates.some((d) => m.index! >= d.index && m.index! < d.index + d[0].length);
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const [whole, atMost, atLeast, about, digits, scale, word] = m;
    if (inDate(m) || countsNoPeople(sentence, m, jobs)) continue;
    const end = m.index + whole.length;
    // …or right before the cut itself, a count of layoffs.
    const nextJob = jobs.find((j) => j.start >= end && j.start - end <= JOB_NEAR && countsFor(sentence.slice(end, j.start)) && !modifierOf(sentence, j)) ?? (!layoffs ? undefined : events.find((j) => j.start >= end && /^\s?$/.test(sentence.slice(end, j.start))));
    const next = found[i + 1];
    // A range: this number, a joining word, the next number, then the jobs.
    const nextEnd = next ? next.index + next[0].length : 0;
    if (next && !inDate(next) && RANGE_JOIN.test(sentence.slice(end, next.index)) && !NOT_A_COUNT_AFTER.test(sentence.slice(nextEnd)) && !SHARE_AFTER.test(sentence.slice(nextEnd, nextEnd + 12)) && jobs.some((j) => j.start >= nextEnd && j.start - nextEnd <= JOB_NEAR && countsFor(sentence.slice(nextEnd, j.start)))) {
      const low = parseCount(digits, scale, word);
      const high = parseCount(next[4], next[5], next[6]);
      if (low && high && high > low && !TOTAL_BEFORE.test(sentence.slice(0, m.index))) {
        return { count: low, max: high, bound: 'range', text: sentence.slice(m.index, nextJobEnd(jobs, nextEnd)).trim() };
      }
    }
    if (!nextJob) continue;
    const before = (chars: number) => sentence.slice(Math.max(0, m.index - chars), m.index);
    // A total, the owner's whole staff, people something else happened to, a share's base, an earlier round.
    if (TOTAL_BEFORE.test(sentence.slice(0, m.index)) || (POSSESSIVE_BEFORE.test(before(30)) && !CUT_NOUN_AFTER.test(sentence.slice(nextJob.end))) ||
      OTHER_ACTION_BEFORE.test(before(30)) || SHARE_BASE_BEFORE.test(before(40)) ||
      (storyYear && earlierRound(before(40), sentence.slice(nextJob.end, nextJob.end + 40), storyYear))) continue;
    const n = parseCount(digits, scale, word);
    if (!n || n >= 5_000_000) continue;
    return {
      count: n,
      bound: boundOf(atMost, atLeast, about),
      text: sentence.slice(m.index, nextJob.end).trim(),
    };
  }
  return null;
}

/** A number that counts something other than people: a year, money, a share (read apart), "one" alone ("one of the
 * most significant cuts", "one-third of its staff"), a piece of a time or date ("04"), a number glued to a word or a path, a
 * span of time, a proportion. (A piece of a written date, "2026-02-27", is told apart by the caller.) */
function countsNoPeople(sentence: string, m: RegExpMatchArray, jobs: readonly { start: number }[]): boolean {
  const [whole, , , , digits, scale, word] = m;
  const start = m.index!, end = start + whole.length;
  const after = sentence.slice(end);
  if (!digits && !word) return true;
  // Glued to a word or a path before it: "A320", "n629170/tiktok-licenzia-moderatori" in a copied address.
  if (GLUED_BEFORE.test(sentence.slice(Math.max(0, start - 1), start))) return true;
  if (digits && ((/^(?:19|20)\d\d$/.test(digits) && !scale && !yearLikeCount(sentence, start, end, jobs)) || digits.startsWith('0'))) return true;
  if (word?.toLowerCase() === 'one') return true;
  // "mehrere Tausend Stellen", "a few thousand roles": a thousand word alone after a vague quantity is no count.
  if (word && numberWordValue(word) === 1_000 && VAGUE_BEFORE.test(sentence.slice(Math.max(0, start - 16), start))) return true;
  // Money, not staff: "$122.3 billion, shows another 9,500 jobs", "€2,5 Mrd.".
  if (MONEY_BEFORE.test(sentence.slice(Math.max(0, start - 4), start)) || MONEY_AFTER.test(after)) return true;
  return SHARE_AFTER.test(after.slice(0, 12)) || NOT_A_COUNT_AFTER.test(after) || SOURCES_AFTER.test(after) ||
    PROPORTION_AFTER.test(after) || PROPORTION_BEFORE.test(sentence.slice(Math.max(0, start - 12), start));
}

const GLUED_BEFORE = /[\p{L}\p{N}_/]$/u;

/** The story's sources: "two people aware of the matter told the news agency". */
const SOURCES_AFTER = /^\s+(?:people|persons|sources|officials|executives)\s+(?:aware|familiar|with (?:direct )?knowledge|briefed|close to)\b/i;

/** A number that could be a year counts jobs where a job word follows it, alone or after a range's other end ("baut 2000
 * Stellen ab", "2000 à 2600 emplois"), and no word of time comes before it ("In 2025 employees…", "bis 2030"). */
const YEAR_WORD_BEFORE = /(?<![\p{L}])(?:in|since|by|until|till|from|of|during|year|im|seit|bis|ab|Jahr|en|depuis|dès|jusqu'en|desde|hasta|año|nel|dal|entro|fino al|anno|sinds|tot|vanaf|jaar|em|até|ano)\s+$/iu;
const RANGE_TO_JOB = new RegExp(String.raw`^\s*(?:${RANGE_JOIN_WORDS})\s*\d[\d.,\u00a0\u202f ]*\s*$`, 'iu');
function yearLikeCount(sentence: string, start: number, end: number, jobs: readonly { start: number }[]): boolean {
  if (YEAR_WORD_BEFORE.test(sentence.slice(Math.max(0, start - 16), start))) return false;
  return jobs.some((j) => j.start >= end && (/^\s?$/.test(sentence.slice(end, j.start)) || RANGE_TO_JOB.test(sentence.slice(end, j.start))));
}

const VAGUE_BEFORE = /(?<![\p{L}])(?:few|couple|several|some|many|mehrere|einige|etliche|paar|plusieurs|quelques|varios|varias|algunos|algunas|vari|varie|alcuni|alcune|diversi|diverse|enkele|meerdere|vários|várias|alguns|algumas)\s$/iu;

/** An English singular staff noun used as a modifier ("one of the five employee stock ownership plans") counts no
 * staff; "1,000 employee layoffs" does. */
const SINGULAR_STAFF = /^(?:employee|worker|staffer)$/i;
const CUT_NOUN_AFTER = /^\s+(?:layoffs?|lay-offs?|cuts?|reductions?|redundancies|exits|departures|buyouts)\b/i;
const modifierOf = (sentence: string, job: { start: number; end: number }): boolean =>
  SINGULAR_STAFF.test(sentence.slice(job.start, job.end)) && !CUT_NOUN_AFTER.test(sentence.slice(job.end));

const MACHINE_BEFORE_JOB = /(?<![\p{L}])(?:AI|KI|IA|digital|virtual|virtuel(?:le)?s?|virtuales|virtuali|virtuais|robot|software)[\s-]*$/iu;
/** Whether the words between a number and a job word let the number count those jobs. */
function countsFor(between: string): boolean {
  if (OF_WHOLE.test(between)) return true;
  // "12,000 AI agents", "500 KI-Agenten": software, not staff.
  if (MACHINE_BEFORE_JOB.test(between)) return false;
  return !/\d/.test(between) && !NOT_BETWEEN.test(between) && between.split(/\s+/).filter(Boolean).length <= BETWEEN_WORDS;
}

/** A year the count is dated to, right after its job word ("laid off about 1,100 people in June 2022") or before it
 * ("the massive cuts in 2023, when about 21,000 employees were laid off"). */
const YEAR_AFTER = /^[^.;:]{0,20}?(?<![\p{L}])(?:in|since|back in|im|en|em|nel|nell['’]|au|a)\s+(?:\p{L}+\s+)?((?:19|20)\d\d)(?!\d)/u;
const YEAR_BEFORE = /(?<![\p{L}])(?:in|im|en|em|nel)\s+((?:19|20)\d\d),?\s+(?:when|als|quand|lorsque|cuando|quando|toen)\s+(?:\S+\s+){0,2}$/iu;
/** A count dated to a year before the story's is an earlier round, not this cut. */
function earlierRound(before: string, after: string, storyYear: number): boolean {
  const year = Number(YEAR_AFTER.exec(after)?.[1] ?? YEAR_BEFORE.exec(before)?.[1] ?? NaN);
  return year < storyYear;
}

const nextJobEnd = (jobs: readonly { start: number; end: number }[], from: number): number =>
  jobs.find((j) => j.start >= from)?.end ?? from;

interface Share {
  share: number;
  text: string;
  bound?: ShareBound['bound'];
}

function findShare(sentence: string, lang: Lang): Share | null {
  const pct = SHARE_RE.exec(sentence);
  if (pct) {
    const hits = conceptHits(lang, sentence);
    const workforce = [...(hits.get('job') ?? []), ...(hits.get('cut_event') ?? []), ...(hits.get('cut_verb') ?? [])];
    const v = Number(pct[1]!.replace(',', '.'));
    const end = pct.index + pct[0].length;
    const ofWhole = (hits.get('job') ?? []).some((h) => h.start >= end && h.start - end <= 40 && WHOLE_OF.test(sentence.slice(end, h.start)) && !IN_A_PLACE.test(sentence.slice(h.end)));
    const cutBy = CUT_BY.test(sentence.slice(Math.max(0, pct.index - 40), pct.index)) && workforce.some((h) => h.end <= pct.index && pct.index - h.end <= 40);
    const reductionOf = REDUCTION_OF_WHOLE.test(sentence.slice(end));
    if (v > 0 && v <= 100 && (ofWhole || cutBy || reductionOf)) {
      const q = QUALIFIER_BEFORE.exec(sentence.slice(Math.max(0, pct.index - 24), pct.index));
      const bound = q ? boundOf(q[1], q[2], q[3]) : 'exact';
      const text = (q?.[0] ?? '') + pct[0];
      return bound !== 'exact' ? { share: v / 100, text, bound } : { share: v / 100, text };

    }
  }
  const frac = FRACTION_RE.exec(sentence);
  if (frac) {
    const k = frac[1]!.toLowerCase() === 'two' ? 2 : 1;
    return { share: k * (FRACTIONS[frac[2]!.toLowerCase()] ?? 0), text: frac[0] };
  }
  return null;
}

/** The first count and the first share found in the sentences, in the order given; where a later
 * sentence bounds the same number, its words ("Cisco cuts 4,000 jobs", then "fewer than 4,000
 * positions"; "Pinterest cuts 15%", then "less than 15% of its workforce"): a headline rounds, the
 * story's qualifier stands. */
export function extractJobs(sentences: string[], lang: Lang = 'en', storyYear: number | null = null): JobsFact | null {
  let count: Count | null = null;
  let share: Share | null = null;
  for (const [i, s] of sentences.entries()) {
    // Once found, a number is read again only where a qualifier or range could bound it (cheap to test).
    const bounds = BOUNDED.test(s);
    if (!count || (count.bound === 'exact' && bounds)) {
      const c = findCount(s, lang, i === 0, storyYear);
      if (!count || (c && c.bound !== 'exact' && (c.count === count.count || c.max === count.count))) count = c ?? count;
    }
    if (!share || (bounds && !QUALIFIER_START.test(share.text))) {
      const sh = findShare(s, lang);
      if (!share || (sh && sh.share === share.share && QUALIFIER_START.test(sh.text))) share = sh ?? share;
    }
  }
  if (!count && !share) return null;
  return {
    count: count?.count ?? null,
    bound: count?.bound ?? 'exact',
    ...(count?.max ? { max: count.max } : {}),
    share: share?.share ?? null,
    ...(share?.bound ? { shareBound: { bound: share.bound, words: share.text } } : {}),
    text: [count?.text, share?.text].filter(Boolean).join('; '),
  };
}

/** Built on first use: only the eval reads labels, never the extension. */
let inAnyLanguage: RegExp | null = null;

/** Every count and share a few words state ("about 14,000 roles, or 4%", "one-third of its staff"),
 * read as extractJobs reads them: the eval compares what the story is shown to say with the
 * labeller's words for the cut. */
export function statedNumbers(words: string): { counts: number[]; shares: number[] } {
  inAnyLanguage ??= qualified(['en', 'de', 'fr', 'es', 'nl', 'it', 'pt']);
  const counts = [...words.matchAll(inAnyLanguage)]
    .filter((m) => !SHARE_AFTER.test(words.slice(m.index + m[0].length, m.index + m[0].length + 12)))
    .map((m) => parseCount(m[4], m[5], m[6]))
    .filter((n): n is number => n !== null);
  const shares = [...words.matchAll(new RegExp(SHARE_RE.source, 'giu'))].map((m) => Number(m[1]!.replace(',', '.')) / 100);
  const frac = FRACTION_RE.exec(words);
  if (frac) shares.push((frac[1]!.toLowerCase() === 'two' ? 2 : 1) * (FRACTIONS[frac[2]!.toLowerCase()] ?? 0));
  return { counts, shares };
}
