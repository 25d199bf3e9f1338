// Per-sentence regex signals: cheap, computed for every sentence, no NLP.
import type { Sentence } from './sentences';
import {
  AGGREGATE_RE, AI_DOMAIN_RE, AI_RE, ATTRITION_RE, CAUSAL_RE, COMPANY_VOICE_RE, CUT_ANAPHOR_RE, CUT_RE, DENIAL_RE,
  EXECUTIVE_RE, GENERAL_ACTOR_RE, TEASER_RE, HEDGE_RE, HISTORICAL_RE, NEGATION_RE, NOT_JOB_CUT_RE, QUESTION_RE, RATIONALE_RE, SPEECH_RE,
} from './lexicon';

export interface Signals {
  cut: boolean;
  anaphor: boolean;
  attrition: boolean;
  ai: boolean;
  causal: boolean;
  /** A strong reason (AI doing the work, money moved to AI), enough to link a cut nearby. */
  rationale: boolean;
  /** The company says the cuts are not about AI. */
  denial: boolean;
  /** Anyone says so ("the memo does not mention AI", "employees said ... rather than AI"). */
  aiDenied: boolean;
  hedge: boolean;
  aggregate: boolean;
  speech: boolean;
  executive: boolean;
  companyVoice: boolean;
  historical: boolean;
  /** Negation outside attrition phrases ("will not backfill" is a cut, not a negation). */
  negated: boolean;
  question: boolean;
  /** The actors are employers in general, not one employer. */
  general: boolean;
  /** AI named as a cause-capable thing, not only as a domain ("AI unit") or a name ("Scale AI"). */
  aiCause: boolean;
}

const NONE: Signals = {
  cut: false, anaphor: false, attrition: false, ai: false, causal: false, rationale: false, denial: false, aiDenied: false, hedge: false,
  aggregate: false, speech: false, executive: false, companyVoice: false, historical: false, negated: false,
  question: false, general: false, aiCause: false,
};

/** Employees, sources or critics speaking: what they say is not the company's denial. */
const OTHERS_SPEAK = /\b(?:employees|workers|staff(?:ers)?|sources|critics|union|people familiar|former \w+)\b[^.;,]{0,30}\b(?:said|say|says|told|complain\w*|argu\w+)\b/i;

export function signalsOf(s: Sentence): Signals {
  const t = s.text;
  if (TEASER_RE.test(t)) return NONE;
  const ai = AI_RE.test(t);
  const aiCause = ai && AI_RE.test(t.replace(AI_DOMAIN_RE, ' '));
  // "will not backfill" and "not replacing people who leave" are cuts by attrition, not negations.
  const withoutAttrition = t.replace(ATTRITION_RE, ' ');
  const aiDenied = ai && DENIAL_RE.test(withoutAttrition);
  return {
    cut: CUT_RE.test(t.replace(NOT_JOB_CUT_RE, ' ')),
    anaphor: CUT_ANAPHOR_RE.test(t),
    attrition: ATTRITION_RE.test(t),
    ai,
    causal: aiCause && (CAUSAL_RE.test(t) || RATIONALE_RE.test(t)),
    rationale: aiCause && RATIONALE_RE.test(t),
    denial: aiDenied && !OTHERS_SPEAK.test(t),
    aiDenied,
    hedge: HEDGE_RE.test(t),
    aggregate: AGGREGATE_RE.test(t),
    speech: SPEECH_RE.test(t),
    executive: EXECUTIVE_RE.test(t),
    companyVoice: COMPANY_VOICE_RE.test(t),
    historical: HISTORICAL_RE.test(t),
    negated: NEGATION_RE.test(withoutAttrition),
    question: QUESTION_RE.test(t),
    general: GENERAL_ACTOR_RE.test(t),
    aiCause,
  };
}
