// The decision: is the page's main subject a specific company's job cuts (title and lead first), and
// does the company, an executive or the article tie those cuts to AI? Regex signals pick candidate
// sentences; compromise reads only those to reject hedged, negated or general statements.
import type { AiLinkKind } from '../data/types';
import { OWN_WORDS, type PageKind } from '../page/types';
import type { Label } from './types';
import type { Sentence } from './sentences';
import { signalsOf, type Signals } from './signals';
import { readClause, type Clause } from './clause';
import { AI_AGENTS_RE, ATTRITION_RE, BARE_AGENTS_RE, CAUSAL_RE, CONSEQUENCE_RE, SEPARATE_RE, WEAK_CAUSE_RE } from './lexicon';

/** Compromise reads at most this many sentences per page. */
const MAX_PARSED = 10;
/** Sentences after the title that count as the lead. */
export const LEAD_SENTENCES = 6;

// Subjects that make a cut statement general ("AI could replace...", "companies are cutting...").
const GENERAL_SUBJECT =
  /^(?:AI|A\.I\.|artificial intelligence|automation|robots?|technology|machines|generative AI|companies|employers|firms|businesses|many|some|tech companies|the industry|workers|economists|it could|they)$/i;
// Fewer people as the result of AI, in the company's own words.
const FEWER_PEOPLE = /\b(?:fewer (?:people|employees|roles|heads|humans|staff)|smaller (?:team|teams|workforce|organi[sz]ation)|reduce (?:our|its|the) (?:total )?(?:corporate )?workforce|do more with less|leaner|headcount (?:down|lower|decline|reduction|fell|has fallen))\b/i;

// "Klarna said ...": a named company speaking.
const COMPANY_SAID = /\b(?:said|says|announced|confirmed|told|disclosed|stated)\b/;

export interface Decision {
  label: Label;
  score: number;
  attributedBy: AiLinkKind | null;
  denial: string | null;
  evidence: Sentence[];
  /** Sentences stating the cuts, best first (for jobs, dates and the subject company). */
  cutSentences: Sentence[];
  /** Sentences tying the cuts to AI. */
  linkSentences: Sentence[];
  reasons: string[];
}

interface Read {
  s: Sentence;
  sig: Signals;
  clause?: Clause;
}

function isLead(s: Sentence): boolean {
  return s.index > 0 && (s.index <= LEAD_SENTENCES || s.para <= 1);
}

/**
 * A hiring pause or freeze stated outright ("IBM will pause hiring for roles AI could replace"):
 * the hedge and the subject compromise finds belong to the relative clause, not to the pause.
 */
function firmAttrition(r: Read): boolean {
  if (!r.sig.attrition) return false;
  const before = r.s.text.slice(0, ATTRITION_RE.exec(r.s.text)?.index ?? 0);
  // Not "AI could ... slow hiring", nor "expect AI to slow hiring".
  return !/\b(?:could|might|may|would)\b/i.test(before) && !/\b(?:AI|automation|technology|robots?)\s+(?:\w+\s+){0,2}$/i.test(before);
}

/** The subject without the words that introduce it ("that artificial intelligence"). */
const headOf = (subject: string): string => subject.trim().replace(/^(?:(?:that|which|who|the|a|an)\s+)+/i, '');

/** A company's own cut, not a forecast, a denial, or a claim about jobs in general. */
function specificCut(r: Read, companyNamed: boolean): boolean {
  if (!r.sig.cut && !r.sig.attrition) return false;
  if (r.sig.question || (r.sig.negated && !r.sig.denial)) return false;
  if ((r.sig.aggregate || r.sig.general) && !companyNamed) return false;
  const c = r.clause;
  if (!c) return !r.sig.hedge;
  // "will not replace leavers" and "pause hiring for roles AI could do" are cuts by attrition.
  if ((c.negated || c.hedged) && !r.sig.attrition) return false;
  return firmAttrition(r) || !GENERAL_SUBJECT.test(headOf(c.subject));
}

/** How far a reason may sit from the cut it explains: further when both are the company's own words (a quoted memo). */
function nearWindow(cut: Read, reason: Read): number {
  return cut.sig.companyVoice && reason.sig.companyVoice ? 6 : 3;
}

