// Which company a page says is cutting: the one named before the cut in a cut sentence, or in the
// sentence that ties the cut to AI. A company that only comes up in passing (a partner, a rival,
// a customer) must not have another company's layoffs set against its figures.
import { ATTRITION_RE, CUT_RE } from './lexicon';
import type { Mention } from './companies';
import type { Sentence } from './sentences';

const CUT_ANYWHERE = new RegExp(`${CUT_RE.source}|${ATTRITION_RE.source}`, 'gi');
const HAS_CUT = new RegExp(CUT_ANYWHERE.source, 'i');
/** Sentences that speak of the one before them. */
const POINTS_BACK = /^\W*(?:the (?:company|firm|group|bank|retailer|carrier|airline|insurer|lender|chipmaker|startup|business)|it|he|she|they)\b/i;
/** A company named as the speaker after the fact: "..., Salesforce CEO Marc Benioff said". */
const SPEAKER_AFTER = /^(?:'s?\s)?[^.;,]{0,30}\b(?:said|says|told|wrote|CEO|chief|spokes\w+)\b/;
/** Cut sentences read for the cutter, in page order. */
const CUT_SENTENCES = 3;
/** A company named this early in a sentence is what the sentence is about. */
const SUBJECT_CHARS = 40;
const CUT_WEIGHT = 5;
const LINK_WEIGHT = 8;

/** Named as someone else's analyst, partner, rival or owner: "an analyst from Morgan Stanley asked...". */
const NOT_THE_CUTTER = /\b(?:analysts?|economists?|strategists?|research|researchers) (?:at|from|with)\s+(?:\w+\s+){0,1}$|\b(?:according to|rival|rivals|competitor|partner|partnership with|customer|client|investor|backed by|owned by|stake in|deal with|venture with|unlike)\s+(?:\w+\s+){0,1}$/i;

/** The company a sentence says is cutting: named before its (last) cut, or as the speaker after it. */
export function cutterIn(s: Sentence, mentions: Mention[]): string | null {
  const own = mentions.filter((m) => m.sentence === s.index && !NOT_THE_CUTTER.test(s.text.slice(Math.max(0, m.at - 40), m.at)));
  if (!own.length) return null;
  let lastCut = -1;
  for (const m of s.text.matchAll(CUT_ANYWHERE)) lastCut = m.index;
  const before = own.find((m) => m.at < lastCut);
  if (before) return before.id;
  return own.find((m) => SPEAKER_AFTER.test(s.text.slice(m.at + m.term.length)))?.id ?? null;
}

/** "The company said ...", "It added ...": the sentence before, which this one speaks of. */
const pointedTo = (sentences: Sentence[], s: Sentence): Sentence | undefined =>
  POINTS_BACK.test(s.text) ? sentences[s.index - 1] : undefined;

/**
 * Whose cuts a sentence speaks of: the cutter of the sentence it points back to, else the cutter
 * it names or the company it opens with ("Swedish rival Klarna has frozen hiring...").
 */
export function subjectOf(sentences: Sentence[], s: Sentence, mentions: Mention[]): string | null {
  const previous = pointedTo(sentences, s);
  if (previous) return cutterIn(previous, mentions);
  return cutterIn(s, mentions) ?? mentions.find((m) => m.sentence === s.index && m.at <= SUBJECT_CHARS)?.id ?? null;
}

/** Cuts stated in the company's own voice: its memo, release or filing is about itself. */
export const OWN_VOICE_CUT = /\b(?:[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'll|[Oo]ur)\b|\bthe Company\b/;

/** Company id → weight as the one cutting (cut sentences, then the AI link, which weighs more). */
export function findCutters(
  sentences: Sentence[],
  mentions: Mention[],
  cutSentences: Sentence[],
  linkSentences: Sentence[],
): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (id: string | null, weight: number) => {
    if (id) weights.set(id, (weights.get(id) ?? 0) + weight);
  };
  for (const s of cutSentences.slice(0, CUT_SENTENCES)) add(cutterIn(s, mentions), CUT_WEIGHT);
  for (const s of linkSentences) add(cutterIn(pointedTo(sentences, s) ?? s, mentions), LINK_WEIGHT);
  // "Klarna's AI assistant does the work of 700": a headline with no cut words names the company.
  const title = sentences[0];
  if (!weights.size && title && !HAS_CUT.test(title.text)) {
    add(mentions.find((m) => m.sentence === 0)?.id ?? null, CUT_WEIGHT);
  }
  return weights;
}
