// Structure of one candidate sentence, from compromise's part-of-speech tags: who does the cutting,
// and whether the cut verb is negated or hedged. Only the tagger runs (about a millisecond per
// sentence); the subject/auxiliary walk over the tagged terms is ours and linear, because
// compromise's own match() with nested optional groups can take hundreds of milliseconds.
import nlp from 'compromise';

export interface Clause {
  /** Words before the cut verb that act as its subject ("Amazon", "the company", "AI"). */
  subject: string;
  negated: boolean;
  /** "could/may/might cut" and unreported or passive "would cut". */
  hedged: boolean;
}

interface Term {
  normal: string;
  tags: Set<string>;
}

const CUT_VERBS = new Set([
  'cut', 'cuts', 'cutting', 'eliminate', 'eliminates', 'eliminated', 'eliminating', 'lay', 'lays', 'laid',
  'laying', 'reduce', 'reduces', 'reduced', 'reducing', 'slash', 'slashes', 'slashed', 'slashing', 'shed',
  'sheds', 'shedding', 'replace', 'replaces', 'replaced', 'replacing', 'trim', 'trims', 'trimmed', 'axe',
  'axes', 'axed', 'fire', 'fires', 'fired', 'firing', 'backfill', 'backfilling', 'offboard', 'offboarded',
  'shrink', 'shrinking', 'shrinks', 'shrank', 'remove', 'removes', 'removed', 'removing', 'lose', 'losing', 'lost', 'exit', 'exiting', 'affected',
]);
const AUX_WORDS = new Set([
  'to', 'plans', 'plan', 'planned', 'planning', 'will', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be',
  'being', 'been', 'not', 'no', 'never', 'expects', 'expected', 'intends', 'aims', 'set', 'begun', 'began',
  'started', 'continues', 'continue', 'would', 'could', 'may', 'might', 'also', 'further', 'now', 'quietly',
  'likely', 'unlikely',
]);
const SUBJECT_TAGS = ['Noun', 'Pronoun', 'Adjective', 'Determiner', 'Possessive', 'Acronym', 'Value', 'ProperNoun'];
const REPORTING = /^(?:said|says|told|announced|expects|expected|plans|planned)$/;
/** A forecast, not a plan: "predicted that AI will replace half of white-collar jobs". */
const FORECAST = /^(?:predict\w*|envisions?|imagines?|believes?|thinks?)$/;

function termsOf(sentence: string): Term[] {
  const doc = nlp(sentence) as unknown as { docs: { normal?: string; tags?: Set<string> }[][] };
  return doc.docs.flat().map((t) => ({ normal: (t.normal ?? '').replace(/[^\w']/g, ''), tags: t.tags ?? new Set() }));
}

export function readClause(sentence: string): Clause {
  const terms = termsOf(sentence);
  const v = terms.findIndex((t) => CUT_VERBS.has(t.normal));
  if (v < 0) return { subject: '', negated: false, hedged: terms.some((t) => /^(?:could|might|may)$/.test(t.normal)) };
  let i = v - 1;
  const aux: string[] = [];
  let negative = false;
  while (i >= 0 && (AUX_WORDS.has(terms[i]!.normal) || terms[i]!.tags.has('Adverb') || terms[i]!.tags.has('Negative') || terms[i]!.tags.has('Auxiliary'))) {
    aux.push(terms[i]!.normal);
    negative ||= terms[i]!.tags.has('Negative');
    i--;
  }
  const subject: string[] = [];
  while (i >= 0 && SUBJECT_TAGS.some((tag) => terms[i]!.tags.has(tag))) {
    subject.unshift(terms[i]!.normal);
    i--;
  }
  const reported = terms.slice(0, v).some((t) => REPORTING.test(t.normal));
  const hasAux = (w: RegExp): boolean => aux.some((a) => w.test(a));
  // "said it would cut" is a plan; "roles would be eliminated" stays a possibility.
  const forecast = terms.slice(0, v).some((t) => FORECAST.test(t.normal));
  const hedged = forecast || hasAux(/^(?:could|might|may|likely|unlikely)$/) || (hasAux(/^would$/) && (!reported || hasAux(/^be$/)));
  return { subject: subject.join(' '), negated: negative || hasAux(/^(?:not|never|no|\w*nt)$/), hedged };
}