function speakerOf(r: Read, next: Read | undefined, kind: PageKind, hasCompany: (s: Sentence) => boolean): AiLinkKind {
  const voiced = (x: Read): AiLinkKind | null => {
    if (!x.sig.speech) return null;
    if (x.sig.executive) return 'executive';
    if (x.sig.companyVoice || (hasCompany(x.s) && COMPANY_SAID.test(x.s.text))) return 'company';
    return null;
  };
  const own = voiced(r) ?? (next && /^["“]|^\W*(?:he|she|they|the company|the firm) (?:said|added|wrote)|(?:said|wrote|added)\.?$/i.test(next.s.text) ? voiced(next) : null);
  if (own) return own;
  if (kind === 'memo' || kind === 'transcript') return 'executive';
  if (kind === 'press-release' || kind === 'filing') return 'company';
  return 'reporting';
}

/** What the company matcher says of a sentence. */
export interface SentenceCompanies {
  /** A company of ours is named in it. */
  has(s: Sentence): boolean;
  /** Our companies named in it. */
  named(s: Sentence): string[];
  /** Whose cuts it speaks of, if one of ours. */
  subject(s: Sentence): string | null;
}

export function classify(sentences: Sentence[], kind: PageKind, companies: SentenceCompanies, fullText: string): Decision {
  const hasCompany = (s: Sentence) => companies.has(s);
  const agentsAreAi = sentences.some((s) => AI_AGENTS_RE.test(s.text));
  const signalText = (s: Sentence): Sentence => (agentsAreAi ? { ...s, text: s.text.replace(BARE_AGENTS_RE, 'AI $&') } : s);
  const reads: Read[] = sentences.map((s) => ({ s, sig: signalsOf(signalText(s)) }));
  const reasons: string[] = [];

  // Parse the cut-like sentences that matter most: title and lead first, then the body in order.
  let parsed = 0;
  const ordered = [...reads].sort((a, b) => Number(isLead(b.s) || b.s.index === 0) - Number(isLead(a.s) || a.s.index === 0) || a.s.index - b.s.index);
  for (const r of ordered) {
    if (parsed >= MAX_PARSED) break;
    if (r.sig.cut || r.sig.attrition) {
      r.clause = readClause(r.s.text);
      parsed++;
    }
  }
  const cuts = reads.filter((r) => r.clause && specificCut(r, hasCompany(r.s)));
  const titleCut = cuts.some((r) => r.s.index === 0);
  const leadCut = cuts.some((r) => isLead(r.s) && !(r.sig.historical && !titleCut));
  const bodyCuts = cuts.filter((r) => !isLead(r.s) && r.s.index > 0 && !r.sig.historical).length;
  const filing205 = kind === 'filing' && /Item\s+2\.05/i.test(fullText);
  const ownVoice = OWN_WORDS.has(kind) && cuts.length > 0;
  const layoffTopic = titleCut || leadCut || bodyCuts >= 3 || filing205 || ownVoice;
  if (titleCut) reasons.push('Headline is about job cuts');
  else if (leadCut) reasons.push('The opening paragraph announces job cuts');
  else if (filing205) reasons.push('The filing reports exit costs (Item 2.05)');
  else if (layoffTopic) reasons.push('The page is mostly about job cuts');

  // The company's own words: a memo, release, filing or call, or a page titled in the first person.
  const ownDocument = OWN_WORDS.has(kind) || /\b(?:our|we|my)\b/i.test(reads[0]?.s.text ?? '');
  // AI links: a cut (or a reference back to it) and AI in one sentence, joined by a causal word;
  // or a sentence giving AI as a reason next to a cut (same paragraph, or two sentences away), or
  // anywhere in the company's own words.
  const plausible = (r: Read): boolean => {
    const sig = r.sig;
    if (!sig.causal || sig.aiDenied || sig.negated || sig.question) return false;
    // "...for job seekers and employers" in the company's own words is not a survey of employers.
    if (sig.aggregate && !hasCompany(r.s) && !(ownDocument && sig.companyVoice)) return false;
    return firmAttrition(r) || !(r.clause && (r.clause.hedged || r.clause.negated || GENERAL_SUBJECT.test(headOf(r.clause.subject))));
  };
  const direct = (r: Read): boolean => {
    if (r.sig.cut || r.sig.attrition) return r.clause ? true : !r.sig.hedge;
    return (r.sig.anaphor || FEWER_PEOPLE.test(r.s.text)) && !(r.sig.hedge && !r.sig.speech);
  };
  const nearCut = (r: Read): boolean =>
    r.sig.rationale && !(r.sig.hedge && !r.sig.speech && !r.sig.companyVoice) &&
    (ownDocument || cuts.some((c) => c.s.para === r.s.para || Math.abs(c.s.index - r.s.index) <= nearWindow(c, r)));
  // "AI is changing how we work. That means we are eliminating 1,750 positions."
  const consequence = (r: Read): boolean => {
    const prev = reads[r.s.index - 1];
    return (r.sig.cut || r.sig.attrition) && CONSEQUENCE_RE.test(r.s.text) && !!prev && prev.sig.aiCause && !prev.sig.negated && !prev.sig.question;
  };
  // The companies whose cuts the story leads with. A link about another company's cuts further
  // down (a rival's AI cuts as background) is not this story's link.
  const leading = new Set(cuts.filter((r) => r.s.index === 0 || isLead(r.s)).flatMap((r) => companies.named(r.s)));
  const foreign = (r: Read): boolean => {
    if (r.s.index === 0 || isLead(r.s) || !leading.size) return false;
    const subject = companies.subject(r.s);
    return subject !== null && !leading.has(subject);
  };
  // "Separately, the CEO laid out his AI plans": the story itself keeps AI apart from the cuts,
  // so a link that rests only on "as" or "amid" does not hold.
  const separated = reads.some((r) => r.sig.ai && SEPARATE_RE.test(r.s.text));
  const weak = (r: Read): boolean => !r.sig.rationale && !CAUSAL_RE.test(r.s.text.replace(WEAK_CAUSE_RE, ' '));
  const links = reads.filter(
    (r) => ((plausible(r) && (direct(r) || (layoffTopic && nearCut(r)))) || (layoffTopic && consequence(r))) &&
      !foreign(r) && !(separated && weak(r)),
  );
  // A denial about an earlier round ("which he said at the time was not about AI") says nothing of this one.
  const denials = reads.filter((r) => r.sig.denial && !r.sig.historical && (r.sig.cut || r.sig.anaphor || /\bjobs?|roles?|people|layoffs?\b/i.test(r.s.text)));
  const denialRead = denials.find((r) => r.sig.speech || OWN_WORDS.has(kind)) ?? null;

  const strongLinks = links.filter((r) => r.s.index === 0 || isLead(r.s));
  const linkSpeakers = links.map((r) => speakerOf(r, reads[r.s.index + 1], kind, hasCompany));
  const firstOwn = linkSpeakers.findIndex((k) => k !== 'reporting');
  const bestLink = firstOwn >= 0 ? firstOwn : 0;
  let attributedBy: AiLinkKind | null = links.length ? linkSpeakers[bestLink]! : null;

  let label: Label;
  let deniedWins = false;
  if (layoffTopic && links.length) {
    // A denial by the company in the headline or lead wins; one further down wins only over reporting.
    deniedWins = !!denialRead && (firstOwn < 0 || isLead(denialRead.s) || denialRead.s.index === 0 || OWN_WORDS.has(kind));
    label = deniedWins ? 'layoff_not_ai' : 'ai_layoff';
  } else if (layoffTopic) {
    label = 'layoff_not_ai';
  } else {
    const aiCount = reads.filter((r) => r.sig.ai).length;
    label = reads[0]?.sig.ai || aiCount >= 3 ? 'ai_no_layoff' : 'other';
  }
  if (deniedWins) attributedBy = 'denied';
  else if (label === 'layoff_not_ai' && denialRead) attributedBy = 'denied';
  else if (label !== 'ai_layoff') attributedBy = null;

  if (label === 'ai_layoff') {
    const where = strongLinks.length ? 'The headline or opening ties the cuts to AI' : 'The article ties the cuts to AI';
    reasons.push(
      attributedBy === 'executive' ? 'An executive ties the cuts to AI'
        : attributedBy === 'company' ? 'The company ties the cuts to AI'
          : where,
    );
    if (denialRead) reasons.push('The company also says the cuts are not about AI');
  } else if (label === 'layoff_not_ai') {
    reasons.push(attributedBy === 'denied' ? 'The company says the cuts are not about AI' : 'Nothing on the page ties the cuts to AI');
  } else if (!cuts.length && reads.some((r) => r.sig.cut)) {
    reasons.push('No company is named as cutting jobs');
  } else if (label === 'ai_no_layoff') {
    reasons.push('The page is about AI, not job cuts');
  }

  // Score: monotone in the evidence; the label's threshold sits at 0.5.
  let score = 0;
  if (titleCut) score += 0.25; else if (leadCut || filing205 || ownVoice) score += 0.2; else if (layoffTopic) score += 0.1;
  score += Math.min(links.length, 3) * 0.1 + Math.min(strongLinks.length, 2) * 0.08;
  if (attributedBy === 'company' || attributedBy === 'executive') score += 0.06;
  if (denialRead) score -= 0.15;
  score = label === 'ai_layoff' ? 0.5 + Math.min(0.5, score / 2) : Math.min(0.49, score / 2);

  const cutSentences = [...cuts].sort((a, b) => a.s.index - b.s.index).map((r) => r.s);
  const evidence = [
    ...cuts.slice(0, 1).map((r) => r.s),
    ...(label === 'ai_layoff' ? [...strongLinks, ...links].map((r) => r.s) : []),
    ...(denialRead ? [denialRead.s] : []),
  ].filter((s, i, a) => a.indexOf(s) === i).slice(0, 4);

  return {
    label,
    score: Math.round(Math.max(0, score) * 1000) / 1000,
    attributedBy,
    denial: denialRead?.s.text ?? null,
    evidence,
    cutSentences,
    linkSentences: label === 'ai_layoff' ? links.map((r) => r.s) : [],
    reasons,
  };
}
