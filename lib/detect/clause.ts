// Structure of one candidate sentence, from compromise: who does the cutting, whether the cut verb is
// negated or hedged. Only called on the few sentences that already look like job cuts (compromise
// costs about a millisecond per sentence).
import nlp from 'compromise';

export interface Clause {
  /** Words before the cut verb that act as its subject ("Amazon", "the company", "AI"). */
  subject: string;
  negated: boolean;
  /** "could/may/might cut" and unreported "would cut". */
  hedged: boolean;
}

const CUT_VERBS =
  '(cut|cuts|cutting|eliminate|eliminates|eliminated|eliminating|lay|lays|laid|laying|reduce|reduces|reduced|reducing|slash|slashes|slashed|slashing|shed|sheds|shedding|replace|replaces|replaced|replacing|trim|trims|trimmed|axe|axes|axed|fire|fires|fired|firing|backfill|offboard|offboarded|shrink|shrinking|lose|losing|lost|exit|exiting)';

const PATTERN = `[<subj>(#Noun|#Pronoun|#Adjective|#Determiner|#Possessive|#Acronym|#Value)+] [<aux>(#Auxiliary|#Modal|#Adverb|#Negative|to|plans|plan|planned|will|is|are|was|were|has|have|had|be|being|been|not|no|expects|intends|aims|set|begun|began|started|continues|continue)*] [<verb>${CUT_VERBS}]`;

export function readClause(sentence: string): Clause {
  const doc = nlp(sentence);
  const m = doc.match(PATTERN).first();
  if (!m.found) {
    return { subject: '', negated: false, hedged: doc.has('(could|might|may)') };
  }
  // groups(name) is typed loosely; a named group is always a View.
  const group = (name: string): ReturnType<typeof nlp> => m.groups(name) as ReturnType<typeof nlp>;
  const aux = group('aux');
  const subject = group('subj').text();
  const reported = doc.has('(said|says|told|announced|expects|expected|plans|planned) .* (would|will)');
  // "said it would cut" is a plan; "roles would be eliminated" stays a possibility.
  const modal = aux.has('(could|might|may)') || (aux.has('would') && (!reported || aux.has('be')));
  return { subject, negated: aux.has('(#Negative|not|never|no)'), hedged: modal };
}
