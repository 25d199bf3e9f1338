// Which company a page says is cutting. The subject of a cut: the company named before the cut in
// a cut sentence (the headline's first), the company a "the company"/"it" sentence points back
// to, the speaker named after it ("…, Salesforce said"), the author of its own memo, release or
// filing; the place of the cut after it ("layoffs hit X", "Stellenabbau bei SAP"); and where no
// list knows the name, the capitalised name that opens the cut ("Baker McKenzie to cut…") or that
// a kind word names ("mobile gaming giant King", "die Allianz-Tochter Allianz Partners"), never a
// person. A company only compared with, quoted as an analyst, described in an apposition ("the
// company behind Slack"), named as a product's maker or a unit's owner, or named further down is
// never the one cutting: another company's figures beside a story is the worst failure, so
// without a clear cutter there is none.
import type { Mention } from './companies';
import { firmCut, type SentenceRead } from './features';
import { escapeRegExp } from '../escape-regexp';
import { addressIndex, addressWords } from '../page/metadata';
import { isEverydayWord } from '../names/everyday-words';
import { COUNT_WORDS } from './vocab/count-words';
import { STAFF_WORDS } from './vocab/staff-words';
import { conceptHits } from './vocab';
import { LANGS, type Lang } from './vocab/define';
import { numberWordsSource, numberWordValue } from './number-words';

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
  /** How many other companies are the named subjects of cuts of their own up top: a roundup's many. */
  rivals: number;
}

/** Sentences that speak of the one before them ("The company said…", "It will…", its management: "Le 13 septembre dernier, la
 * direction américaine de leur entreprise a annoncé la suppression de 217 postes"; a local government: "the council is
 * striving to reduce the number of unoccupied manager roles"). */
const POINTS_BACK =
  /^\W*(?:the (?:company|firm|group|bank|lender|retailer|carrier|airline|insurer|chipmaker|startup|business|giant|operator|platform|council|local authority)|its?|he|she|they|das unternehmen|der konzern|die bank|l'entreprise|le groupe|la banque|la empresa|la compañía|el banco|het bedrijf|de bank|l'azienda|il gruppo|la banca|a empresa|o banco|o grupo|the management|die geschäftsführung|die konzernleitung|la direction|la dirección|de directie|la direzione|a diretoria)\b/i;
/** "The company …" points back, unless a name follows what it is: "Le groupe médiatique allemand
 * Axel Springer va supprimer…" introduces a company ("The company on Monday said…" still points back). */
function pointsBack(r: SentenceRead, mentions: Mention[], lang?: Lang): boolean {
  const text = r.s.text;
  // The sentence, or the clause after its colon that holds the cut ("…un prezzo umano: l'azienda sta
  // accelerando i licenziamenti").
  const colon = r.cutAt === null ? -1 : text.lastIndexOf(': ', r.cutAt);
  // …or the clause after a fronted phrase that names no one ("On Tuesday, the company said it would cut…",
  // "Come parte di questo progetto, la realtà di Taiwan ha annunciato…").
  const fronted = frontedLength(r) || sourceFronted(r);
  const afterFronted = fronted ? [text.slice(fronted)] : [];
  // …or the clause a report's or a speaker's "that" opens right before the cut, where no company is named before it and
  // no name opens the sentence ("This follows a Bloomberg report on Monday that the bank plans to cut approximately 4,000
  // contract and temporary workers"; not "Zeb Evans, the Chief Executive Officer of … ClickUp, announced … that the
  // company has laid off…", nor "On Tuesday, Axios announced that it would be laying off…": there it is the sentence's).
  const that = r.cutAt === null ? undefined : [...text.slice(0, r.cutAt).matchAll(THAT)].pop();
  const opener = /^\W*(\p{Lu}[\p{L}\p{N}.&+'’-]*)/u.exec(text.slice(fronted))?.[1];
  const afterThat = that && !(opener && !isEverydayWord(opener)) && !mentions.some((m) => m.sentence === r.s.index && m.at < that.index)
    ? [text.slice(that.index + that[0].length)] : [];
  const clauses = [text, ...(colon > 0 ? [text.slice(colon + 2)] : []), ...afterFronted, ...afterThat];
  // …or, in a German or Dutch verb-second clause, what follows its fronted words and verb ("In 2023 kondigde het Amerikaanse
  // technologiebedrijf aan dat het ongeveer 8.000 functies zou schrappen", "Zuvor hatte der Konzern…"), where those words
  // name no one and open with no article (there they are the subject, what follows the verb its object: "Die Gewerkschaft
  // kritisiert die Bank…"; in English always so: "The union has lashed the bank…").
  const verbSecond = lang && VERB_SECOND_LANGS.has(lang) ? clauses.flatMap((clause) => {
    const from = text.length - clause.length;
    return verbSecondAts(clause).filter((at) => !mentions.some((m) => m.sentence === r.s.index && m.at >= from && m.at < from + at)).map((at) => clause.slice(at));
  }) : [];
  return [...clauses, ...verbSecond].some((clause) => {
    // Typeset apostrophes as typed ones: "L’entreprise indique…".
    const m = POINTS_BACK.exec(clause.replace(/’/g, "'"));
    // A pronoun after a verb is as often another clause's ("Axios announced that it would be laying off…").
    if (m && verbSecond.includes(clause) && PRONOUN.test(m[0])) return false;
    if (m) {
      const named = /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}\p{N}.&+'’-]*)/u.exec(clause.slice(m[0].length))?.[1];
      return !named || isEverydayWord(named);
    }
    // What it is, then no name of its own before the cut ("A startup … de Elon Musk, xAI, demitiu…").
    const kind = KIND_POINTS_BACK.exec(clause);
    const cutAt = (r.cutAt ?? 0) - (text.length - clause.length);
    if (!kind || cutAt <= kind[0].length) return false;
    // A place after a preposition is no name of its own ("la realtà di Taiwan ha annunciato un taglio").
    const between = clause.slice(kind[0].length, cutAt).split(/[\s,;:()"“”«»]+/);
    return !between.some((w, i) => /\p{Lu}/u.test(w) && !isEverydayWord(w) && !PLACE_PREPOSITIONS.has(between[i - 1]?.toLowerCase() ?? ''));
  });
}
/** Where the subject of a verb-second clause may start: after one to three fronted words and one verb in lower case, no
 * punctuation between ("In 2023 kondigde het…", "Zuvor hatte der Konzern…", "Im vergangenen Jahr hatte der…"). */
function verbSecondAts(clause: string): number[] {
  const words = [...clause.matchAll(/[^\s]+\s+/gu)];
  const ats: number[] = [];
  if (!words.length || ARTICLES.has(words[0]![0].trim().toLowerCase())) return [];
  for (let verb = 1; verb <= VERB_SECOND_FRONTED && verb < words.length; verb++) {
    if (words.slice(0, verb + 1).some((w) => !/^[\p{L}\p{N}'’-]+\s+$/u.test(w[0]))) break;
    if (/^\p{Ll}+\s/u.test(words[verb]![0])) ats.push(words[verb]!.index + words[verb]![0].length);
  }
  return ats;
}
const VERB_SECOND_FRONTED = 3;
const VERB_SECOND_LANGS: ReadonlySet<Lang> = new Set(['de', 'nl']);
const PRONOUN = /^\W*(?:its?|he|she|they)$/i;
/** "That" opening a reported clause, in each language we read. */
const THAT = /(?<![\p{L}])(?:that|dass|que|dat|che)\s+/giu;
/** A phrase set off by a comma at the start of a sentence: "On Tuesday, ", "In a memo to staff, ", "Face à une conjoncture
 * économique morose et la montée en puissance de l'IA, ". */
const FRONTED_PHRASE = /^[^,;:.]{2,100},\s+/u;
/** How long such a phrase before the cut is, where it names no one, else 0. Not a name set off before an apposition
 * ("Block, the company behind Square, …"): a lower-case word or an everyday first word, and no other capitalised word but
 * everyday ones. */
function frontedLength(r: SentenceRead): number {
  const fronted = FRONTED_PHRASE.exec(r.s.text);
  if (!fronted || (r.cutAt !== null && fronted[0].length >= r.cutAt)) return 0;
  if (FRONTED_PLACE.test(fronted[0])) return fronted[0].length;
  const words = fronted[0].split(/[\s,]+/).filter(Boolean);
  return (words.some((w) => !/^\p{Lu}/u.test(w)) || isEverydayWord(words[0]!)) && !words.slice(1).some((w) => /^\p{Lu}/u.test(w) && !isEverydayWord(w))
    ? fronted[0].length : 0;
}
/** How long a phrase set off first is that names only the story's source, else 0 ("Secondo quanto riportato da Bloomberg, il
 * gruppo statunitense si prepara a tagliare…"): what "the company" after it points back to is named before it. */
function sourceFronted(r: SentenceRead): number {
  const fronted = FRONTED_PHRASE.exec(r.s.text);
  const source = fronted && FRONTED_SOURCE.exec(fronted[0]);
  if (!fronted || !source || (r.cutAt !== null && fronted[0].length >= r.cutAt)) return 0;
  return fronted[0].slice(0, source.index).split(/\s+/).filter(Boolean).slice(1).every((w) => !/^\p{Lu}/u.test(w)) ? fronted[0].length : 0;
}
/** A place set off first, in each language we read: "Au Luxembourg, Docler Holding a licencié 115 des 170 salariés…",
 * "In Deutschland, …", "En España, …". */
const FRONTED_PLACE = /^(?:In|Im|Au|Aux|À|En|Em|No|Na|Nel|Nella|Nei)\s+(?:\p{Lu}[\p{L}-]*\s*){1,3},\s+$/u;
/** Prepositions before a place: "di Taiwan", "aus München", "in Texas". */
const PLACE_PREPOSITIONS = new Set(['of', 'from', 'in', 'di', 'da', 'de', 'du', 'des', 'aus', 'van', 'uit', 'do', 'del']);
/** A company named as the speaker after the fact: "…, Salesforce CEO Marc Benioff said". */
const SPEAKER_AFTER = /^(?:['’]s?\s)?[^.;]{0,30}\b(?:said|says|told|wrote|announced|announces|annonce|anuncia|annuncia|verkündet|confirmed|CEO|chief|spokes\w+|sagte|erklärte|teilte|a annoncé|a déclaré|anunció|dijo|zei|meldt|ha annunciato|anunciou|disse)\b/i;
/** Named as someone else's analyst, partner, rival, model or comparison, or as whom the cutter blames: "like
 * Amazon", "analysts at Jefferies", "Chegg blames Google…". */
const NOT_THE_CUTTER =
  /\b(?:analysts?|economists?|strategists?|researchers?|research) (?:at|from|with)\s+(?:\S+\s+){0,1}$|\b(?:blames?|blaming|blamed|accuses|accused|accusing|sues|sued|suing|beschuldigt|verklagt|accuse|culpa a|culpó a|acusa a|incolpa|accusa|culpa|processa|according to|rivals?|competitors?|partners?|partnership with|customers?|clients?|investors?|backed by|owned by|stake in|deal with|venture with|unlike|like|such as|including|similar to|following|follows|followed|folgt|suit|sigue a|volgt|segue|after|joins|joining|as did|using|via|through|wie|comme|como|zoals|come|told|gegenüber|tegen|tegenover|to|for|from|with|into|than|an|zu|für|mit|à|pour|avec|para|con|naar|voor|met|per)\s+$/i;
/** Named as a story's source, in each language we read (a company the dataset does not hold: see passingIn): "Volgens Business Insider zijn er in maart zo'n 1.500 mensen
 * ontslagen", "De acordo com o TechCrunch, o número de funcionários que serão cortados…", "Segundo reportagem publicada
 * pelo Business Insider, a empresa … demitiu 31 dos 240 empregados" (English "according to" is in NOT_THE_CUTTER). */
const SOURCES = [
  'reported by', 'published by',
  'laut', 'veröffentlicht von',
  'selon', "d['’]après", 'publié par', 'publiée par',
  'según', 'de acuerdo con', 'publicado por', 'publicada por',
  'volgens', 'gepubliceerd door',
  'secondo', 'stando a', 'pubblicato da', 'pubblicata da', 'riportato da', 'riportata da',
  'de acordo com', 'segundo', 'conforme', 'publicado pelo', 'publicada pelo', 'publicado pela', 'publicada pela',
];
const SOURCE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SOURCES.join('|')})\s+(?:(?:the|der|die|dem|le|la|el|il|lo|o|a|het|de)\s+|l['’])?$`, 'iu');
/** The tail of a ministry's or agency's name, in each language we read: "con lettera alle OOSS e al Ministero del Lavoro, la
 * procedura per la gestione di 1.000 esuberi" (Lavoro is also a company's name). */
const BODIES = ['Ministry', 'Department', 'Secretary', 'Agency', 'Ministerium', 'Bundesministerium', 'Bundesagentur', 'Ministère', 'Agence', 'Ministerio', 'Secretaría', 'Agencia', 'Ministerie', 'Ministero', 'Dipartimento', 'Agenzia', 'Ministério', 'Secretaria', 'Agência'];
const BODY_OF = new RegExp(String.raw`(?<![\p{L}])(?:${BODIES.join('|')})\s+(?:of|for|für|de|du|des|del|della|dello|delle|dei|do|da|dos|das|van|voor|der)\s+(?:(?:the|la|le|el|o|a|het|de)\s+|l['’])?$`, 'u');
/** A word as a pattern that also matches it capitalised, opening a sentence: "[Ff]rom". */
const anyCase = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
/** A story's source ending a phrase set off first: "Secondo quanto riportato da Bloomberg, ", "According to Reuters, ". */
const FRONTED_SOURCE = new RegExp(String.raw`(?<![\p{L}])(?:${['according to', ...SOURCES].map(anyCase).join('|')})\s+(?:(?:the|der|die|dem|le|la|el|il|lo|o|a|het|de)\s+|l['’])?(?:\p{Lu}[\p{L}\p{N}.&+'’-]*\s*){1,4},\s+$`, 'u');
/** What a company is that another owns, in each language we read: the owner named after it with "of" is not the one
 * cutting ("Desenvolvedora do Candy Crush da Microsoft substitui 200 funcionários", "la filiale française de X", "lo studio
 * di X", "Microsoft's Candy Crush developer King"). A division, unit or arm of X is X's own cut, so not these. */
const OWNED_KINDS = [
  'developer', 'studio', 'maker', 'publisher', 'subsidiary',
  'Entwickler', 'Tochter', 'Tochtergesellschaft',
  'développeur', 'éditeur', 'filiale',
  'desarrolladora', 'desarrollador', 'estudio', 'filial',
  'ontwikkelaar', 'dochter', 'dochterbedrijf',
  'sviluppatore', 'sviluppatrice', 'controllata',
  'desenvolvedora', 'desenvolvedor', 'estúdio', 'subsidiária',
];
/** "Of" before an owner: "of", "von", "de", "d'", "di", "della", "da", "do", "van"… */
const GENITIVE = String.raw`(?:(?:of|von|des|der|de|du|di|del|della|dello|da|do|dos|das|van)\s+(?:(?:the|la|le|el|il|lo|o|a|het)\s+)?|d['’]|dell['’])`;
const OWNED_KIND = `(?:${OWNED_KINDS.map(anyCase).join('|')})`;
/** The kind, a few adjectives, perhaps what it makes ("do Candy Crush"), then "of" and the owner. */
const OWNER_AFTER_KIND = new RegExp(String.raw`(?<![\p{L}])${OWNED_KIND}(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:${GENITIVE}(?:\p{Lu}[\p{L}\p{N}.&+'’-]*\s+){1,3})?${GENITIVE}$`, 'u');
/** An apposition that is only the owner: "A desenvolvedora King, da Microsoft, responsável por Candy Crush, está substituindo…". */
const OWNER_APPOSITION_OPEN = new RegExp(String.raw`,\s+${GENITIVE}$`, 'u');
/** The owner with its possessive, a name's kind and the name: "Microsoft's Candy Crush developer King". */
const OWNER_BEFORE_KIND = new RegExp(String.raw`^['’]s?\s+(?:\S+\s+){0,3}${OWNED_KIND}\s+\p{Lu}`, 'u');
/** Named as what the company was before ("Beko (ex Whirlpool) licenzia in Italia 2mila lavoratori"), not the cutter. */
const FORMER = ['ex', 'former', 'formerly', 'ehemals', 'ehemalige', 'ehemaligen', 'anciennement', 'antiguo', 'antigua', 'voormalig', 'voormalige', 'antigo', 'antiga'];
const FORMER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${FORMER.join('|')})[\s-]+$`, 'iu');
/** Whose rival, partner, maker, owner… a name is, said right after it ("Candy Crush maker King"). */
const ROLES_AFTER = 'rival|competitor|partner|investor|customer|client|maker|publisher|owner|parent|developer|creator|founder|co-founder|contractor|subcontractor|supplier|vendor|outsourcer';
/** A contract a company is named as the other party of, its name right before it as English, German and Dutch write it
 * ("Metro Bank cuts 300 jobs; inks Infosys deal", "der Infosys-Vertrag", "het Infosys-contract"): a vendor, not the cutter. */
const CONTRACT_NOUNS = [
  'deal', // "Metro Bank cuts 300 jobs; inks Infosys deal"
  'contract', // "the bank signed an Infosys contract", "het Infosys-contract"
  'agreement', // "an outsourcing agreement"
  'Vertrag', // "der Infosys-Vertrag"
  'Auftrag', // "der Infosys-Auftrag"
  'overeenkomst', // "de Infosys-overeenkomst"
];
/** Named as what backs or owns the cutter, or what the cutter makes or works on, not as the cutter: "contract
 * workers who improved Google's AI products have been laid off", "Walmart-backed
 * PhonePe", "Amazon-owned Zappos", "Candy Crush maker King", "Google parent Alphabet", "Twitter
 * founder Jack Dorsey", "Allianz unit", "die Allianz-Tochter Allianz Partners", "job losses at Meta contractor Covalen". */
const NOT_THE_CUTTER_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:\S+\s+)?(?:AI|A\.I\.|KI|IA|artificial|chatbots?|models?|products?|tools?|software|search|platform)\b(?!\s+(?:unit|division|lab|team|arm|group|business|department|organi[sz]ation))|^(?:['’]s)?-(?:backed|owned|funded|based|listed|led|style|like|era|Tochter|Mutter|Eigner|filiale|dochter|controllata|subsidiária|${CONTRACT_NOUNS.join('|')})\b|^\s+(?:${ROLES_AFTER}|unit|arm|subsidiary|division|${CONTRACT_NOUNS.join('|')})s?\b`,
  'i',
);
/** The word after a name no list knows says it is what another company makes or owns: "Mirror publisher puts 600
 * jobs at risk" (the Mirror is a newspaper; its publisher cuts). */
const ROLE_NEXT = new RegExp(`^(?:${ROLES_AFTER})s?$`, 'i');
/** An apposition that says who owns or backs the subject: "The Bild newspaper, owned by the Axel Springer media group, plans…". */
const OWNED_BY = ['owned by', 'backed by', 'controlled by', 'run by', 'part of', 'détenu par', 'détenue par', 'propriété de', 'filiale de', 'propiedad de', 'controlada por', 'filial de', 'im Besitz von', 'eine Tochter von', 'eigendom van', 'onderdeel van', 'di proprietà di', 'controllata da', 'parte di', 'pertencente a', 'controlado por'];
/** What opens an apposition that describes: an article, "one of" many, a relative, what the subject owns or who owns it. */
const APPOSITION_WORDS = String.raw`the|a|an|one of|among|which|who|whose|owner of|parent of|maker of|${OWNED_BY.join('|')}|der|die|das|eine?|le|la|l['’]|un|une|el|la|un|una|de|het|een|il|lo|o|a|um|uma`;
/** Inside an apposition that describes another subject: "Salesforce, the company behind Slack, has
 * laid off…", "Allianz Partners, the travel arm of Germany's Allianz, plans to cut…". */
const APPOSITION_OPEN = new RegExp(String.raw`,\s+(?:${APPOSITION_WORDS})\s[^,;()]{0,100}$`, 'iu');
/** "Owner of" in the other languages we read: after a company it says what it owns ("A Altice Portugal, dona da MEO, está
 * a cortar…"); after a person, whose company it is ("Suumit Shah, dono da Dukaan, disse…"), so only where a name no list
 * knows opens the cut. */
const OWNER_OF = ['Eigentümer von', 'Eigentümerin von', 'propriétaire de', 'propriétaire du', 'dueña de', 'dueño de', 'propietaria de', 'propietario de', 'eigenaar van', 'proprietaria di', 'proprietario di', 'dona da', 'dona do', 'dono da', 'dono do', 'proprietária da', 'proprietária do'];
const APPOSITION_CLOSE = /^[^,;()]{0,60},/u;
/** A gerund clause set off by a comma, after an opening word: "Beyond firing contractors, …". */
const FRONTED = /^\s+\p{Ll}+ing\b[^,.;]{0,80},\s/u;
/** Nothing but a preposition before a cut that opens the sentence: "Beyond firing contractors, …", "After cutting…". */
const FRONTED_CUT = /^\W*(?:\p{Lu}\p{Ll}+\s+)?$/u;
/** A second clause with its own subject: "…, while Swedish fashion group H&M says…". */
const SECOND_CLAUSE = /(?:,\s*(?:while|whereas|but|während|tandis que|alors que|mientras|terwijl|mentre|enquanto)|;)\s+(?:\S+\s+){0,4}$/i;
/** An article before a name is not part of it: "O Bradesco, maior banco privado…". */
const ARTICLES = new Set(['the', 'die', 'der', 'das', 'le', 'la', 'les', 'el', 'los', 'las', 'het', 'de', 'il', 'lo', 'o', 'a', 'os', 'as']);
/** A clause of its own between a name and the cut, whose subject is someone the name's company is not: "Amazon ha
 * iniciado un efecto dominó: quien reparte sus paquetes también anuncia 30.000 despidos". */
const ANOTHER_SUBJECT = /:\s+(?:who|whoever|those who|quien|quienes|el que|la que|wer|qui|celui qui|chi|colui che|quem|aquele que|aquela que|wie|degene die)\s/i;
/** The part of a headline its cut is in: after a clause with a subject of its own ("Amazon ha iniciado un efecto dominó:
 * quien reparte sus paquetes también anuncia 30.000 despidos" is the delivery firm's cut, not Amazon's), else all of it. */
export function headlineCutClause(title: string): string {
  const own = ANOTHER_SUBJECT.exec(title);
  return own ? title.slice(own.index + own[0].length) : title;
}
/** A writer's verb after a name, then what it wrote: "Business Insider schreef afgelopen week dat in de Verenigde Staten ongeveer
 * vijftig banen verloren gaan" (an outlet the dataset does not hold, the story's source, as after "according to"). */
const REPORTS = [
  'reported', 'reports', 'wrote', 'writes', 'revealed',
  'berichtet', 'berichtete', 'schreibt', 'schrieb', 'meldet', 'meldete', 'enthüllte',
  'rapporte', 'a rapporté', 'écrit', 'a écrit', 'révèle', 'a révélé',
  'informa', 'informó', 'escribe', 'escribió', 'publicó', 'reveló',
  'schrijft', 'schreef', 'meldt', 'meldde', 'berichtte', 'onthulde',
  'riporta', 'ha riportato', 'scrive', 'ha scritto', 'rivela', 'ha rivelato',
  'informou', 'escreve', 'escreveu', 'noticiou', 'revelou', 'publicou',
];
const REPORTS_AFTER = new RegExp(String.raw`^\s+(?:${REPORTS.join('|')})(?:\s+[\p{L}\p{N}]+){0,3}?\s+(?:that|dass|que|dat|che)(?![\p{L}])|^\s+(?:${REPORTS.join('|')})\s+qu['’]`, 'u');
/** How far back before a cut a name may sit and still be its subject (characters; German puts much between). */
const SUBJECT_CHARS = 160;
// The words that open a list, capitalised too when they open the sentence ("Après Amazone, IBM et…").
const LIST_OPENERS = ['like', 'such as', 'including', 'not', 'among them', 'after', 'wie', 'darunter', 'etwa', 'nach', 'comme', 'dont', 'après', 'como', 'entre ellas', 'tras', 'después de', 'zoals', 'waaronder', 'come', 'tra cui', 'dopo', 'incluindo', 'como a', 'como o', 'após', 'depois de'];
/** One of a list after "like", "such as", "wie"…: "companies like Amazon, Pinterest and Dow". */
const IN_A_LIST = new RegExp(String.raw`(?<![\p{L}])(?:${LIST_OPENERS.map(anyCase).join('|')})\s+(?:[\p{Lu}][\p{L}\p{N}.&+'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&+'’-]*)*\s*(?:,(?:\s*(?:and|und|et|y|e|en)\b)?|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*)*$`, 'u');
/** A roundup's range of companies, none of them the subject: "Da Hp ad Amazon fino a Klarna e Allianz, l'IA fa
 * piazza pulita", "From Amazon to Salesforce, AI is…". */
const RANGE_FROM_WORDS = String.raw`(?:^|\s)(?:${['from', 'da', 'dal', 'dalla', 'von', 'de', 'du', 'van', 'do'].map(anyCase).join('|')})\s+`;
const RANGE_TO_WORDS = String.raw`(?:to|a|ad|al|à|au|bis|zu|hasta|tot|até|fino a|fino ad)`;
const RANGE_WORD = String.raw`(?:${RANGE_TO_WORDS}|and|und|et|y|e|en|,)`;
const RANGE_NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}.&+'’-]*\s*){1,3}`;
const RANGE_FROM = new RegExp(`${RANGE_FROM_WORDS}$`, 'u');
const RANGE_TO = new RegExp(String.raw`^\s+${RANGE_TO_WORDS}\s+\p{Lu}`, 'u');
const IN_A_RANGE = new RegExp(String.raw`${RANGE_FROM_WORDS}${RANGE_NAME}(?:${RANGE_WORD}\s+${RANGE_NAME})*${RANGE_WORD}\s+$`, 'u');
/** …which goes somewhere: "da Crowdstrike, George Kurtz" is whose chief he is, not a range. */
const RANGE_GOES_TO = new RegExp(String.raw`\s${RANGE_TO_WORDS}\s`, 'u');
/** The company after the cut, where it happens: "layoffs at Amazon", "Stellenabbau bei SAP", "licenciements chez HP". */
const AT_COMPANY = /(?:\bhits?|\bhitting|\bstrikes?|\btrifft|\bat|\bbei|\bchez|\bin casa|\ben|\bbij|\bpresso|\bin|\bna|\bno|\bda|\bdi|\bvon|\bde)\s+(?:der\s|die\s|dem\s|la\s|le\s|el\s|de\s|het\s)?$/i;
/** "In" after a verb of hiring is no place: "Metro Bank is axing around 300 jobs and calling in Infosys for an IT overhaul"
 * (the vendor it hires). */
const HIRED_IN = /\b(?:call|calls|calling|called|bring|brings|bringing|brought|draft|drafts|drafting|drafted)\s+in\s+$/i;
/** How far after the cut words such a place may be named (characters). */
const AT_CHARS = 40;

/** A sentence that turns to another topic: "Meanwhile, …", "Por otro lado, …", "Par ailleurs, …". */
const OTHER_TOPIC = /^\W*(?:meanwhile|separately|elsewhere|on the other hand|in other news|similarly|likewise|ähnlich|ebenso|de même|del mismo modo|de igual modo|evenzo|eveneens|allo stesso modo|analogamente|da mesma forma|do mesmo modo|unterdessen|derweil|andererseits|par ailleurs|de son côté|en revanche|por otro lado|por su parte|en otro orden|anderzijds|intussen|elders|intanto|d'altra parte|dall'altro lato|por outro lado|enquanto isso|noutra frente)\b/i;

/** "Also" between a company and its cut, in each language we read: a comparison with the page's own cut ("Rappelons
 * que Twitch et Amazon ont eux-aussi licencié en ce début d'année", "Meta and Google also cut staff this year"). */
const ALSO = /(?<![\p{L}])(?:also|too|likewise|aussi|également|auch|ebenfalls|también|asimismo|anche|ook|eveneens|também)(?![\p{L}])/iu;
/** "Also" in the words from a company to its cut, before any comma or bracket: not in a clause that describes the
 * company ("Reach, which also owns scores of regional titles, said … it intends to make 321 editorial redundancies"). */
function alsoCuts(words: string): boolean {
  const also = ALSO.exec(words);
  return !!also && !/[,;:(–—]/.test(words.slice(0, also.index));
}

/** A cut named only as background, a span of time or of rounds behind the page's own event, in each language we read:
 * "Microsoft plans to increase hiring after a year of workforce reductions", "After a year marked by sweeping layoffs,
 * Microsoft CEO Satya Nadella says…", "roughly unchanged after several rounds of job cuts" (not "another round of job cuts":
 * that is the event). Its words: the preposition, what the span is, and "of" or "marked by". */
const SINCE = [
  'after', 'following', 'since', 'despite', 'in the wake of', 'on the heels of',
  'nach', 'seit', 'trotz',
  'après', 'depuis', 'malgré', 'à la suite de', 'suite à',
  'tras', 'después de', 'desde', 'pese a', 'a pesar de',
  'na', 'sinds', 'ondanks',
  'dopo', 'nonostante', 'in seguito a',
  'após', 'depois de', 'apesar de',
];
const SPANS = [
  'year', 'years', 'months', 'rounds', 'waves', 'series', 'spate', 'string', 'parade',
  'Jahr', 'Jahre', 'Jahren', 'Monaten', 'Runden', 'Wellen',
  'année', 'années', 'ans', 'mois', 'vagues', 'série', 'salves',
  'año', 'años', 'meses', 'rondas', 'olas', 'oleadas', 'serie',
  'jaar', 'jaren', 'maanden', 'rondes', 'golven', 'reeks',
  'anno', 'anni', 'mesi', 'ondate',
  'ano', 'anos', 'rodadas', 'ondas', 'levas',
];
const SPAN_OF = ['of', 'marked by', 'defined by', 'filled with', 'full of', 'von', 'voller', 'der', 'des', 'de', "d['’]", 'marquée par', 'marcado por', 'marcada por', 'van', 'vol', 'di', 'segnato da', 'segnata da'];
const BACKGROUND_SPAN = new RegExp(String.raw`(?<![\p{L}])(?:${SINCE.join('|')})\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:${SPANS.join('|')})\s+(?:${SPAN_OF.join('|')})\s*(?:[\p{L}\p{N}’'-]+\s+){0,3}$`, 'iu');
/** How far before a cut such a span may start (characters). */
const BACKGROUND_CHARS = 120;
/** The sentence read with the cuts it names only as background left out: no cut at all where that is all it names. A
 * company named inside the span makes it a clause of its own ("After Two Years Of Hiring Meta Cuts 5%"). */
function foreground(r: SentenceRead, mentions: Mention[]): SentenceRead {
  const background = (at: number) => {
    const from = Math.max(0, at - BACKGROUND_CHARS);
    const span = BACKGROUND_SPAN.exec(r.s.text.slice(from, at));
    return !!span && !mentions.some((m) => m.sentence === r.s.index && m.at >= from + span.index && m.at < at);
  };
  const cutsAt = r.cutsAt.filter((at) => !background(at));
  if (cutsAt.length === r.cutsAt.length) return r;
  return cutsAt.length ? { ...r, cutAt: cutsAt[0]!, cutsAt } : { ...r, cutAt: null, cutsAt, flags: { ...r.flags, cut: false } };
}

const WEIGHT: Record<SentenceRead['where'], number> = { title: 5, lead: 3, body: 1 };
const REASON_WEIGHT = 2;
const FIRST_WEIGHT = 2;
const PUBLISHER_WEIGHT = 6;
/** The second of two joined subjects counts as cutting, as little as a body sentence: the first named leads. */
const PARTNER_WEIGHT = 1;
/** Cut sentences read for their subject, in page order. */
const CUT_SENTENCES = 6;

/** An ordinary-word name ("Amazon", "Meta") this close before the cut is its subject: "Amazon taglia…"
 * (not across a headline's colon or dash: "AI Hiring Shift: CEOs Slash…"). */
const WEAK_SUBJECT_GAP = /^[\s,]*(?:[^\s:|–—]+\s+){0,2}$/u;
/** …never right after a preposition (and an adjective): "said on Thursday it will cut", "AI's Impact On Media: Jobs
 * Cut", "o iPhone, da norte-americana Apple, substituiu…". */
const AFTER_PREPOSITION = /(?:^|\s)(?:on|in|of|at|for|from|with|about|by|am|im|um|an|vom|zum|au|du|des|en|sur|del|al|di|nel|sul|do|da|no|na|em|op|van|bij)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/iu;
const WEAK_OPENING_CHARS = 100;
/** A relative clause right after an ordinary-word name that opens the sentence makes it a name, however long the
 * sentence then runs: "Reach, which also owns scores of regional titles…, said on Monday that it intends to make 321
 * editorial redundancies". */
const RELATIVE_AFTER = /^,\s+(?:which|who|whose|welche[rs]?|qui|dont|quien|quienes|cuya|cuyo|che|il cui|la cui|cujo|cuja)\s/iu;
const RECURRING_SENTENCES = 3;

/** An ordinary word opening a sentence as the head of a noun phrase ("Tableau des emplois supprimés…", "Block of
 * flats…") is that word, not the company it also names. */
const NOUN_OF_AFTER = /^\s+(?:of|des|de|du|della|dei|degli|delle|del|do|da|dos|das|van|der)\s/iu;

/** "At" a company, opening a sentence, in each language we read (not "in", "en", "na": there a place is as likely). */
const PLACE_OPENING = /^\W*(?:At|Bei|Chez|Bij|Presso)\s+$/u;
/** An ordinary-word name right before the cut, or opening the sentence that states it ("DBS plans to …, reducing roles"). */
function weakSubject(r: SentenceRead, weak: Mention[]): Mention | null {
  const cutAt = r.cutAt ?? -1;
  /** Named with a capital inside sentences all over the page ("Amazon notificó este miércoles a su plantilla el
   * despido…", then four more): the story's company, whatever else the word means. */
  const recurring = (m: Mention) => cutAt - m.at <= SUBJECT_CHARS &&
    new Set(weak.filter((w) => w.id === m.id && w.at > 2).map((w) => w.sentence)).size >= RECURRING_SENTENCES;
  /** Where the sentence opens, the place of the cut that follows: "Bij Bird in Amsterdam vlogen onlangs in no time 90 van de
   * 570 personeelsleden de straat op". */
  const placeFirst = (m: Mention) => PLACE_OPENING.test(r.s.text.slice(0, m.at)) && cutAt - m.at <= SUBJECT_CHARS &&
    !KIND_WORDS.has(m.term.toLowerCase()) && !NOT_A_NAME.has(m.term.toLowerCase());
  return weak.find((m) => m.sentence === r.s.index && m.at < cutAt && (placeFirst(m) || (!AFTER_PREPOSITION.test(r.s.text.slice(Math.max(0, m.at - 30), m.at)) &&
    !(m.at <= 2 && (isEverydayWord(m.term) || NOUN_OF_AFTER.test(r.s.text.slice(m.at + m.term.length)))) && !KIND_WORDS.has(m.term.toLowerCase()) && !NOT_A_NAME.has(m.term.toLowerCase()) &&
    (WEAK_SUBJECT_GAP.test(r.s.text.slice(m.at + m.term.length, cutAt)) || (m.at <= 2 && (cutAt - m.at <= WEAK_OPENING_CHARS || RELATIVE_AFTER.test(r.s.text.slice(m.at + m.term.length)))) ||
      recurring(m))))) ?? null;
}

/** A deal or partnership with the company, what it is between: "a tech deal with consulting firm Capgemini that has
 * eliminated 200 jobs" (the bank that signed it cuts). */
const DEAL_WITH = /\b(?:partnership with|deal with|contract with|agreement with|venture with|partnered with|teamed up with|outsourc\w* to)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/iu;

/** Named in passing: compared with, listed, an analyst's firm, an owner or backer. */
function passingIn(text: string, m: Mention): boolean {
  const end = m.at + m.term.length;
  const before = (chars: number) => text.slice(Math.max(0, m.at - chars), m.at);
  const after = (chars: number) => text.slice(end, end + chars);
  // An ordinary word that opens a fronted clause is a preposition: "Beyond firing contractors, Duolingo…".
  if (m.how !== 'name' && m.at <= 2 && FRONTED.test(after(100))) return true;
  // A company the dataset holds, named as the source, is as often telling of its own cut ("Selon IKEA, les réductions de
  // personnel…", "Segundo a Ford, pelo menos 5 mil trabalhadores… serão demitidos"); an outlet it does not hold is a source.
  const source = !m.datasetId && (SOURCE_BEFORE.test(before(40)) || REPORTS_AFTER.test(after(60)));
  const saidBefore = NOT_THE_CUTTER.test(before(40)) || FORMER_BEFORE.test(before(40)) || BODY_OF.test(before(40)) ||
    DEAL_WITH.test(before(60)) || IN_A_LIST.test(before(80)) || OWNER_AFTER_KIND.test(before(80)) || inARange(before(100));
  const saidAfter = NOT_THE_CUTTER_AFTER.test(after(20)) || OWNER_BEFORE_KIND.test(after(60)) ||
    (RANGE_FROM.test(before(8)) && RANGE_TO.test(after(20)));
  return source || saidBefore || saidAfter;
}

function inARange(before: string): boolean {
  const range = IN_A_RANGE.exec(before);
  return !!range && RANGE_GOES_TO.test(range[0]);
}

/** Named inside an apposition before the cut: it describes the subject, it is not the subject. */
function inApposition(text: string, m: Mention, cutAt: number): boolean {
  const before = text.slice(0, m.at);
  return (APPOSITION_OPEN.test(before) || KIND_APPOSITION_OPEN.test(before) || ROLE_APPOSITION_OPEN.test(before) || OWNER_APPOSITION_OPEN.test(before)) &&
    APPOSITION_CLOSE.test(text.slice(m.at + m.term.length, cutAt));
}

/** Right after the cut's first word and before its count or staff: the subject of a verb-second clause
 * ("Wegen KI baut Salesforce Stellen ab", "Daarom schrapt ING 700 banen") or whose staff they are
 * ("AI replaces IBM workers"). */
const RIGHT_AFTER_CUT_WORD = /^\S+\s+$/u;
const STAFF_AFTER = new RegExp(String.raw`^\s+(?:(?:\d[\d.,]*|${COUNT_WORDS.join('|')})\s+)?(?:${STAFF_WORDS})(?![\p{L}])`, 'iu');
/** Whose staff the cut takes, named right after it: "reducing Cloudflare’s workforce by 1,100". */
const OWN_STAFF_AFTER = /^['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:workforce|staff|employees|workers|headcount|employee base|payroll)\b/u;
/** After the cut, where it happens ("layoffs at SAP", "Stellenabbau bei SAP") or whose staff it is
 * ("lays off 4,000 of Block's employees", not "as part of Microsoft's layoffs"). */
function placeOfCut(text: string, m: Mention, cutAt: number): boolean {
  if (m.at - cutAt > AT_CHARS) return false;
  return (AT_COMPANY.test(text.slice(Math.max(0, m.at - 12), m.at)) && !HIRED_IN.test(text.slice(Math.max(0, m.at - 20), m.at))) ||
    (RIGHT_AFTER_CUT_WORD.test(text.slice(cutAt, m.at)) && STAFF_AFTER.test(text.slice(m.at + m.term.length, m.at + m.term.length + 40))) ||
    (/(?:\d|%|\bper ?cent)\s+of\s+$/.test(text.slice(Math.max(0, m.at - 16), m.at)) && /^['’]s?\s/.test(text.slice(m.at + m.term.length))) ||
    OWN_STAFF_AFTER.test(text.slice(m.at + m.term.length, m.at + m.term.length + 40));
}

const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|und|et|y|e|en|&))\s*$/;
/** The second of two places of one cut: "workers at WiseTech Global and hundreds at the Commonwealth Bank". */
const PLACE_JOIN = new RegExp(String.raw`^,?\s+(?:and|und|et|y|e|en)\s+(?:[\p{L}\p{N}-]+\s+){1,3}(?:at|bei|chez|bij|presso|in|en|na|no)\s+(?:the\s|der\s|dem\s|la\s|le\s|el\s|de\s|het\s)?$`, 'iu');
/** Two companies joined in a list or as one subject: "Amazon, Microsoft", "Société Générale et BNP Paribas",
 * "a third of workers at WiseTech Global and hundreds at the Commonwealth Bank". */
const joined = (text: string, a: Mention, b: Mention): boolean => {
  const between = text.slice(a.at + a.term.length, b.at);
  return a.id !== b.id && (LIST_JOIN.test(between) || PLACE_JOIN.test(between));
};
/** How many companies in a row joined as a list end right before the cut's verb phrase. */
function listedBefore(text: string, named: Mention[]): number {
  const sorted = [...named].sort((a, b) => a.at - b.at);
  let run = 1;
  let best = sorted.length ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    run = joined(text, prev, sorted[i]!) ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** Three or more capitalised names in a list ("Bayer, VW und SAP", "Mizuho Bank, Mitsubishi UFJ Financial Group et Sumitomo
 * Mitsui Financial Group"), some no list knows. */
const LIST_NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}`;
const NAMES_LIST = new RegExp(String.raw`${LIST_NAME}(?:,\s${LIST_NAME})+,?\s(?:and|und|et|y|e|en|&)\s${LIST_NAME}`, 'gu');
/** How near before the cut such a list is its subject (characters): "haben Bayer, VW und SAP angekündigt, massiv
 * Arbeitsplätze abbauen zu wollen". */
const LIST_SUBJECT_GAP = 60;
/** A list of three or more names right before the cut, two of them companies we know: a tally, whatever the
 * lists know of the rest ("Gerade erst haben Bayer, VW und SAP angekündigt…"); brands of one company are one. */
function namesListedBefore(text: string, cutAt: number, named: Mention[]): boolean {
  for (const m of text.slice(0, cutAt).matchAll(NAMES_LIST)) {
    const end = m.index + m[0].length;
    if (cutAt - end > LIST_SUBJECT_GAP) continue;
    if (new Set(named.filter((n) => n.at >= m.index && n.at < end).map((n) => n.id)).size >= 2) return true;
  }
  return false;
}

/** "Wayfair is cutting warehouse roles, while H&M says automation…": two subjects, two stories. */
function twoStories(r: SentenceRead, mentions: Mention[]): boolean {
  const cutAt = r.cutAt ?? 0;
  const text = r.s.text;
  return mentions.some((m) => m.sentence === r.s.index && m.at > cutAt && !passingIn(text, m) && SECOND_CLAUSE.test(text.slice(Math.max(cutAt, m.at - 50), m.at)));
}

/** The company joined right after the subject, before the cut: "La Société Générale et BNP Paribas ont annoncé…". */
function jointPartner(r: SentenceRead, subject: Mention, mentions: Mention[]): Mention | undefined {
  const text = r.s.text;
  return mentions.find((m) => m.sentence === r.s.index && m.at > subject.at && m.at < (r.cutAt ?? 0) && joined(text, subject, m) && !passingIn(text, m));
}

/** A sentence read with where it names employers in general ("companies", "firms", "Unternehmen"): the vocabulary's
 * "many". */
interface ReadWithMany extends SentenceRead {
  manyAt?: readonly number[];
}
/** How near after "one of the" its employers in general stand ("una de las mayores empresas"): one employer, not many. */
const ONE_OF_CHARS = 30;
/** Where a text names employers in general, not one of them ("Globant, una de las empresas tecnológicas más importantes…",
 * "das Unternehmen"). */
function employersInGeneral(lang: Lang, text: string): number[] {
  const hits = conceptHits(lang, text);
  const one = hits.get('one');
  return hits.get('many').map((h) => h.start).filter((at) =>
    !one.some((o) => o.start <= at && o.end >= at - ONE_OF_CHARS && !/[,.;:]/.test(text.slice(o.end, at))));
}

/** A cut's people named as a contractor's, right after it: "cut over 700 employees of contractor Covalen", "400 jobs at an
 * Irish outsourcer", "150 Beschäftigte des Dienstleisters". */
/** What a contractor is called, in each language we read; a kind of company too (below). */
const CONTRACTORS = ['contractor', 'subcontractor', 'outsourcer', 'Dienstleister', 'sous-traitant', 'prestataire', 'subcontrata', 'contratista', 'onderaannemer', 'subappaltatore', 'terceirizada'];
const CONTRACTOR_STAFF = new RegExp(String.raw`^\S*\s+(?:[\p{L}\p{N}.,]+\s+){0,4}?(?:${STAFF_WORDS})\s+(?:of|at|from|des|der|bei|de|du|chez|van|bij|di|del|della|do|da)\s+(?:(?:an?|the|its|their|einem|eines|le|la|l['’]|un|une|el|una|de|het|een|il|lo|o|um|uma)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${CONTRACTORS.join('|')})s?(?![\p{L}])`, 'iu');
const CONTRACTOR_STAFF_CHARS = 90;
function subjectOf(r: ReadWithMany, mentions: Mention[], weak: Mention[]): Mention | null {
  if (r.cutAt === null) return null;
  const cutAt = r.cutAt;
  const text = r.s.text;
  // The cut's people work for a contractor of the subject, named or not: its client is no cutter ("Meta may cut over
  // 700 employees of contractor Covalen"; the contractor's own cut, its name read from the words around it).
  if (CONTRACTOR_STAFF.test(text.slice(cutAt, cutAt + CONTRACTOR_STAFF_CHARS))) return null;
  const passing = (m: Mention) => passingIn(text, m) || manyBetween(r, m, cutAt);
  // Names before a clause with a subject of its own are not the cut's ("Amazon …: quien reparte sus paquetes … anuncia").
  const own = ANOTHER_SUBJECT.exec(text.slice(0, cutAt));
  const from = own ? own.index + own[0].length : 0;
  const mine = mentions.filter((m) => m.sentence === r.s.index && m.at >= from);
  weak = weak.filter((m) => m.sentence !== r.s.index || m.at >= from);
  /** Every name in the sentence, with those no context confirmed. */
  const all = [...mine, ...weak.filter((m) => m.sentence === r.s.index)];
  const before = mine.filter((m) => m.at < cutAt && cutAt - m.at <= SUBJECT_CHARS && !passing(m) && !inApposition(text, m, cutAt));
  if (twoStories(r, mentions)) return null;
  // "Amazon, Microsoft, Google, and Meta have collectively eliminated…": a list of three or more is a tally, no one subject.
  if (listedBefore(text, all.filter((m) => m.at < cutAt)) >= 3 || namesListedBefore(text, cutAt, all)) return null;
  // Two companies joined as the subject ("La Société Générale et BNP Paribas ont annoncé…"): the one named first
  // leads; the other is a cutter alongside it where the story gives it a cut of its own.
  if (before.length) {
    let at = before.length - 1;
    while (at > 0 && joined(text, before[at - 1]!, before[at]!)) at--;
    return before[at]!;
  }
  // The one company named, opening the sentence, is its subject however long the sentence runs
  // ("Atlassian CEO … sent the video …, informing them that 150 staff had been made redundant").
  const opener = mine[0];
  if (opener && opener.at < cutAt && mine.every((m) => m.id === opener.id) && OPENS_SENTENCE.test(text.slice(0, opener.at)) && !passing(opener)) return opener;
  // A cut in a fronted gerund clause is the main clause's subject's: "Beyond firing contractors, Duolingo planned…".
  if (FRONTED_CUT.test(text.slice(0, cutAt)) && /^\p{Ll}+ing\b/u.test(text.slice(cutAt))) {
    const main = all.find((m) => m.at > cutAt && /^[^,.;]{0,80},\s+(?:the\s+)?$/.test(text.slice(cutAt, m.at)));
    if (main) return main;
  }
  // A headline or sentence that opens with the cut as a verb, then names who does it after a colon or
  // comma: "Couper 4500 emplois tout en misant sur l’IA : le géant américain de la chimie Dow cherche…".
  if (cutAt <= 2 && /^\p{Lu}\p{Ll}+(?:ing|er|ir|re|en|are|ere|ire|ar)\s/u.test(text.slice(cutAt))) {
    const main = all.find((m) => m.at > cutAt && FRONTED_CUT_SUBJECT.test(text.slice(cutAt, m.at)) && /^\s\p{Ll}/u.test(text.slice(m.at + m.term.length)));
    if (main && !passing(main)) return main;
  }
  // The company of the executive who announces it: "il fondatore e CEO di Block … ha annunciato la riduzione".
  const roleOf = all.find((m) => m.at < cutAt && (ROLE_OF.test(text.slice(Math.max(0, m.at - 60), m.at)) || ROLE_OF_DESCRIBED.test(text.slice(Math.max(0, m.at - 80), m.at))));
  if (roleOf && !passing(roleOf)) return roleOf;
  const weakBefore = weakSubject(r, weak);
  if (weakBefore && !passing(weakBefore)) return weakBefore;
  // After the cut, a name counts where the cut happens, whether or not a list confirms the word.
  const after = all.filter((m) => m.at > cutAt && !passing(m)).sort((a, b) => a.at - b.at);
  return (
    after.find((m) => placeOfCut(text, m, cutAt)) ??
    after.find((m) => m.how !== 'weak' && SPEAKER_AFTER.test(text.slice(m.at + m.term.length))) ??
    null
  );
}

/** The subject of the sentence's first cut, else of a later one: "Workforce reductions have reached a
 * tipping point as GitLab implements a reorganization that eliminates 350 roles". Not past a cut whose subject is a name
 * no list knows (`namedAt`): "UK lender Metro Bank is axing around 300 jobs and calling in Infosys for an IT overhaul",
 * "Over 700 Covalen workers in Dublin notified of layoffs; … Meta is replacing third-party content moderation…". */
function subjectOfAnyCut(r: SentenceRead, mentions: Mention[], weak: Mention[], namedAt?: (cutAt: number) => boolean): Mention | null {
  // Two clauses, two subjects: neither is the sentence's ("Wayfair is cutting…, while H&M says automation will shrink…").
  if (twoStories(r, mentions)) return null;
  for (const cutAt of r.cutsAt) {
    const subject = subjectOf(cutAt === r.cutAt ? r : { ...r, cutAt }, mentions, weak);
    if (subject) return subject;
    if (namedAt?.(cutAt)) return null;
  }
  return null;
}

// A run of capitalised words opening the sentence.
// A dateline first is not the name: "[COPENHAGEN] Danske Bank has eliminated…", "LONDON (Reuters) - …".
const DATELINE = String.raw`\[[A-Z][A-Z .,'-]+\]\s*|[A-Z][A-Z .'-]+(?:,[^()]{1,20})?\s*\([^)]{1,30}\)\s*[-–—]\s*`;
const OPENING_RUN = String.raw`^(?:${DATELINE}|\p{Lu}\p{L}+(?:\s+-\s+|\s*[–:|]\s*))?(?:(?:The|Die|Der|Das|Le|La|Les|El|Los|Las|Het|De|Il|Lo|O|A|Os|As)\s+)?((?:[A-Z][\p{L}\p{N}.&+'’-]*)(?:\s+(?:[A-Z][\p{L}\p{N}.&+'’-]*|&|de|van|von|der|y|e|and|of))*)`;
const OPENING = String.raw`${OPENING_RUN}\s+`;
/** …right before its cut (a few words between: "Société Générale annonce 1 800 suppressions",
 * "Keywords Studios Italy Srl ha aperto una procedura di licenziamento")… */
const OPENING_NAME = new RegExp(`${OPENING}(?:\\S+\\s+){0,6}$`, 'u');
/** …or set off by commas around a short description before it: "A Altice Portugal, dona da MEO, está a cortar cerca de 1.000
 * empregos". */
const OPENING_APPOSED = new RegExp(String.raw`${OPENING_RUN},\s+(?:${OWNER_OF.join('|')}|${APPOSITION_WORDS})\s[^,;:()]{0,60},\s+(?:\S+\s+){0,4}$`, 'u');
/** …followed by its own plan or announcement, the cut further on (German puts it last, often after a comma
 * before its infinitive): "Allianz Partners will in den kommenden zwölf bis 18 Monaten … Stellen abbauen", "Allianz
 * Partners plant, in den nächsten zwölf bis 18 Monaten zwischen 1500 und 1800 Jobs wegfallen zu lassen", "Optus has
 * confirmed that 440 roles will be made redundant". */
const OPENING_OWN_VERB = new RegExp(`${OPENING}(?:will|plans?|is planning|is set to|intends|expects|has (?:confirmed|announced)|plant|will|wird|soll|hat (?:angekündigt|bestätigt)|prévoit|va|envisage|a (?:annoncé|confirmé)|planea|prevé|va a|ha (?:anunciado|confirmado|annunciato|confermato)|wil|gaat|is van plan|heeft (?:aangekondigd|bevestigd)|prevede|intende|planeja|prevê|vai|anunciou|confirmou|restructures|reorganizes|reorganises|restrukturiert|réorganise|restructure|reestructura|reorganiza|reorganiseert|herstructureert|riorganizza|ristruttura|reestrutura),?\\s`, 'u');

/** Capitalised words that open a headline without naming an employer. */
const NOT_A_NAME = new Set([
  'the', 'a', 'an', 'this', 'why', 'how', 'what', 'when', 'after', 'as', 'more', 'tech', 'big', 'ai', 'report', 'study',
  'exclusive', 'scoop', 'breaking', 'update', 'opinion', 'analysis', 'watch', 'live', 'video', 'news', 'layoffs', 'jobs', 'bank',
  'banks', 'company', 'companies', 'firm', 'firms', 'government', 'startup', 'employers', 'workers', 'staff', 'ceo',
  'die', 'der', 'das', 'le', 'la', 'les', 'el', 'los', 'las', 'de', 'het', 'il', 'lo', 'i', 'gli', 'o', 'os', 'as', 'um', 'uma',
  'un', 'une', 'ein', 'eine', 'us', 'uk', 'eu', 'u.s.', 'new', 'global', 'major', 'another', 'other', 'several', 'many',
  'konzern', 'unternehmen', 'firma', 'gruppe', 'versicherer', 'regierung', 'behörde', 'groupe', 'entreprise', 'banque',
  'empresa', 'compañía', 'banco', 'grupo', 'bedrijf', 'concern', 'azienda', 'gruppo', 'banca', 'società', 'governo',
  'ceos', 'executives', 'bosses', 'leaders', 'managers', 'employees', 'corporate', 'corporations', 'businesses', 'investors',
  'analysts', 'former', 'no', 'none', 'kein', 'keine', 'aucun', 'aucune', 'ningún', 'ninguna', 'geen', 'nessun', 'nessuno',
  'nessuna', 'nenhum', 'nenhuma', 'beschäftigte', 'mitarbeiter', 'mitarbeitende', 'angestellte', 'salariés', 'employés',
  'empleados', 'trabajadores', 'werknemers', 'medewerkers', 'dipendenti', 'lavoratori', 'funcionários', 'trabalhadores',
  'sindacati', 'sindacato', 'gewerkschaft', 'syndicats', 'syndicat', 'sindicatos', 'sindicato', 'vakbond',
  'board', 'management', 'vorstand', 'geschäftsführung', 'konzernleitung', 'direction', 'dirección', 'directie', 'direzione', 'diretoria',
  'all', 'alle', 'allen', 'tous', 'toutes', 'todos', 'todas', 'tutti', 'tutte', 'first', 'erste', 'erster', 'premier',
  'première', 'primer', 'primera', 'primero', 'primo', 'prima', 'primeiro', 'primeira', 'eerste',
]);

/** A German common noun's shape, capitalised as German writes every noun, which no employer's one-word name has:
 * "Betriebsvereinbarung soll Beschäftigte vor Kündigung schützen", "Automobilbranche", "Stahlindustrie". Long enough
 * that a name like "Hyosung" never takes it. */
const COMMON_NOUN_SHAPE = /^\p{Lu}\p{Ll}{4,}(?:ung|ungen|heit|keit|schaft|branche|industrie|ismus)$/u;
/** A union or staff representatives in any language we read ("CCOO exige a Allianz Partners transparencia…"): they
 * speak for the workers and never cut. */
const isUnion = (name: string): boolean => LANGS.some((lang) => conceptHits(lang, name).get('union').some((h) => h.start === 0));
/** "And" in our languages: two names it joins are two companies ("EY and KPMG"). */
const ANDS = new Set(['and', 'und', 'et', 'y', 'e', 'en']);
/** Words that join a name's parts but never end it: "EUA e…", "Procter and…". */
const JOINS = new Set([...ANDS, '&', 'de', 'van', 'von', 'der', 'of']);
/** A person's name written with a middle initial: "Stephen S. Poloz". */
const PERSON_SHAPE = /^\p{Lu}\p{Ll}+\s\p{Lu}\.\s\p{Lu}\p{Ll}+$/u;


/** The words for "artificial intelligence", capitalised in many headlines ("Com foco em Inteligência Artificial, …"). */
const AI_WORDS = /^(?:artificial|artificiale|artificielle|künstliche[nr]?|kunstmatige|inteligência|inteligencia|intelligenza|intelligence|intelligentie|intelligenz)$/iu;
/** A legal form after a name is not part of what readers call it: "Keywords Studios Italy Srl". */
const LEGAL_FORMS = /^(?:Inc\.?|Corp\.?|Ltd\.?|LLC|plc|PLC|AG|SE|GmbH|KGaA|SA|S\.A\.|SL|S\.L\.|SAS|Srl|S\.r\.l\.|SpA|S\.p\.A\.|NV|N\.V\.|BV|B\.V\.|Ltda\.?)$/;
/** Words that end a headline's opening run without being part of the name ("HSBC AI job cuts"). */
const NOT_IN_NAME = new Set(['ai', 'ki', 'ia', 'a.i.', 'genai', 'tech', 'news', 'plans', 'says', 'to', 'will']);

const slug = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Words before a name that say what it is: a person's role ("CEO Jack Dorsey", "Jack Dorsey, founder"). */
const PERSON_ROLE = String.raw`(?:CEO|CFO|COO|CTO|founder|co-founder|chief executive|chairman|chairwoman|president|boss|Mr|Ms|Mrs|Dr|Chef|Vorstandschef|Gründer|PDG|fondateur|directeur|fundador|presidente|oprichter|topman|amministratore delegato|director ejecutivo|consejero delegado|diretor executivo|diretor-executivo|Vorstandsvorsitzender|Unternehmer|entrepreneur|empresario|empresário|imprenditore)`;

/** An executive's role and "of", right before a company: "CEO of Block", "fondatore e CEO di Block". */
const ROLE_OF = new RegExp(`\\b${PERSON_ROLE}\\s+(?:of|di|de|du|des|von|der|van|do|da|del)\\s+(?:the\\s|la\\s|le\\s|l['’]|il\\s|el\\s|o\\s|a\\s)?$`, 'iu');
/** …or with what the company is between, in lower case: "il CEO della piattaforma indiana di e-commerce Dukaan". */
const ROLE_OF_DESCRIBED = new RegExp(String.raw`(?<![\p{L}])${PERSON_ROLE}\s+(?:of|di|de|du|des|von|der|van|do|da|del|della|dello|dos|das)\s+(?:(?:the|la|le|il|el|o|a)\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,4}$`, 'u');
/** A person's role in an apposition, the company after it: "Jack Dorsey, founder of Twitter, laid off about 4,000 of
 * Block's employees" (Twitter is what he founded, not who cuts). */
const ROLE_APPOSITION_OPEN = new RegExp(`,\\s+(?:(?:the|its|a|an|der|den|dem|die|le|la|el|il|lo|o|um|uma|un|une|una|de|het|een)\\s+|l['’])?(?:\\p{Ll}+\\s+)?(?:\\p{L}+-)?${PERSON_ROLE}\\s+(?:and\\s+\\S+\\s+)?(?:of|at|di|de|du|des|von|der|van|do|da|del|bei|chez|bij|presso)\\s+(?:the\\s|la\\s|le\\s|l['’]|il\\s|el\\s|o\\s|a\\s)?$`, 'iu');
/** A company named as whose executive speaks: "Walmart’s chief people officer", "Salesforce CEO". */
const ITS_EXECUTIVE_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:\p{Ll}+\s+){0,3}(?:${PERSON_ROLE}|officer|chief|head|director|spokes\w+)\b`, 'iu');
/** Employers in general named between a company's executive and the cut are the cut's subject, the company only whose
 * executive speaks of them: "Donna Morris, Walmart’s chief people officer, criticized the trend of companies using
 * artificial intelligence as a reason to reduce headcount" (not "ServiceNow is among the tech companies that have filed
 * layoff notices": there the company is one of them). */
const manyBetween = (r: ReadWithMany, m: Mention, cutAt: number): boolean =>
  ITS_EXECUTIVE_AFTER.test(r.s.text.slice(m.at + m.term.length, m.at + m.term.length + 40)) &&
  (r.manyAt ?? []).some((at) => at >= m.at + m.term.length && at < cutAt);

/** The page calls the name a person: "CEO Marc Benioff", "Jack Dorsey, the founder of Twitter". A
 * person is never the company cutting. */
function aPerson(name: string, texts: string[]): boolean {
  const n = escapeRegExp(name);
  const re = new RegExp(`\\b${PERSON_ROLE}\\.?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}${n}(?![\\p{L}])|(?<![\\p{L}])${n},\\s+(?:(?:the|its|der|le|el|o|il|de)\\s+)?(?:\\S+\\s+)?${PERSON_ROLE}\\b|\\b${PERSON_ROLE}\\b[^.;]{0,40}?\\s\\p{Lu}\\p{Ll}+\\s${n}(?![\\p{L}])`, 'u');
  return texts.some((t) => re.test(t));
}

/** A name of two or more words that ends in what kind of body it is: "Staffordshire County Council", "Baker Hughes
 * Group", "Square Enix Holdings". Named once, it is still a name (the page then says "the council"). */
const ORG_TAIL = /\s(?:Council|Ministry|Department|Authority|University|Agency|Commission|Bank|Group|Airlines|Airways|Insurance|Holdings|Studios)$/u;

/** One word shaped as an adjective of a country or people before a noun: "bij Surinaamse callcenters", "at American
 * banks", "bei amerikanischen…" (Dutch and English write them with a capital). */
const PLACE_ADJECTIVE = /^\p{Lu}(?:\p{Ll}{5,}se|\p{Ll}+(?:ese|ische|ischen|ian|ish))$/u;
/** A Dutch adjective of a country before a one-word name: "Het Duitse SAP gaat…", "het Zweedse Klarna". */
const DUTCH_PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}(?:se|sche)$/u;
const adjectiveOfPlace = (name: string, next: string): boolean => PLACE_ADJECTIVE.test(name) && /^\p{Ll}/u.test(next);

/** Two words, or a name's own shape ("McKenzie", "Crypto.com", "BPER"): not an ordinary capitalised word. */
const ownShape = (name: string): boolean => name.includes(' ') || /\p{L}\p{Lu}|[.&\d]/u.test(name);

/** The address's path (not its site) names the company `id` by one of the terms the page names it with, and names none
 * of the page's other companies. */
function addressNamesOnly(id: string, mentions: Mention[], url: string): boolean {
  const path = addressWords(url);
  const named = (m: Mention) => slug(m.term).length > 2 && addressIndex(path, m.term) >= 0;
  return mentions.some((m) => m.id === id && named(m)) && !mentions.some((m) => m.id !== id && named(m));
}

/** A name no list knows counts when the page names it again, or its short form given in brackets
 * after it (not in a copy of this sentence:
 * "date 2025-11-06 Mass layoffs hit…") or its address does ("…/baker-mckenzie-to-cut-jobs"). Two
 * words or a name's own shape ("McKenzie", "Crypto.com") may repeat anywhere; one plain capitalised
 * word only inside a sentence, and never written in lower case ("Beyond", "beyond"). */
function namedAgain(name: string, next: string, others: string[], url: string): boolean {
  const address = addressWords(url, true);
  /** The word standing alone in a text. */
  const alone = (word: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u');
  // "National Australia Bank (NAB) has announced…": the page goes on with the short form.
  const short = /^\((\p{Lu}{2,6})\)/u.exec(next)?.[1];
  if (short) {
    const shortAlone = alone(short);
    if (addressIndex(address, short) >= 0 || others.some((t) => shortAlone.test(t))) return true;
  }
  const shaped = ownShape(name);
  if (!shaped) {
    const lowerAlone = alone(name.toLowerCase());
    if (others.some((t) => lowerAlone.test(t))) return false;
  }
  const copy = next && !shaped ? `${name} ${next}` : null;
  if (addressIndex(address, name) >= 0 && !(copy && addressIndex(address, copy) >= 0)) return true;
  return others.some((t) => {
    const at = t.indexOf(name);
    return (shaped ? at >= 0 : at > 0) && (!copy || !t.includes(copy));
  });
}

/** What every one of a group is called, not a company: "The Magic Circle firm has confirmed a round of cuts", where the page
 * goes on "Behind every Magic Circle partner stands…" (or "Magic Circle firms", "die Big-Four-Firmen"). */
const GROUP_BEFORE = ['every', 'each', 'jede', 'jeder', 'jedes', 'jedem', 'jeden', 'chaque', 'cada', 'ogni', 'elke'];
const GROUP_AFTER = ['firms', 'companies', 'banks', 'Firmen', 'Unternehmen', 'Kanzleien', 'Banken', 'cabinets', 'entreprises', 'banques', 'bufetes', 'empresas', 'bancos', 'kantoren', 'bedrijven', 'banken', 'aziende', 'banche'];
function aCategory(name: string, texts: string[]): boolean {
  const n = escapeRegExp(name);
  const re = new RegExp(`(?<![\\p{L}])(?:${GROUP_BEFORE.join('|')})\\s+${n}(?![\\p{L}])|(?<![\\p{L}])${n}[\\s-]+(?:${GROUP_AFTER.join('|')})(?![\\p{L}])`, 'iu');
  return texts.some((t) => re.test(t));
}

/** The people a company employs, in each language we read, as a Title Case headline writes them after a place: "Port
 * Botany Workers Sacked via Text Message". Never the last word of an employer's name (not "post": "Washington Post"). */
const STAFF_LAST = /^(?:Workers|Employees|Staff|Staffers|Mitarbeiter|Beschäftigte|Salariés|Employés|Travailleurs|Trabajadores|Empleados|Werknemers|Medewerkers|Lavoratori|Dipendenti|Trabalhadores|Funcionários)$/u;

/** A word some concept of some language we read lists ("Announces": speech; "Cuts": a cut verb). */
function inVocabulary(word: string): boolean {
  const marks: { at: number; tag: string }[] = [];
  for (const lang of LANGS) conceptHits(lang, word.toLowerCase()).marks(marks);
  return marks.length > 0;
}

/** The name in a run of capitalised words: no article before it, no word that ends a headline's run
 * after it ("HSBC AI job cuts"), at most four words, and not a word that opens headlines ("Tech"). */
function nameIn(run: string): string | null {
  const words = run.split(/\s+/).filter(Boolean);
  while (words.length > 1 && ARTICLES.has(words[0]!.toLowerCase())) words.shift();
  if (words.length === 2 && DUTCH_PLACE_ADJECTIVE.test(words[0]!)) words.shift();
  // What it is, then a name of its own shape: "Banca BPER" (not "Société Générale": there it is the name).
  // So is a compound that ends in what it is: "Computerfabrikant HP", "Telecombedrijf KPN".
  // …but what it is, "of" and a capitalised word is the name: "Bank of Queensland".
  const kindOf = words.length > 2 && KIND_WORDS.has(words[0]!.toLowerCase()) && words[1] === 'of';
  // A compound of what it is is never part of the name: "Technologiekonzerns Bosch".
  if (!kindOf && words.length > 1 && (KIND_COMPOUND.test(words[0]!) || (KIND_WORDS.has(words[0]!.toLowerCase()) && (words.length > 2 || /^\p{Lu}.*\p{Lu}/u.test(words[1]!))))) words.shift();
  // A name joined to what of it is meant: "Ergo-Versicherung baut 1.000 Stellen ab", "Lufthansa-Konzern".
  if (words.length === 1) words[0] = NAME_KIND_COMPOUND.exec(words[0]!)?.[1] ?? words[0]!;
  // Two names joined are two companies: "EY and KPMG".
  if (words.some((w) => ANDS.has(w))) return null;
  while (words.length > 1 && LEGAL_FORMS.test(words[words.length - 1]!)) words.pop();
  while (words.length && (NOT_IN_NAME.has(words[words.length - 1]!.toLowerCase()) || JOINS.has(words[words.length - 1]!.toLowerCase()))) words.pop();
  // "Law Firm Sacks Hundreds Of Employees…": a Title Case headline's field and "firm" describe the cutter, no firm is so named.
  if (words.length === 2 && /^firms?$/i.test(words[1]!)) return null;
  // "Port Botany Workers Sacked via Text Message": the staff of a place, not an employer.
  if (words.length > 1 && STAFF_LAST.test(words[words.length - 1]!)) return null;
  // "The Day AI Started Firing People": AI with a word after it is the headline's subject, not part of a name.
  if (words.slice(0, -1).some((w) => /^(?:AI|KI|IA)$/.test(w))) return null;
  if (!words.length || words.length > 4 || !/\p{L}/u.test(words[0]!) || PERSON_SHAPE.test(words.join(' ')) || (!kindOf && (NOT_A_NAME.has(words[0]!.toLowerCase()) || isEverydayWord(words[0]!))) || (words.length === 1 && COMMON_NOUN_SHAPE.test(words[0]!)) || isUnion(words.join(' ')) || /^(?:[LlDd]['’])?(?:AI|KI|IA)\b/.test(words[0]!) || words.some((w) => AI_WORDS.test(w))) return null;
  // "Trump’s tariffs driving thousands of layoffs": the owner of the subject is not the subject; a place's name
  // before it is not part of it ("Grand Rapids' Acrisure to cut 2,250 jobs").
  const owner = words.findLastIndex((w) => /\p{L}['’]s?$/u.test(w));
  if (owner === words.length - 1) return null;
  // …nor its act in a Title Case headline, a word the vocabulary knows, nor the day of its act: "Sainsbury’s Announces
  // 1,500 Job Cuts", "supermarket group Sainsbury’s Thursday announced plans…" (that is "Grand Rapids' Acrisure").
  if (owner >= 0 && words.slice(owner + 1).every((w) => inVocabulary(w) || isEverydayWord(w))) return null;
  // A sentence's full stop is not part of the name ("…de sa filiale Byborg."); an abbreviation's is ("S.A.").
  return words.slice(owner + 1).join(' ').replace(/(?<=\p{Ll}{2})\.$/u, '');
}

/** A speaker's verb after the name, then another name: "FSU says Suncorp job cuts ‘impact insurance’", "Unifor condemns
 * Bell's shortsighted workforce reduction plans" (a union speaks of the company's cut; AI as the next word is no company). */
const SPEAKER_VERBS = ['says', 'said', 'condemns', 'slams', 'blasts', 'criticises', 'criticizes', 'warns', 'urges', 'calls on', 'sagt', 'kritisiert', 'verurteilt', 'warnt', 'dit', 'dénonce', 'condamne', 'critique', 'dice', 'denuncia', 'critica', 'condena', 'zegt', 'bekritiseert', 'veroordeelt', 'diz'];
const SPEAKS_OF_ANOTHER = new RegExp(String.raw`^\s+(?:${SPEAKER_VERBS.join('|')})\s+(?:(?:that|dass|que|dat|che)\s+)?(?:(?:the|der|die|le|la|el|il|o|a|de|het)\s+)?(?!(?:AI|KI|IA)\b)\p{Lu}`, 'u');
/** …unless the cut is in a question the name asks about: "AP examines whether AI is driving layoffs". The words that
 * open one, by language: one language's question word is another's preposition or pronoun (Dutch "of" is "whether";
 * English "of" in "Australian Community Media (ACM) has announced another round of redundancies" is not). */
const QUESTION_WORDS: Record<Lang, string> = {
  en: 'whether|if|how|why', de: 'ob|warum|wie', fr: 'si|comment|pourquoi', es: 'si|cómo|por qué', nl: 'of|hoe|waarom',
  it: 'se|come|perché', pt: 'se|como|por que',
};
const questionIn = (words: string) => new RegExp(String.raw`\s(?:${words})\s`, 'i');
const EMBEDDED_QUESTION = new Map(LANGS.map((l) => [l, questionIn(QUESTION_WORDS[l])]));
/** A page whose language is not known is read with every language's words. */
const ANY_QUESTION = questionIn(Object.values(QUESTION_WORDS).join('|'));
/** A run of capitalised words opening the sentence, right before its cut: a name no list has, where no name a list
 * knows stands before the cut (one after it is no subject: "BOQ slashes 200 Australian jobs through Capgemini partnership"). */
function unknownOpeningName(r: SentenceRead, others: string[], url: string, mentions: Mention[], lang?: Lang): string | null {
  // A company named before the cut stands in the way, unless an apposition names it as what the subject belongs to: "Sky, a
  // part of Comcast, is cutting 2,000 call centre jobs".
  if (r.cutAt === null || mentions.some((m) => m.sentence === r.s.index && m.at < r.cutAt! && !inApposition(r.s.text, m, r.cutAt!))) return null;
  /** The name opening the text from `start` to the cut. */
  const opening = (start: number): string | null => {
    const clause = r.s.text.slice(start, r.cutAt!);
    // The question's words after the apposition, not in it ("Sky, a part of Comcast, is cutting…": Dutch "of" is "whether").
    const apposed = OPENING_APPOSED.exec(clause);
    const asks = (from: number) => (lang ? EMBEDDED_QUESTION.get(lang)! : ANY_QUESTION).test(clause.slice(from));
    const m = (apposed && !asks(apposed.index + apposed[0].lastIndexOf(','))) ? apposed :
      (asks(0) ? null : OPENING_NAME.exec(clause)) ?? (clause.length <= SUBJECT_CHARS ? OPENING_OWN_VERB.exec(clause) : null);
    const run = m?.[1] ?? '';
    const name = nameIn(run);
    if (!name) return null;
    const rest = r.s.text.slice(start + (m?.index ?? 0) + (m?.[0].indexOf(name) ?? 0) + name.length);
    const next = rest.trim().split(/\s+/)[0] ?? '';
    // A place's possessive before it says it is a name, named once or not: "Grand Rapids' Acrisure to cut 2,250 jobs" (a
    // company a list knows before the cut stops this reading).
    const placeOwns = /\p{L}['’]s?\s+$/u.test(run.slice(0, run.lastIndexOf(name)));
    return (placeOwns || namedAgain(name, next, others, url) || ORG_TAIL.test(name)) && !ROLE_NEXT.test(next) && !adjectiveOfPlace(name, next) && !SPEAKS_OF_ANOTHER.test(rest) &&
      !aPerson(name, [r.s.text, ...others]) ? name : null;
  };
  /** Where a clause opening at `from` starts its words: after an article in lower case ("No total, a Altice Portugal…"). */
  const clauseStart = (from: number) => from + (CLAUSE_ARTICLE.exec(r.s.text.slice(from))?.[0].length ?? 0);
  // The sentence's start, or the main clause's after a fronted phrase that names no one, the same ("On Tuesday, Axios
  // announced that it would be laying off…", "In 2025, UnitedHealthcare, a major player in the U.S. health insurance
  // industry, made headlines with its workforce reduction plans").
  // There all of a name: not "Washington" of "…in the business, the Washington Post, announced it is cutting…".
  const front = frontedLength(r);
  const fronted = front ? opening(clauseStart(front)) : null;
  const whole = opening(0) ?? (fronted && !/^\s+\p{Lu}/u.test(r.s.text.slice(r.s.text.indexOf(fronted, front) + fronted.length)) ? fronted : null);
  if (whole) return whole;
  const second = lang && VERB_SECOND_LANGS.has(lang) ? subjectAfterVerb(r, others, url) : null;
  if (second) return second;
  // After a colon or comma a new clause opens ("…zeigt …: Allianz Partners will bis zu 1800 Stellen
  // streichen", "Grazie a AI e omnichannel, Banca BPER taglierà…", its article in lower case: "No total, a Altice Portugal
  // vai cortar 1.000 postos"); a name of two words or of its own shape there, not one capitalised word ("…reality: Schools
  // won't…"), unless a cut verb follows it ("Intelligenza artificiale in redazione, Bild licenzia 200 giornalisti").
  const boundary = Math.max(r.s.text.lastIndexOf(': ', r.cutAt), r.s.text.lastIndexOf(', ', r.cutAt));
  if (boundary <= 0) return null;
  const start = clauseStart(boundary + 2);
  const after = opening(start);
  const verbNext = (name: string) => r.s.text.startsWith(name, start) && !r.s.text.slice(start + name.length, r.cutAt!).trim();
  return after && (ownShape(after) || verbNext(after)) ? after : null;
}
/** A name after the cut's verb in second place, an article perhaps before it: "Bis Ende 2020 baut die Postfinance in der
 * Schweiz rund 500 Vollzeitstellen ab". German writes every noun with a capital ("Nun streicht die Stadt…"), so one word
 * counts only where the page's address names it too, never a word that says what it is ("der Autobauer") nor a common
 * noun's shape; a name of two words or of its own shape where the page names it again. */
function subjectAfterVerb(r: SentenceRead, others: string[], url: string): string | null {
  const cutAt = r.cutAt!;
  const verb = /^\S+\s+/u.exec(r.s.text.slice(cutAt))?.[0] ?? '';
  if (!verb || !verbSecondAts(r.s.text).includes(cutAt + verb.length)) return null;
  const rest = r.s.text.slice(cutAt + verb.length);
  const run = AFTER_VERB_NAME.exec(rest)?.[1];
  const name = run ? nameIn(run) : null;
  if (!name || KIND_WORDS.has(name.toLowerCase()) || KIND_COMPOUND.test(name) || COMMON_NOUN_SHAPE.test(name) || STAFF_WORD.test(name)) return null;
  const next = rest.slice(rest.indexOf(name) + name.length).trim().split(/\s+/)[0] ?? '';
  const confirmed = ownShape(name) ? namedAgain(name, next, others, url) : addressIndex(addressWords(url, true), name) >= 0;
  return confirmed && !aPerson(name, [r.s.text, ...others]) ? name : null;
}
/** An article in lower case opening a clause: "a" in "No total, a Altice Portugal vai cortar…". */
const CLAUSE_ARTICLE = /^(?:the|die|der|das|le|la|les|el|los|las|het|de|il|lo|o|a|os|as)\s+(?=\p{Lu})/u;

/** A factory, in each language we read: a company where it is named as one ("Changying Precision Technology Company, una
 * fábrica de teléfonos móviles…"). */
const FACTORY_KINDS = ['factory', 'Fabrik', 'usine', 'fábrica', 'fabriek', 'fabbrica'];
/** What a company is, said right before its name: "mobile gaming giant King", "Candy Crush maker
 * King", "the Allianz subsidiary Allianz Partners", "die Allianz-Tochter Allianz Partners", a law firm: "Le cabinet Baker
 * McKenzie annonce une restructuration de ses business services". One a
 * line: a word of any language we read (German nouns written with their capital). */
const KINDS = [
  'giant', 'company', 'firm', 'group', 'maker', 'developer', 'publisher', 'studio', 'subsidiary', 'unit', 'arm', 'division',
  'retailer', 'lender', 'bank', 'insurer', 'carrier', 'airline', 'telco', 'operator', 'startup', 'start-up', 'platform',
  'chain', 'conglomerate', 'consultancy', 'provider', 'manufacturer', 'automaker', 'chipmaker', 'broadcaster',
  'Konzern', 'Tochter', 'Versicherer', 'Riese', 'Hersteller', 'Anbieter', 'Ableger',
  'groupe', 'géant', 'filiale', 'entreprise', 'société', 'compagnie', 'banque', 'assureur', 'gigante', 'empresa', 'grupo', 'filial',
  'compañía', 'banco', 'aseguradora', 'bedrijf', 'concern', 'dochter', 'bank', 'verzekeraar', 'azienda', 'gruppo',
  'colosso', 'società', 'compagnia', 'realtà', 'controllata', 'banca', 'companhia', 'seguradora', 'operadora', 'fabricante', 'produttore', 'fabricant',
  'multinational', 'multinationale', 'multinazionale', 'multinacional', 'exchange', 'app', 'brokerage', 'broker',
  'Plattform', 'plateforme', 'plataforma', 'piattaforma',
  'desenvolvedora', 'desenvolvedor', 'desarrolladora', 'desarrollador', 'développeur', 'sviluppatore', 'sviluppatrice', 'ontwikkelaar', 'Entwickler',
  'estúdio',
  'supplier', 'Zulieferer', 'fournisseur', 'proveedor', 'proveedora', 'leverancier', 'fornitore', 'fornecedor', 'fornecedora',
  ...CONTRACTORS,
  'cabinet', 'Kanzlei', 'bufete', 'advocatenkantoor',
  ...FACTORY_KINDS,
];
/** Kinds that are also something else: in English a government's cabinet, and a factory is as often where the jobs are
 * ("Thousands of factory jobs go as automation spreads"): "the cabinet" or a headline's "factory" points back to no company
 * and calls none by what it is. */
const NOT_ONLY_KINDS = new Set(['cabinet', ...FACTORY_KINDS].map((k) => k.toLowerCase()));
/** What a news outlet is: an employer that cuts, but as often the source a story quotes ("El diario Nació
 * Digital apunta que…"), so its name must come again on the page to count. */
const MEDIA_KINDS = [
  'newspaper', 'tabloid', 'magazine', 'outlet', 'portal', 'website', 'network', 'agency', 'Verlag', 'Zeitung', 'Sender',
  'journal', 'quotidien', 'hebdomadaire', 'périodique', 'chaîne', 'periódico', 'diario', 'revista', 'cadena', 'krant',
  'omroep', 'giornale', 'quotidiano', 'testata', 'rivista', 'jornal', 'emissora', 'editora', 'editore', 'éditeur',
  'editorial', 'uitgever',
];
const MEDIA_WORDS = new Set(MEDIA_KINDS.map((k) => k.toLowerCase()));
const ALL_KINDS = [...KINDS, ...MEDIA_KINDS];
const KIND_WORDS = new Set(ALL_KINDS.map((k) => k.toLowerCase()));
const CAP_RUN = String.raw`(\p{Lu}[\p{L}\p{N}.&+'’-]*(?:\s(?:\p{Lu}[\p{L}\p{N}.&+'’-]*|&))*)`;
/** A word for staff, alone: after a verb it is the cut's object, no name ("streicht Mitarbeiter"). */
const STAFF_WORD = new RegExp(`^(?:${STAFF_WORDS})$`, 'iu');
/** A name right after a verb, its article perhaps before it (German, Dutch): "baut die Postfinance…". */
const AFTER_VERB_NAME = new RegExp(String.raw`^(?:(?:der|die|das|de|het)\s+)?${CAP_RUN}`, 'u');
/** German compounds end in the kind: "Medienkonzern Axel Springer", "Versicherungstochter". */
const COMPOUND_KINDS = ['konzern', 'tochter', 'riese', 'versicherer', 'hersteller', 'anbieter', 'ableger', 'gruppe', 'bauer', 'händler', 'kette'];
/** Dutch compounds are written in lower case: "navigatiebedrijf TomTom", "de verzekeraar". */
const LOWER_COMPOUND_KINDS = ['bedrijf', 'concern', 'verzekeraar', 'maatschappij', 'fabrikant', 'keten', 'leverancier', 'winkel'];
/** One word that is a compound of what a company is ("Computerfabrikant", "Versicherungskonzern", in the genitive too:
 * "Mitarbeiter des Technologiekonzerns Bosch"), and a
 * name joined to one by a hyphen ("Ergo-Versicherung", "Lufthansa-Konzern"). */
const KIND_COMPOUND = new RegExp(String.raw`^(?:\p{Lu}+-)?\p{Lu}\p{Ll}+(?:${[...COMPOUND_KINDS, ...LOWER_COMPOUND_KINDS].join('|')})(?:e?s)?$`, 'u');
const NAME_KIND_COMPOUND = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{N}]+)-(?:\p{Lu}\p{Ll}*(?:${COMPOUND_KINDS.join('|')})|Konzern|Versicherung|Gruppe|Bank|Holding|Verlag)$`, 'u');
const KIND = String.raw`(?:${ALL_KINDS.join('|')}|\p{Lu}\p{Ll}+(?:${COMPOUND_KINDS.join('|')})|\p{Ll}{3,}(?:${LOWER_COMPOUND_KINDS.join('|')}))`;
/** …or one that opens with what the subject is: "Allianz Partners, controllata del colosso assicurativo Allianz, si
 * prepara a tagliare…" (the owner named in it is not the subject). */
const KIND_APPOSITION_OPEN = new RegExp(String.raw`,\s+${KIND}\s[^,;()]{0,100}$`, 'u');
/** From a cut that opens the sentence to the subject of its main clause: the first colon or comma, then
 * perhaps an article and what the company is. */
const FRONTED_CUT_SUBJECT = new RegExp(String.raw`^[^.;:,]{0,120}[,:]\s+(?:(?:the|le|la|l['’]|der|die|das|el|il|lo|o|a|het|de)\s*)?(?:${KIND}(?:\s+\p{Ll}[\p{L}'’-]*){0,5}\s+)?$`, 'u');
/** What a company is, after "the", pointing back to the company named before: "The Dutch lender
 * said…", "Il gigante della consulenza non sta solo riducendo il personale", "a plataforma de comércio
 * eletrônico demitiu 119 funcionários". Not a part of it (a unit, a subsidiary: perhaps a company of its
 * own) nor a news outlet (as often the source quoted). */
const PART_KINDS = new Set(['subsidiary', 'unit', 'arm', 'division', 'tochter', 'ableger', 'filiale', 'dochter', 'controllata', 'filial']);
/** The kinds of a list as one alternation, but those the sets name (in lower case): what points back or calls one company
 * leaves out a part of one, and where a kind is also something else, that too. */
const kindsBut = (kinds: readonly string[], ...without: ReadonlySet<string>[]): string =>
  kinds.filter((k) => !without.some((set) => set.has(k.toLowerCase()))).join('|');
const KIND_POINTS_BACK = new RegExp(String.raw`^\W*(?:${['the', 'die', 'der', 'das', 'le', 'la', "l['’]", 'el', 'het', 'de', 'il', 'lo', 'o', 'a'].map(anyCase).join('|')})\s*(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+(?:ish|ese|an|ch|i|se|sche))\s+){0,2}(?:${kindsBut(KINDS, PART_KINDS, NOT_ONLY_KINDS)}|\p{Lu}\p{Ll}+(?:${kindsBut(COMPOUND_KINDS, PART_KINDS)})|\p{Ll}{3,}(?:${LOWER_COMPOUND_KINDS.join('|')})|(?<=\p{Ll}\s+)\p{Lu}\p{Ll}+bank)(?![\p{L}-])`, 'u');
/** A company the story does not name yet, by what it is, before its cut: "un’azienda ha licenziato…", "A major international
 * law firm has laid off hundreds", "Questa banca italiana sta per licenziare 2.000 dipendenti" (not "the company": that
 * points back), never a hypothetical one ("Cuando una empresa justifica un despido colectivo…"). */
const UNNAMED_KIND = new RegExp(String.raw`(?:^|[\s,])(?<!(?:when|if|whenever|cuando|si|quand|lorsque|wenn|falls|als|quando|se|wanneer|indien)\s+)(?:(?:an?|one|un|une|una|uma|um|ein|eine|einer|een|this|questa|questo|cette|cet|esta|este|dieser|diese|deze|dit)\s+|un['’]\s*)(?:[\p{L}-]+\s+){0,3}?(?:${kindsBut(KINDS, PART_KINDS)})(?![\p{L}-])`, 'iu');
/** A headline that calls one company by what it is, not a part of one ("Mirror publisher puts 600 jobs at risk"). */
const ONE_COMPANY = new RegExp(String.raw`(?<![\p{L}-])(?:${kindsBut(ALL_KINDS, PART_KINDS, NOT_ONLY_KINDS)})(?![\p{L}-])`, 'iu');
export const namesOneCompany = (title: string): boolean => ONE_COMPANY.test(title);
/** What opens a sentence before its subject's name: an article, and what the company is ("Le groupe
 * Capgemini, leader français du conseil, a annoncé…", "Der Softwarekonzern SAP…"). */
const OPENS_SENTENCE = new RegExp(String.raw`^\W*(?:(?:${[...ARTICLES].join('|')}|l['’])\s+)?(?:(?:\p{Ll}[\p{L}-]+\s+){0,2}${KIND}\s+(?:\p{Ll}[\p{L}-]+\s+){0,2})?$`, 'iu');
/** The kind before the name, or set off before it, an adjective between them: "giant Telstra", "a law firm, Baker
 * McKenzie, has…", "a fabricante taiwanesa Foxconn". */
const KIND_NAME = new RegExp(String.raw`(?:^|[\s'’-])${KIND}(\s|,\s)((?:\p{Ll}[\p{L}-]+\s){0,2})${CAP_RUN}`, 'gu');
/** What a company is, described at length, then its name set off by commas: "Los periodistas del portal de
 * tecnología y ciencia, Gizmodo, fueron despedidos". */
const KIND_APPOSITION = new RegExp(String.raw`(?:^|[\s-])${KIND}(?:\s+\p{Ll}[\p{L}'’-]*){0,5},\s${CAP_RUN},`, 'gu');
/** An apposition opened by an article: ", the Microsoft-owned developer". */
const APPOSED_KIND = /^,\s(?:the|a|an|der|die|das|ein|eine|le|la|l['’]|un|une|el|una|het|een|il|lo|o|um|uma)\s/u;
/** The name, then the kind in an apposition: "King, the developer behind Candy Crush, is replacing…". */
const NAME_KIND = new RegExp(String.raw`(?<![\p{L}\p{N}])${CAP_RUN},\s(?:(?:the|a|an|der|die|das|ein|eine|le|la|l['’]|un|une|el|una|het|een|de|il|lo|o|um|uma)\s?)?(?:[\p{L}\p{N}'’-]+\s){0,4}${KIND}\b`, 'gu');
/** A sentence that opens with what a company is, described at length, then its name: "L'azienda di
 * software Oracle sta pianificando…", "Le géant
 * français des services informatiques Capgemini a annoncé…", "A gigante de mídia alemã, Axel Springer,
 * comunicou…", "Il colosso americano dell'e-commerce Amazon taglia…". */
// Case-sensitive (with "i", \p{Lu} and \p{Ll} match either case and the description swallows the name):
// the article and the kind may open the sentence with a capital.
const DESCRIBED_OPENING = new RegExp(String.raw`^\W*(?:(?:${['the', 'a', 'an', 'der', 'die', 'das', 'le', 'la', "l['’]", 'el', 'het', 'de', 'il', 'lo', 'o'].map(anyCase).join('|')})\s*)?(?:${ALL_KINDS.map(anyCase).join('|')}|\p{Lu}\p{Ll}+(?:${COMPOUND_KINDS.join('|')})|\p{L}\p{Ll}{2,}(?:${LOWER_COMPOUND_KINDS.join('|')}))((?:\s+\p{Ll}[\p{L}'’-]*){1,6})(?:\s(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}),)?,?\s+(\p{Ll}?${CAP_RUN.slice(1)}`, 'u');
/** How many words a description opening the sentence may run to and still say its name is a company's. */
const SHORT_DESCRIPTION = 3;
/** The name, then what it is, after "the": "The Bild newspaper, owned by…", "the Axel Springer media group". */
const THE_NAME_KIND = new RegExp(String.raw`(?:^|\s)[Tt]he\s${CAP_RUN}\s(?:\p{Ll}+\s)?${KIND}\b`, 'gu');
/** The company its chief executive is named after, as the one who announces the cut: "Acrisure CEO Greg
 * Williams sent an internal letter announcing the elimination of…" (the shortest run before the title). */
const NAME_EXECUTIVE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}.&+'’-]*(?:\s\p{Lu}[\p{L}\p{N}.&+'’-]*)*?)\s(?:CEO|chief executive|co-founder|founder|boss|Chef|Chefin|PDG|CEO)\s\p{Lu}\p{Ll}+\s\p{Lu}/gu;
/** The staff words, the first letter of each in either case: "Employees at Covalen were informed…". */
const STAFF_WORDS_ANY_CASE = STAFF_WORDS.split('|').map((w) => (/^\p{Ll}/u.test(w) ? anyCase(w) : w)).join('|');
/** The employer named after its staff: "Une salariée d'Onclusive", "workers at King", "Mitarbeiter von Bosch", "au sein
 * d’Onclusive". */
const STAFF_OF = new RegExp(String.raw`(?:(?<![\p{L}])(?:${STAFF_WORDS})\s+(?:(?:of|at|bei|von|chez|de|des|du|di|del|della|da|do|van|bij)\s+|d['’]|dell['’])|au sein (?:de\s+|d['’]))${CAP_RUN}`, 'gu');
/** The cut's people named before it with their employer, in each language that writes it so, one a line with an example
 * (not "of", "de", "di", "van", "da": "empleados de Reino Unido" is a place as often). */
export const STAFF_AT_WORDS = [
  'at', // "Employees at Covalen were informed yesterday that over 310 people … may lose their jobs"
  'bei', // "Die Mitarbeiter bei Covalen sollen bis Ende des Jahres 400 Stellen verlieren"
  'chez', // "Les salariés chez Covalen vont perdre 400 postes"
  'bij', // "Medewerkers bij Covalen verliezen 400 banen"
  'presso', // "I dipendenti presso Covalen perderanno 400 posti di lavoro"
];
const STAFF_AT = new RegExp(String.raw`(?<![\p{L}])(?:${STAFF_WORDS_ANY_CASE})\s+(?:${STAFF_AT_WORDS.join('|')})\s+${CAP_RUN}`, 'gu');
/** A count of a company's staff, its name between, as English writes it: "Over 700 Covalen workers in Dublin notified of
 * layoffs", "some 6000 NAB employees" (a name no list knows must be named again on the page). */
const COUNT_NAME_STAFF = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?:\d[\d.,]*\+?|${COUNT_WORDS.join('|')})\s+${CAP_RUN}\s+(?:${STAFF_WORDS})(?![\p{L}])`, 'gu');
/** Where a sentence names the people of its cut with their employer before it: "employees at X", "700 X workers" (not "jobs
 * at X": a job is no one's staff). */
function staffEmployerRuns(text: string, cutAt: number): { run: string; at: number }[] {
  const runs = [
    ...[...text.matchAll(STAFF_AT)].filter((m) => !JOB_NOT_STAFF.test(m[0].split(/\s/)[0]!)).map((m) => ({ run: m[1]!, at: m.index + m[0].length - m[1]!.length })),
    ...[...text.matchAll(COUNT_NAME_STAFF)].filter((m) => !JOB_NOT_STAFF.test(m[0].split(/\s/).pop()!)).map((m) => ({ run: m[1]!, at: m.index + m[0].indexOf(m[1]!) })),
  ];
  return runs.filter((p) => p.at < cutAt && cutAt - p.at <= SUBJECT_CHARS);
}
/** The company whose management announces the cut: "Selon les informations du Parisien, la direction d’Onclusive souhaite
 * présenter une nouvelle version de son plan social", "the management of Acme told staff…". */
const MANAGEMENT_OF = new RegExp(String.raw`(?<![\p{L}])(?:management|board|direction|Direktion|Geschäftsführung|Konzernleitung|dirección|directie|direzione|diretoria)\s+(?:(?:of|de|des|du|di|del|della|van|von|der|da|do)\s+(?:(?:the|la|le|el|il|lo|o|a)\s+)?|d['’]|dell['’])${CAP_RUN}`, 'gu');
/** A company's chief executive and "of", a description perhaps between, then its name: "Suumit Shah, il CEO della
 * piattaforma indiana di e-commerce Dukaan", "Der CEO des indischen E-Commerce-Unternehmens Dukaan", "CEO fundador da
 * empresa de tecnologia Dukann" (not its founder: "El fundador de Twitter y actual CEO de Block"). */
const CHIEF_OF = new RegExp(String.raw`(?<![\p{L}])(?:CEO|chief executive|PDG|Chef|Chefin|Vorstandschef|Vorstandsvorsitzende[rn]?|presidente ejecutivo|consejero delegado|amministratore delegato|diretor executivo|directeur général|topman)\s+(?:fundador\s+)?(?:(?:of|at|di|de|des|du|von|der|da|do|della|del|van|bij)\s+|d['’]|dell['’])(?:(?:the|la|le|el|il|lo|o|a|een|einer|eines|una|un|uma|um)\s+)?(?:(?:\p{Ll}[\p{L}-]*|[\p{L}-]*(?:Unternehmens?|Konzerns?))\s+){0,5}${CAP_RUN}`, 'gu');
/** A person's name set off before an apposition that gives the role ("Suumit Shah, CEO di…", "Suumit Shah, il CEO
 * della…"). */
const PERSON_APPOSED = /(?<![\p{L}])\p{Lu}\p{Ll}+\s\p{Lu}[\p{L}'’-]+,\s+(?:(?:the|der|le|el|il|lo|o|a|de|het)\s+)?$/u;
/** The apposition closed, then the cut a word or two on: ", ha licenziato", ", laid off", ", has cut". */
const CUT_RIGHT_AFTER = /^,\s+(?:\S+\s+){0,2}$/u;
/** What a company is, then what it is called: "a $26 million software firm called IgniteTech", "L’entreprise en question
 * s’appelle Onclusive". */
const CALLED = ['called', 'named', 'heißt', 'namens', "s['’]appelle", 'nommée', 'se llama', 'llamada', 'llamado', 'heet', 'genaamd', 'si chiama', 'chiamata', 'chiamato', 'se chama', 'chamada', 'chamado'];
const KIND_CALLED = new RegExp(String.raw`(?:^|[\s'’-])${KIND}(?:\s+[\p{Ll}\p{N}$€£][\p{L}\p{N}$.,-]*){0,3}\s+(?:${CALLED.join('|')})\s+${CAP_RUN}`, 'gu');
/** Where or by whom the cut happens, then what the company is: "200 staff being cut at mobile gaming
 * giant King", "staff laid off by Microsoft-owned Candy Rush developer King", "un grosso taglio di personale effettuato
 * in questi giorni dall'azienda Keywords Studios" (by whom, in each language: "par", "por", "door", "pela", "dalla"…). */
const AT_BEFORE_KIND = /(?:(?:\bat|\bby|\bbei|\bchez|\bbij|\bpresso|\bna|\bno|\bda|\bdi|\bvon|\bde|\bpar|\bpor|\bdoor|\bpela|\bpelo|\bdal|\bdalla)\s+|\bdall['’])(?:\S+\s+){0,4}$/i;
/** Right where the cut happens, a name no list has: "Mass layoffs hit Square Enix", "job cuts at
 * Telstra" (not "in", "en", "de": there a place is as likely as a company). */
const AT_NAME = new RegExp(String.raw`(?:\bhits?|\bhitting|\bstrikes?|\btrifft|\bat|\bbei|\bchez|\bbij|\bpresso)\s+${CAP_RUN}`, 'gu');
/** By whom, right after the cut, its count and whose staff: "du licenciement de 115 personnes par Docler Holding", "the
 * layoff of 200 workers by Acme Holdings" (in each language we read; never after a replacement: "remplacés par Watson"). */
const BY_NAME_AFTER_COUNT = new RegExp(String.raw`^(?!(?:rempla|replac|ersetz|sustitu|substitu|vervang|sostitu|troca)\p{L}*)\S+\s+(?:(?:of|de|d['’]|von|van|di|do|da)\s*)?(?:\d[\d.,\s]*|${COUNT_WORDS.join('|')})\s+(?:${STAFF_WORDS})\s+(?:by|par|door|von|por|pela|pelo|dalla|da)\s+${CAP_RUN}`, 'u');

/** `told`: the word right before it says it is a company ("L'entreprise Onclusive annonce…"), so it
 * need not be named again. */
interface NamePlace { run: string; at: number; subject: boolean; told?: boolean }

/** A name the cutter signed a deal with, or one of a list, at `at`. */
const partnerOrListed = (text: string, at: number): boolean =>
  DEAL_WITH.test(text.slice(Math.max(0, at - 60), at)) || IN_A_LIST.test(text.slice(Math.max(0, at - 80), at));

/** A KIND_NAME match that calls the name what it is right before it, with nothing between ("l'entreprise Onclusive"),
 * and not a news outlet (as often the source quoted as the company cutting). */
const toldByKind = (m: RegExpMatchArray): boolean =>
  m[1] === ' ' && !m[2] && !MEDIA_WORDS.has(m[0].trim().split(/[\s,]/)[0]!.replace(/^['’-]/, '').toLowerCase());

/** A possessive before a part of a company, in each language we read: "its", "sa", "seine", "su", "zijn", "sua"… */
const OWN_PART_BEFORE = /(?<![\p{L}])(?:its|sa|son|seiner|seine|seinen|ihrer|ihre|ihren|su|sus|zijn|haar|sua|suo|seu|sua)\s$/iu;

/** A name no list knows, that the words around it call a company: the subject before the cut, or
 * the place after it. */
function describedName(r: SentenceRead, others: string[], url: string): string | null {
  if (r.cutAt === null) return null;
  const cutAt = r.cutAt;
  const text = r.s.text;
  const places: NamePlace[] = [
    ...[...text.matchAll(KIND_NAME)].flatMap((m): NamePlace[] => {
      const run = m[3]!;
      const at = m.index + m[0].length - run.length;
      // Set off by commas on both sides, or not at all; between kind and name an adjective, not "en", "de".
      if ((m[1] === ', ' && text[at + run.length] !== ',') || m[2]!.split(' ').some((w) => w && isEverydayWord(w))) return [];
      const subject = at < cutAt;
      const told = toldByKind(m);
      // Where the cut happens, the subject's own part is not who cuts: "Docler Holding a licencié 115 des 170 salariés de
      // sa filiale Byborg".
      if (!subject && OWN_PART_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index + 1)) && PART_KINDS.has(m[0].trim().split(/[\s,]/)[0]!.replace(/^['’-]/, '').toLowerCase())) return [];
      return subject || AT_BEFORE_KIND.test(text.slice(cutAt, m.index + 1)) || CONTRACTOR_STAFF.test(text.slice(cutAt, at)) ? [{ run, at, subject, told }] : [];
    }),
    // An apposition that opens with an article and closes with a comma calls it a company, named once or not ("King, the
    // Microsoft-owned developer best known for…, is reportedly laying off employees"); not a news outlet, nor a source
    // ("Segundo reportagem publicada pelo Business Insider, a empresa, avaliada em…": the empresa is the story's), and not a
    // name cut after an owner's possessive ("Bramwell's Home, the home furnishings retailer": not "Home").
    ...[...text.matchAll(NAME_KIND)].map((m) => ({ run: m[1]!, at: m.index, subject: true,
      told: !/\p{L}['’]s?\s/u.test(m[1]!) && APPOSED_KIND.test(m[0].slice(m[1]!.length)) && !MEDIA_WORDS.has(m[0].split(/\s/).pop()!.toLowerCase()) &&
        /^[^,;.()]{0,100},/u.test(text.slice(m.index + m[0].length)) && !SOURCE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) })),
    ...[...text.matchAll(KIND_APPOSITION)].map((m) => ({ run: m[1]!, at: m.index + m[0].length - m[1]!.length - 1, subject: true })),
    // The description ends in a word of its own, not a preposition whose object is the name ("O Banco do
    // Brasil"), unless that object is an owner set off before the name ("A startup … de Elon Musk, xAI, demitiu").
    // Told where the description is a few words of its own (no "que preside": a person follows) that run into the name, no
    // comma between, as a news outlet's would not be ("L’assureur helvétique Helvetia Baloise a annoncé…").
    ...[DESCRIBED_OPENING.exec(text)].flatMap((m) => (m && (m[2] || !isEverydayWord(m[1]!.trim().split(/\s+/).pop()!)) ? [{ run: m[3]!, at: m.index + m[0].length - m[3]!.length, subject: true,
      told: !m[2] && m[1]!.trim().split(/\s+/).every((w, i) => i < SHORT_DESCRIPTION && !isEverydayWord(w)) && !/,\s*$/.test(m[0].slice(0, -m[3]!.length)) && !m[0].split(/[\s'’]+/).slice(0, 3).some((w) => MEDIA_WORDS.has(w.toLowerCase())) }] : [])),
    ...[...text.matchAll(THE_NAME_KIND)].map((m) => ({ run: m[1]!, at: m.index + m[0].indexOf(m[1]!), subject: true })),
    ...[...text.matchAll(NAME_EXECUTIVE)].map((m) => ({ run: m[1]!, at: m.index, subject: true, told: true })),
    ...[...text.matchAll(MANAGEMENT_OF)].map((m) => ({ run: m[1]!, at: m.index + m[0].length - m[1]!.length, subject: true, told: true })),
    // The company of the person who makes the cut, named in an apposition between them: "Suumit Shah, CEO di Dukann, ha
    // licenziato il 90% degli addetti" (not where the cut is further on: a commentator's words).
    ...[...text.matchAll(CHIEF_OF)].flatMap((m) => {
      const at = m.index + m[0].length - m[1]!.length;
      return PERSON_APPOSED.test(text.slice(Math.max(0, m.index - 60), m.index)) && CUT_RIGHT_AFTER.test(text.slice(m.index + m[0].length, cutAt))
        ? [{ run: m[1]!, at, subject: true, told: true }] : [];
    }),
    // Whose people the cut takes, named with them: "Over 700 Covalen workers in Dublin notified of layoffs", "Employees at
    // Covalen were informed … that over 310 people … may lose their jobs".
    ...staffEmployerRuns(text, cutAt).map(({ run, at }) => ({ run, at, subject: true })),
    ...[...text.slice(cutAt, cutAt + AT_CHARS + 30).matchAll(AT_NAME)].map((m) => ({ run: m[1]!, at: cutAt + m.index + m[0].length - m[1]!.length, subject: false })),
    // A name of two words or of its own shape ("by June" is a date).
    ...[BY_NAME_AFTER_COUNT.exec(text.slice(cutAt))].flatMap((m) => (m && ownShape(m[1]!) ? [{ run: m[1]!, at: cutAt + m.index + m[0].length - m[1]!.length, subject: false }] : [])),
  ];
  for (const { run, at, subject, told } of places) {
    const name = nameIn(run);
    if (!name) continue;
    const end = at + name.length;
    if ((subject ? end > cutAt || cutAt - at > SUBJECT_CHARS : at - cutAt > AT_CHARS + 30) || NOT_THE_CUTTER_AFTER.test(text.slice(end, end + 20))) continue;
    // A partner the cutter signed a deal with is not the cutter ("a tech deal with consulting firm Capgemini"), nor is one
    // of a list ("Not Microsoft, Meta, Infosys, THIS company lays off…": no apposition calling Infosys a company).
    if (partnerOrListed(text, at)) continue;
    const next = text.slice(end).trim().split(/\s+/)[0] ?? '';
    if ((told || namedAgain(name, next, others, url)) && !adjectiveOfPlace(name, next) && !aPerson(name, [text, ...others])) return name;
  }
  return null;
}

/** A government cutting its own staff: "UK government wants to use AI to cut civil service jobs",
 * "the UK's current government…", "UK to slash civil service jobs". */
// Case matters for the country (with "i", \p{Lu} would take "former government" for a name).
const GOVERNMENT_BEFORE = /(?:^|\s)(?:[Tt]he\s+)?(\p{Lu}[\p{L}.]{1,20})(?:['’]s)?\s+(?:[Cc]urrent\s+|[Ff]ederal\s+|[Nn]ew\s+|[Ss]tate\s+)?(?:[Gg]overnment|GOVERNMENT)\b(?!\s+(?:[Dd]ata|[Ff]igures|[Rr]eport|[Ss]tatistics|[Bb]onds?|[Dd]ebt|[Cc]ontracts?|[Cc]ontractors?|[Ff]unding|[Gg]rants?))/u;
const COUNTRY_OWN_STAFF = /^(\p{Lu}[\p{L}.]{1,20})\s+(?:to|will|plans to|wants to)\s[^.]*\b(?:civil service|civil servants|public sector|public servants|government)\b/u;
/** The government's own body, named after its possessive: "a five-year plan from the Canadian government’s Translation
 * Bureau to cut over 300 positions" (the bureau cuts, not the government). */
const GOVERNMENT_BODY = new RegExp(String.raw`^['’]s\s+${CAP_RUN}`, 'u');
function governmentName(r: SentenceRead): string | null {
  if (r.cutAt === null) return null;
  const before = r.s.text.slice(Math.max(0, r.cutAt - SUBJECT_CHARS), r.cutAt);
  const government = GOVERNMENT_BEFORE.exec(before);
  if (government) {
    const body = GOVERNMENT_BODY.exec(before.slice(government.index + government[0].length))?.[1];
    if (body) return nameIn(body);
  }
  const country = government?.[1] ?? COUNTRY_OWN_STAFF.exec(r.s.text)?.[1];
  return country && !/^(?:the|a|an|this|its|their|our)$/i.test(country) ? `${country} government` : null;
}

/** The headline opens with a name no list knows, then says what it does: "Baker McKenzie cuts
 * business services team as it leans on AI". */
const HEADLINE_NAME = new RegExp(`${OPENING}(?=\\p{Ll})`, 'u');
function headlineName(reads: SentenceRead[], url: string): string | null {
  const title = reads.find((r) => r.where === 'title');
  if (!title || title.flags.named) return null;
  const m = HEADLINE_NAME.exec(title.s.text);
  if (!m) return null;
  const name = nameIn(m[1]!);
  if (!name) return null;
  const others = reads.filter((x) => x !== title && !x.s.text.includes(title.s.text)).map((x) => x.s.text);
  const next = title.s.text.slice(m.index + m[0].length).split(/\s+/)[0] ?? '';
  return namedAgain(name, next, others, url) && !aPerson(name, others) ? name : null;
}

/** Between a company and its cut, the words of its own plan: "plans to", "will", "prévoit", "plant"… */
// Letters on either side, not \b: "prevé" and "prevê" end in a letter \b does not count as one.
const PLAN = /(?<!\p{L})(?:plans?|planning|planned|intends?|is set to|are set to|will|to|expects? to|announced|prévoit|prévoir|envisage|compte|va|plant|wird|soll|sollen|planea|prevé|va a|anunció|wil|gaat|is van plan|prevede|intende|annuncia|planeja|prevê|vai|anuncia)(?!\p{L})/iu;
/** …and not a forecast's: "could", "may", "könnte", "pourrait"… */
const FORECAST = /\b(?:could|may|might|would|can|könnte|könnten|dürfte|pourrait|pourraient|podría|podrían|zou|zouden|kunnen|potrebbe|potrebbero|poderia|poderiam|warn\w*|predict\w*|forecast\w*|says?|said)\b/i;

/** …or a modal right after the company: its own possible cut as reported ("McKinsey may cut
 * thousands of jobs", "Allianz Partners könnte … Stellen abbauen"), not someone's forecast. */
const MODAL_RIGHT_AFTER = /^\s+(?:may|might|could|könnte|könnten|pourrait|pourraient|podría|podrían|zou|zouden|potrebbe|potrebbero|poderia|poderiam)\s/i;
/** …or the company saying it may cut, its subject left out or a pronoun: "El grupo aéreo Lufthansa advirtió este lunes
 * que podría eliminar alrededor de 4000 empleos", "Oracle said it could cut" (not "Goldman Sachs says AI could…"). */
const SAYS_IT_MAY = new RegExp(String.raw`^\s+(?:says|said|warns|warned|announced|advirtió|advierte|anunció|dijo|afirmó|explicó|reconoció|a\s+averti|a\s+annoncé|a\s+indiqué|a\s+prévenu|warnte|erklärte|teilte\s+mit|ha\s+avvertito|ha\s+annunciato|ha\s+detto|avisou|anunciou|disse|afirmou|waarschuwde|zei)(?:\s+[\p{Ll}\p{N}]+){0,3}?\s+(?:that\s+it|it|que|qu['’]il|qu['’]elle|dass\s+es|dass\s+er|dass\s+sie|che|dat\s+het)\s+(?:may|might|could|pourrait|podría|könnte|potrebbe|poderia|zou)\s`, 'u');
/** A capitalised name opening the clause the cut is in (a name no list may know). */
const CLAUSE_NAME = /(?:^|[,:]\s+)(?:(?:The|Le|La|Il|O|A|Der|Die|Het|De|El)\s+)?(\p{Lu}[\p{L}\p{N}.&+'’-]*(?:\s\p{Lu}[\p{L}\p{N}.&+'’-]*){0,3})(?=\s)/gu;

/** Where the cut's subject ends: a company a list knows, else a name opening the cut's clause; -1 for none. */
function subjectEnd(r: SentenceRead, mentions: Mention[], weak: Mention[]): number {
  const cutAt = r.cutAt ?? 0;
  const subject = subjectOf(r, mentions, weak);
  if (subject) return subject.at < cutAt ? subject.at + subject.term.length : -1;
  if (r.flags.named) return -1;
  const m = [...r.s.text.slice(0, cutAt).matchAll(CLAUSE_NAME)].filter((x) => nameIn(x[1]!)).pop();
  return m ? m.index + m[0].length : -1;
}

/** A hedged cut up top that is the named company's own plan. */
function ownPlan(r: SentenceRead, mentions: Mention[], weak: Mention[]): boolean {
  const f = r.flags;
  if (r.where === 'body' || !f.cut || !f.hedgedCut || f.negatedCut || f.manySubject || f.millions || r.cutAt === null) return false;
  // "The company …" (or what it is: "le géant des logiciels prévoirait de supprimer…") is a subject too.
  const end = pointsBack(r, mentions) ? 0 : subjectEnd(r, mentions, weak);
  if (end < 0) return false;
  const between = r.s.text.slice(end, r.cutAt);
  return (PLAN.test(between) && !FORECAST.test(between)) || MODAL_RIGHT_AFTER.test(between) || SAYS_IT_MAY.test(between);
}

/** What a forecaster writes, in each language (not its "forecast", "previsão" or "research": a company's own
 * guidance, "HP forecasts weak profit", "Morgan Stanley research"): the company a page names as its author ("Um novo
 * relatório da Goldman Sachs alerta…", "economists at Goldman Sachs", "a Goldman Sachs report") forecasts others'
 * cuts; its "prevê", "expects" up top ("Goldman Sachs prevê nova onda de cortes de empregos") is no plan of its own. */
const FORECASTS = [
  'report', 'study', 'survey', 'analysis', 'analysts', 'economists', 'strategists',
  'Bericht', 'Studie', 'Umfrage', 'Analyse', 'Ökonomen', 'Analysten',
  'rapport', 'étude', 'enquête', 'économistes', 'analystes',
  'informe', 'estudio', 'encuesta', 'análisis', 'economistas', 'analistas',
  'onderzoek', 'studie', 'economen', 'analisten',
  'rapporto', 'indagine', 'analisi', 'economisti', 'analisti',
  'relatório', 'estudo', 'pesquisa', 'análise',
];
const FORECAST_WORDS = FORECASTS.map(escapeRegExp).join('|');
const AUTHOR_BEFORE = new RegExp(String.raw`(?<!\p{L})(?:${FORECAST_WORDS})\s+(?:\p{Ll}+\s+){0,2}?(?:by|from|of|at|bei|von|der|des|de|du|chez|del|en|van|bij|di|della|presso|da|do|dos)\s+(?:the\s|la\s|le\s|l['’]|el\s|il\s|o\s|a\s|het\s)?$`, 'iu');
const AUTHOR_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:(?:new|latest)\s+)?(?:${FORECAST_WORDS})(?!\p{L})`, 'iu');
/** A forecast's verbs (not a plan's "to" or "will": "Goldman Sachs to cut 1,800 jobs" is its own cut, whatever its
 * analysts say elsewhere on the page). */
const FORESEES = /(?<!\p{L})(?:expects?|predicts?|forecasts?|foresees?|warns?|sees|erwartet|prognostiziert|warnt|prévoit|s['’]attend|anticipe|prevé|anticipa|advierte|verwacht|voorspelt|waarschuwt|prevede|avverte|prevê|alerta|antecipa)(?!\p{L})/iu;
/** How far after a forecaster's name, the cut before it, its verb stands. */
const FORECASTER_VERB_CHARS = 20;
/** Where a mention stands as a forecast's author: "relatório da Goldman Sachs", "Goldman Sachs's report". */
const authorAt = (text: string, m: Mention): boolean =>
  AUTHOR_BEFORE.test(text.slice(Math.max(0, m.at - 60), m.at)) || AUTHOR_AFTER.test(text.slice(m.at + m.term.length));
/** The subject of the cut is a forecast's author: named so in this sentence ("Um novo relatório da Goldman Sachs alerta
 * que… despedimentos"), or elsewhere on the page and foreseeing the cut here ("prevê", "expects", "warns"). */
function forecasts(r: SentenceRead, m: Mention, mentions: Mention[], byIndex: Map<number, SentenceRead>): boolean {
  if (m.sentence === r.s.index && authorAt(r.s.text, m)) return true;
  // Its verb: the words up to the cut, or after the name where the cut came first ("Demissões em 2026: Goldman Sachs prevê…").
  const end = m.at + m.term.length;
  const verb = m.sentence !== r.s.index || r.cutAt === null ? '' : r.s.text.slice(end, m.at < r.cutAt ? r.cutAt : end + FORECASTER_VERB_CHARS);
  if (!FORESEES.test(verb)) return false;
  return mentions.some((x) => x.id === m.id && authorAt(byIndex.get(x.sentence)?.s.text ?? '', x));
}

/** The names a sentence calls an employer by its structure: what it is right before it ("l'entreprise Onclusive"), whose
 * staff or management it names ("Bruno, lecteur-vérificateur au sein d’Onclusive", "la direction d’Onclusive"), what a
 * company is called ("a $26 million software firm called IgniteTech", "L’entreprise en question s’appelle Onclusive"), and
 * in the headline or opening whose chief executive it names (`chief`: "Der CEO des indischen E-Commerce-Unternehmens
 * Dukaan"; further down, as often a commentator's: "Amanda Brock, the CEO of OpenUK, … says"). */
function employersNamed(x: SentenceRead): { name: string; chief: boolean }[] {
  const text = x.s.text;
  const at = (m: RegExpMatchArray, run: string) => ({ run, at: m.index! + m[0].length - run.length });
  const runs = [
    ...[...text.matchAll(KIND_NAME)].filter(toldByKind).map((m) => at(m, m[3]!)),
    ...[...text.matchAll(STAFF_OF)].filter((m) => !JOB_NOT_STAFF.test(m[0].split(/\s/)[0]!)).map((m) => at(m, m[1]!)),
    ...[...text.matchAll(MANAGEMENT_OF)].map((m) => at(m, m[1]!)),
    ...[...text.matchAll(KIND_CALLED)].map((m) => at(m, m[1]!)),
  ].map((r) => ({ ...r, chief: false }));
  if (x.where !== 'body') runs.push(...[...text.matchAll(CHIEF_OF)].map((m) => ({ ...at(m, m[1]!), chief: true })));
  return runs.flatMap(({ run, at, chief }) => {
    const name = nameIn(run);
    return name && !NOT_AN_EMPLOYER.test(name) && !aPerson(name, [text]) && !partnerOrListed(text, at) ? [{ name, chief }] : [];
  });
}
/** The staff words that are the jobs, not the people: "Der Job des Chefs vom Dienst (CvD) werde damit obsolet". */
const JOB_NOT_STAFF = /^(?:jobs?|roles?|positions?|posts?|postes?|emplois?|Stellen?|Arbeitspl\p{L}+|puestos?|empleos?|banen|functies|posti|impieghi|empregos?|vagas?|cargos?)$/iu;
/** A workplace or a person's title, not an employer: "staff at Stanmore Library", "the role of Asia Editor". */
const NOT_AN_EMPLOYER = /(?:^|\s)(?:Library|Libraries|School|Station|Office|Store|Branch|Warehouse|Centre|Center|Editor|Correspondent|Director|Manager|Officer|Chefs?)$/u;
/** A photograph's credit before a name: "XH4D / Getty Images", "Photo: Reuters", "© AFP". */
const CREDIT_BEFORE = /(?:\/|©|\b(?:photo|foto|crédit|credit|image|bild)\w*\s*:)\s*(?:\S+\s+){0,3}$/iu;
/** How many sentences from the top a story may take to name its one employer where no cut names it. */
const EMPLOYER_SENTENCES = 25;

/** A studio or maker a headline names by its product ("Candy Crush Studio Layoffs: Employees Replaced by AI Tools They
 * Developed") is the company the page calls the one behind it: "Workers at King, the studio behind the wildly popular
 * mobile game *Candy Crush Saga*". */
const MADE_BY_KIND = /^(.+)\s(?:Studio|Studios|Maker|Developer|Publisher)$/u;
function productMaker(name: string, reads: SentenceRead[]): string | null {
  const product = MADE_BY_KIND.exec(name)?.[1];
  if (!product) return null;
  const behind = new RegExp(String.raw`${CAP_RUN},\s+the\s+(?:studio|developer|maker|publisher|company|firm)\s+behind\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?\*?${escapeRegExp(product)}(?![\p{L}])`, 'u');
  for (const r of reads) {
    const m = behind.exec(r.s.text);
    const maker = m ? nameIn(m[1]!) : null;
    if (maker) return maker;
  }
  return null;
}

/** A name no list knows as the page writes it in full, its group's acronym before it: "Bancomer despide a mil 500
 * empleados", then "BBVA Bancomer, el banco más grande que opera en México". Not an acronym the page also writes alone:
 * another body's ("algemeen secretaris van ACOD Bpost", "Volgens de ACOD…": the union). */
function fullerName(name: string, reads: SentenceRead[]): string {
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}{2,6}) ${escapeRegExp(name)}(?![\\p{L}])`, 'u');
  const prefix = reads.map((r) => re.exec(r.s.text)?.[1]).find((p) => p && !/^(?:AI|KI|IA|CEO|US|UK|EU)$/.test(p));
  if (!prefix) return name;
  const alone = new RegExp(`(?<![\\p{L}])${prefix}(?![\\p{L}])(?! ${escapeRegExp(name)}(?![\\p{L}]))`, 'u');
  return reads.some((r) => alone.test(r.s.text)) ? name : `${prefix} ${name}`;
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
  /** The page's language, for where its cut sentences name employers in general. */
  lang?: Lang;
}

/** An ordinary-word name that is the second word of a phrase the page also writes in lower case: "Civil Service Job
 * Cuts Loom" (a Title Case headline) and "the government will reduce civil service staff numbers". */
function inEverydayPhrase(m: Mention, reads: SentenceRead[]): boolean {
  const text = reads.find((r) => r.s.index === m.sentence)?.s.text ?? '';
  const prev = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, m.at - 30), m.at))?.[1];
  if (!prev) return false;
  const phrase = new RegExp(`(?<![\\p{L}])${escapeRegExp(`${prev} ${m.term}`.toLowerCase())}(?![\\p{L}])`, 'u');
  return reads.some((r) => phrase.test(r.s.text));
}

/** What a roundup counts, in each language we read: its cases, or the companies it brings together ("Inteligência artificial (IA)
 * provoca milhares de demissões na vida real; veja 3 casos recentes", "…haben drei große deutsche Konzerne den Abbau…"). */
const ROUNDUP_OF = [
  'cases', 'examples', 'companies', 'firms', 'banks', 'giants', 'employers', 'businesses', 'corporations',
  'Fälle', 'Beispiele', 'Unternehmen', 'Konzerne', 'Firmen', 'Banken', 'Riesen',
  'cas', 'exemples', 'entreprises', 'sociétés', 'groupes', 'banques', 'géants',
  'casos', 'ejemplos', 'empresas', 'compañías', 'bancos', 'gigantes',
  'gevallen', 'voorbeelden', 'bedrijven', 'banken', 'reuzen',
  'casi', 'esempi', 'aziende', 'società', 'gruppi', 'banche', 'colossi', 'giganti',
  'exemplos', 'companhias',
];
const ROUNDUP = new RegExp(String.raw`(?:(?<![\p{L}\p{N}.,])(\d{1,2})|${numberWordsSource(LANGS)})\s+(?:[\p{L}-]+\s+){0,2}?(?:${ROUNDUP_OF.join('|')})(?![\p{L}])`, 'giu');
const ROUNDUP_LEAST = 3;
/** A headline that counts three or more cases or companies: a roundup, whose cut no one company makes unless the headline
 * itself names who does (two are as often set against each other: "Two banks, two reasons for smaller payrolls"). */
const roundsUp = (title: string): boolean => [...title.matchAll(ROUNDUP)].some((m) => {
  const n = m[1] ? Number(m[1]) : numberWordValue(m[2]!);
  return n !== null && n >= ROUNDUP_LEAST;
});

/** Where a clause opens inside a headline: after a colon, a dash, a full stop. */
const CLAUSE_BREAK = /[:;.!?|–—]\s/gu;
/** A sentence that denies the cut it names: a negation in the cut's own clause before it ("Matt Booty Reassures Xbox Staff:
 * No Layoffs After Big Shakeup", "Deutsche Telekom CEO: 'We will not use AI to cut jobs'", "Ikea rules out job cuts"), not
 * in a clause before it ("Arvind Krishna ne s'en cache pas : IBM compte bien remplacer certains employés…"). */
function deniesItsCut(r: SentenceRead, lang: Lang): boolean {
  if (!r.flags.negatedCut || r.cutAt === null) return false;
  const before = r.s.text.slice(0, r.cutAt);
  const from = Math.max(0, ...[...before.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length));
  return conceptHits(lang, before.slice(from)).get('negation').length > 0;
}

/** What replaces them, in each language we read: "par", "durch", "con"… */
const REPLACED_BY = ['by', 'with', 'durch', 'mit', 'par', 'por', 'con', 'door', 'met', 'da', 'pelo', 'pela', 'per'];
/** A count of people right after a replacement word, a few words between: staff, or whoever the sentence goes on to
 * replace by something ("remplace 60.000 ouvriers par des robots", "sostituirà 200 giornalisti in carne e ossa con la più
 * rapida… intelligenza artificiale"): the people replaced are the cut. */
const STAFF_COUNT_AFTER = new RegExp(String.raw`^\S*\s+(?:[\p{L}’']+\s+){0,2}?(?:\d[\d.,]*|${COUNT_WORDS.join('|')})\s+(?:(?:${STAFF_WORDS})(?![\p{L}])|\p{L}+(?:\s+\p{L}+){0,4}?\s+(?:${REPLACED_BY.join('|')})\s)`, 'iu');
/** Closing a site, in each language we read: with a count of its staff in the sentence, a cut ("KPN wil het
 * klantencontactcentrum in Eindhoven sluiten, waardoor zo'n 300 medewerkers op zoek moeten naar een andere baan"). */
const CLOSES = /(?<![\p{L}])(?:close|closes|closing|shut|shuts|shutting|schließt|schliesst|schließen|schliessen|ferme|fermer|fermera|cierra|cerrar|cerrará|sluit|sluiten|chiude|chiudere|chiuderà|fecha|fechar|fechará)(?![\p{L}])/iu;
const STAFF_COUNT = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?:\d[\d.,]*|${COUNT_WORDS.join('|')})\s+(?:${STAFF_WORDS})(?![\p{L}])`, 'iu');
/** A count of people before a replacement word in its clause, replaced rather than replacing: "almeno 600 operatori
 * finanziari di Goldman Sachs sono stati sostituiti da algoritmi" (not a year: "In 2023 the bank replaced…"). */
const COUNT_REPLACED = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?!(?:19|20)\d\d(?!\d))(?:\d[\d.,]*|${COUNT_WORDS.join('|')})\s+\p{Ll}[^,;:.!?]{0,100}$`, 'iu');
/** Replaced by something, the agent right after the word ("sostituiti da algoritmi") or, in German and Dutch, right before
 * it ("durch KI ersetzt", "door robots vervangen"): not a takeover ("neemt honderd medewerkers van Philips over"). */
const BY_AFTER = new RegExp(String.raw`^\S*\s+(?:${REPLACED_BY.join('|')})\s`, 'iu');
const BY_BEFORE = /(?<![\p{L}])(?:durch|door)\s+(?:\S+\s+){1,3}$/iu;
const replacedBy = (text: string, at: number): boolean => BY_AFTER.test(text.slice(at)) || BY_BEFORE.test(text.slice(0, at));
/** A headline or opening sentence the vocabulary reads no cut in, that replaces or lays off a count of staff all the same:
 * read as a cut at that word, so its subject is found as any cut's. */
function replacementOrClosure(r: SentenceRead, lang: Lang | undefined): SentenceRead {
  if (r.where === 'body' || r.cutAt !== null || r.flags.negatedCut || !lang) return r;
  const text = r.s.text;
  // …a count of people replacing none, or replaced where the sentence forecasts nothing ("could be replaced", "says").
  const replaced = conceptHits(lang, text).get('replace').find((h) => STAFF_COUNT_AFTER.test(text.slice(h.start)) ||
    (COUNT_REPLACED.test(text.slice(0, h.start)) && replacedBy(text, h.start) && !FORECAST.test(text)));
  const closes = replaced ? null : CLOSES.exec(text);
  const at = replaced?.start ?? (closes && STAFF_COUNT.test(text.slice(closes.index)) ? closes.index : -1);
  return at < 0 ? r : { ...r, cutAt: at, cutsAt: [at], flags: { ...r.flags, cut: true } };
}

/** The initials of a name of three or more words, as its acronym writes them: "Mitsubishi UFJ Financial Group" is "MUFG"
 * (a word in capitals gives its first letter; "of", "and", "&" none). */
function initialsOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 3 ? words.map((w) => w[0]).join('') : null;
}

/** A one-word name the page misspells once, a letter changed, added or dropped after its first three ("Dukann" for
 * "Dukaan"), five letters at least. */
function oneLetterOff(known: string, name: string): boolean {
  const [a, b] = [slug(known), slug(name)];
  if (a === b || /-/.test(a + b) || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1 || a.slice(0, 3) !== b.slice(0, 3)) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1);
}

/** The company cutting, or null when the page does not say clearly. */
export function findCutter({ reads: read, mentions: found, weak: unconfirmed, publisher, url, lang }: CutterInput): Cutters | null {
  // An ordinary-word name of a company with figures, opening the headline, that the page's address names as the only one of
  // its names there, is that company's name wherever the page writes it ("Dell kündigt Stellenabbau an…", at
  // …/dell-kundigt-stellenabbau-an-…).
  const headlineIndex = read.find((r) => r.where === 'title')?.s.index;
  const addressed = new Set(unconfirmed.filter((m) => m.datasetId && m.sentence === headlineIndex && m.at <= 2 && addressNamesOnly(m.id, [...found, ...unconfirmed], url)).map((m) => m.id));
  const mentions = addressed.size ? [...found, ...unconfirmed.filter((m) => addressed.has(m.id))].sort((a, b) => a.sentence - b.sentence || a.at - b.at) : found;
  const ordinary = unconfirmed.filter((m) => !addressed.has(m.id));
  const named = [...mentions, ...ordinary];
  const reads: ReadWithMany[] = read.map((r) => foreground(replacementOrClosure(r, lang), named)).map((r) => (r.cutAt === null || !lang ? r : { ...r, manyAt: employersInGeneral(lang, r.s.text) }));
  const weak = ordinary.filter((m) => !inEverydayPhrase(m, reads));
  // A headline that names a cut only as background tells of another event (hiring, a chief's words): the page names no
  // company cutting ("Microsoft plans to increase hiring after a year of workforce reductions", then its fiscal year's
  // tally of earlier rounds).
  const title = read.find((r) => r.where === 'title');
  if (title?.cutsAt.length && reads.find((r) => r.where === 'title')!.cutAt === null) return null;
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
  /** The second of two companies joined as a sentence's subject. */
  const partnerOf = new Map<number, Mention>();
  const firm = reads.filter(firmCut);
  // Where no firm cut names its subject, a company's own plan up top does ("HP prévoit la
  // suppression de 4 000 postes"); someone's forecast ("AI could replace…") never does.
  const planned = firm.some((r) => subjectOf(r, mentions, weak)) ? [] : reads.filter((r) => ownPlan(r, mentions, weak));
  const cuts = [...planned, ...firm].sort((a, b) => a.s.index - b.s.index).slice(0, CUT_SENTENCES);
  /** A name found by the words around it that the page names elsewhere with its legal form ("Acme" and
   * "Acme Corp"), or an ordinary-word name in its sentence ("a Workday, empresa de tecnologia…"). */
  const knownAs = (name: string, sentence: number): Mention | undefined =>
    mentions.find((m) => slug(m.term).startsWith(slug(name)) || slug(m.name).startsWith(slug(name))) ??
    weak.find((m) => m.sentence === sentence && slug(m.term) === slug(name)) ??
    mentions.find((m) => initialsOf(m.term) === name || oneLetterOff(m.term, name));
  /** Named in an apposition that describes another ("Sky, a part of Comcast, is cutting…"): not what "the company"
   * further on points back to. */
  const aside = (m: Mention): boolean => {
    const text = byIndex.get(m.sentence)?.s.text ?? '';
    return inApposition(text, m, text.length);
  };
  /** A line that is the name alone in capitals the company's own name does not have is a section's label, no sentence with a
   * subject ("TomTom “automatizza” le mappe: via il 10% dei dipendenti", then "LAVORO", then "La società olandese … annuncia
   * di voler “tagliare” circa 500 dipendenti"; not "Rogers Communications Inc." over its story, nor "IBM"). */
  const labelOnly = (m: Mention): boolean => slug(byIndex.get(m.sentence)?.s.text ?? '') === slug(m.term) && m.term === m.term.toUpperCase() && m.name !== m.name.toUpperCase();
  /** The one company that opens the sentence before `r` (in the headline or opening, or anywhere with `inBody`). */
  const previousOpener = (r: SentenceRead, inBody: boolean): Mention | undefined => {
    const prev = byIndex.get(r.s.index - 1);
    const there = prev && (inBody || prev.where !== 'body') ? mentions.filter((m) => m.sentence === prev.s.index) : [];
    const opener = there[0];
    // …after a fronted phrase that names no one too: "Em 2024, o Itaú registrou lucro líquido de R$ 41,4 bilhões", then
    // "Enquanto isso, promove demissões, reduz postos de trabalho…".
    return opener && there.every((m) => m.id === opener.id) && OPENS_SENTENCE.test(prev!.s.text.slice(frontedLength(prev!), opener.at)) && !passingIn(prev!.s.text, opener) &&
      !labelOnly(opener) ? opener : undefined;
  };
  /** The one company the headline and opening name (by any of its names), none of them in passing, and none in the
   * sentence `r` itself (there it is what "the company" is part of: "The company, part of UnitedHealth Group, …"). */
  const onlyOneUpTop = (r: SentenceRead): Mention | undefined => {
    if (mentions.some((m) => m.sentence === r.s.index)) return undefined;
    const up = mentions.filter((m) => { const where = byIndex.get(m.sentence)?.where; return where === 'title' || where === 'lead'; });
    const one = up[0];
    // …named once at least as more than a preposition's object ("l'ex banca del Tesoro" is the Treasury's old bank).
    const textOf = (m: Mention) => byIndex.get(m.sentence)!.s.text;
    const subjectOnce = up.some((m) => !AFTER_PREPOSITION.test(textOf(m).slice(Math.max(0, m.at - 30), m.at)));
    return one && subjectOnce && up.every((m) => m.id === one.id && !passingIn(textOf(m), m)) ? one : undefined;
  };
  /** The one company up top, opening a headline that states no cut of its own: an agentless cut right below it, not
   * someone's words, is its ("ABN AMRO was in 2025 op dreef met de grote reorganisatie bij de bank…", then "Dat komt neer op
   * circa 30 procent van de 5200 banen die tot en met 2028 worden geschrapt"; never "La revista HOLA ha empezado a
   * despedir… Google", whose headline cut is HOLA's, nor "El Sabadell y el BBVA…", opened by a name no list knows). */
  const headlineOnly = (r: SentenceRead): Mention | undefined => {
    const title = reads.find((x) => x.where === 'title');
    if (!title || title.flags.cut) return undefined;
    const one = onlyOneUpTop(r);
    return one && mentions.some((m) => m.id === one.id && m.sentence === title.s.index && OPENS_SENTENCE.test(title.s.text.slice(0, m.at))) ? one : undefined;
  };
  /** The one name no list knows that the headline or opening calls by what it is, right before it, before sentence `r`
   * ("…le plan d'avenir de la branche française de l'entreprise Onclusive", then "Ce plan social concerne plus de la
   * moitié des effectifs de l'entreprise"): what "the company" points back to where nothing was found cutting before. */
  const describedUpTop = (r: SentenceRead): string | null => {
    const names = new Set(reads.filter((x) => x.s.index < r.s.index && x.where !== 'body').flatMap((x) => employersNamed(x).filter((e) => !e.chief).map((e) => e.name)));
    return names.size === 1 ? [...names][0]! : null;
  };
  /** The last name no list knows found cutting, for "the company" after it. */
  let unknownNamed: string | null = null;
  /** The headline's named subject, and the first company up top whose staff the cut is said to take. */
  let titleSubject: string | undefined;
  let staffOwner: string | undefined;
  for (const r of cuts) {
    // The name the words around a cut call a company, read once per cut: asked while looking for the subject, then again
    // below where none was found.
    let otherTexts: string[] | undefined;
    const others = (): string[] => (otherTexts ??= reads.filter((x) => x !== r && x.s.text !== r.s.text).map((x) => x.s.text));
    const described = new Map<number, string | null>();
    const describedAt = (cutAt: number): string | null => {
      if (!described.has(cutAt)) described.set(cutAt, describedName({ ...r, cutAt }, others(), url));
      return described.get(cutAt)!;
    };
    let subject = subjectOfAnyCut(r, mentions, weak, r.where === 'body' ? undefined : (cutAt) => describedAt(cutAt) !== null);
    if (subject && r.where === 'title') titleSubject = subject.id;
    let how: CutterHow = r.where === 'title' ? 'headline' : r.where === 'lead' ? 'opening' : 'body';
    // Whether "the company" (or what it is) opens the cut's clause: asked once, for the two steps below.
    const pointing = !subject && pointsBack(r, mentions, lang);
    if (!subject && !pointing && r.where !== 'body' && !r.flags.named) {
      // A cut with no agent ("Bis 2030 sollen 4.000 Arbeitsplätze wegfallen") right after a
      // sentence whose subject is one company ("Der Lufthansa-Konzern plant einen Umbau…") is its.
      const opener = previousOpener(r, false) ?? (r.where === 'lead' && r.s.index <= 3 && !r.flags.speech ? headlineOnly(r) : undefined);
      if (opener) [subject, how] = [opener, 'pointed-back'];
    }
    if (!subject && pointing) {
      // "The company …": the one company that opens the sentence right before ("Workday Inc., the HR software maker,
      // took a similar path. Its chief executive told staff the company would lay off…", after Salesforce's cut), else
      // the cutter named before it, else the company the opening last named (a weekday is not one, whatever context
      // the matcher saw: "Nike on Thursday announced…").
      // Not a section's label, nor a company named after an unnamed one its sentence is about ("EMPLOYEES AT AN Irish company
      // that offers services to Meta – the parent company of Facebook and Instagram – have been put on notice…", then "They
      // have been given until Monday…").
      const earlier = previousOpener(r, true) ?? [...cutterOf.entries()].filter(([i]) => i < r.s.index).pop()?.[1] ??
        mentions.filter((m) => m.sentence < r.s.index && byIndex.get(m.sentence)?.where !== 'body' && !isEverydayWord(m.term) && !aside(m) &&
          !UNNAMED_KIND.test((byIndex.get(m.sentence)?.s.text ?? '').slice(0, m.at)) && !labelOnly(m)).pop();
      if (earlier) [subject, how] = [earlier, 'pointed-back'];
      else {
        // …or the company no list knows that the headline opens with ("Baker McKenzie cuts business
        // services team…", then "The firm plans to cut…").
        const name = unknownNamed ?? headlineName(reads, url);
        // A name the lists know after all, once what it is was taken off ("Computerfabrikant HP gaat…").
        const known = name && !unknownNamed ? knownAs(name, reads.find((x) => x.where === 'title')?.s.index ?? -1) : undefined;
        // …or, where nothing came before, the one company the headline and opening name, not in passing: "Le géant
        // français des services numériques a indiqué mardi qu'il envisageait de supprimer jusqu'à 2400 postes", then
        // "« Le groupe Capgemini en France doit se transformer… »".
        const pointed = known ?? (name ? undefined : onlyOneUpTop(r));
        const unknown = pointed ? null : name ?? (mentions.some((m) => m.sentence < r.s.index) ? null : describedUpTop(r));
        if (pointed) {
          cutterOf.set(r.s.index, pointed);
          add(pointed.id, pointed.name, WEIGHT[r.where], 'pointed-back');
        } else if (unknown) add(`name:${unknown.toLowerCase()}`, unknown, WEIGHT[r.where], 'unknown-name');
        continue;
      }
    }
    if (subject && forecasts(r, subject, mentions, byIndex)) continue;
    const namedBefore = (id: string) => mentions.some((m) => m.id === id && m.sentence < r.s.index);
    if (subject && OTHER_TOPIC.test(r.s.text) && !namedBefore(subject.id)) {
      // "Por otro lado, Microsoft anunció el recorte de 9 mil empleados": a company first named as
      // the story turns to another topic is background, not the company the story is about.
      continue;
    }
    if (subject && r.where !== 'title' && subject.sentence === r.s.index && r.cutAt !== null && alsoCuts(r.s.text.slice(subject.at, r.cutAt)) &&
      !namedBefore(subject.id)) {
      // "…, le géant de la pub en ligne commence 2024 en licenciant 1000 personnes", then "Rappelons que Twitch et
      // Amazon ont eux-aussi licencié": a company first named cutting "also" is set beside the story's own cut.
      continue;
    }
    if (subject) {
      if (how !== 'pointed-back') bySubject.add(r.s.index);
      cutterOf.set(r.s.index, subject);
      // The first company named cutting up top is what the story leads with (a roundup's first case).
      const first = r.where !== 'body' && !weights.size ? FIRST_WEIGHT : 0;
      const reason = r.flags.link || r.flags.aiSubject ? REASON_WEIGHT : 0;
      add(subject.id, subject.name, WEIGHT[r.where] + reason + first, how);
      // The company joined to it as the subject cuts too, behind it ("Salesforce and Workday lean on AI agents as…").
      const partner = how === 'pointed-back' ? undefined : jointPartner(r, subject, mentions);
      if (partner) {
        partnerOf.set(r.s.index, partner);
        add(partner.id, partner.name, PARTNER_WEIGHT, how);
      }
    } else if (r.where !== 'body' && !twoStories(r, mentions)) {
      // A name the words around it call a company may be a later cut's ("I licenziamenti … colpiscono anche vari lavoratori
      // italiani, con un grosso taglio di personale effettuato in questi giorni dall'azienda Keywords Studios").
      const name = r.cutsAt.reduce<string | null>((found, cutAt) => found ?? describedAt(cutAt), null) ??
        unknownOpeningName(r, others(), url, mentions, lang) ?? governmentName(r);
      // What a group of companies is called ("Magic Circle", "Indian IT") holds its place, so that no company named in
      // passing takes it, but no company is cutting there.
      if (name && aCategory(name, [r.s.text, ...others()])) {
        add(`group:${name.toLowerCase()}`, name, WEIGHT[r.where], 'unknown-name');
        continue;
      }
      // The same company the page names elsewhere with its legal form ("Acme" and "Acme Corp").
      // …or the ordinary-word name the words around it just called a company ("a Workday, empresa de tecnologia…").
      const known = name ? knownAs(name, r.s.index) : undefined;
      if (known) {
        cutterOf.set(r.s.index, known);
        add(known.id, known.name, WEIGHT[r.where], r.where === 'title' ? 'headline' : 'opening');
      }
      else if (name) add(`name:${name.toLowerCase()}`, name, WEIGHT[r.where], 'unknown-name');
      // The cut's people named as its staff ("Over 700 Covalen workers in Dublin notified of layoffs").
      if (name && r.cutsAt.some((cutAt) => staffEmployerRuns(r.s.text, cutAt).some((p) => nameIn(p.run) === name))) staffOwner ??= known?.id ?? `name:${name.toLowerCase()}`;
      if (name && !known) unknownNamed = name;
    }
  }
  // No cut names who makes it, but the headline or opening states one: the one employer the story names by its structure
  // (not a company the headline names otherwise), or whose chief executive it names, is the one cutting ("Remplacer plus de
  // 200 emplois par une intelligence artificielle", then "…le plan d'avenir de la branche française de l'entreprise
  // Onclusive"; "CEO Boasts That He Laid Off 80 Percent of His Staff", then "Eric Vaughan, CEO of a $26 million software
  // firm called IgniteTech").
  const topCuts = cuts.filter((r) => r.where !== 'body');
  if (!weights.size && !publisher && topCuts.length) {
    // Not a sentence that turns to another story ("Ähnlich erklärte IBM-Chef Arvind Krishna, dass das Unternehmen Hunderte
    // Stellen durch KI ersetzt hat").
    const head = reads.slice(0, EMPLOYER_SENTENCES).filter((x) => !OTHER_TOPIC.test(x.s.text));
    const texts = head.map((x) => x.s.text).join('\n');
    const ids = new Map<string, { name: string; known?: Mention }>();
    for (const x of head) {
      for (const { name: found, chief } of employersNamed(x)) {
        // A German genitive is not part of the name: "der CEO des Kölner Stadt-Anzeigers", where the page names "Kölner
        // Stadt-Anzeiger" too.
        const stem = found.endsWith('s') ? found.slice(0, -1) : '';
        const name = stem && new RegExp(`(?<![\\p{L}])${escapeRegExp(stem)}(?![\\p{L}])`, 'u').test(texts) ? stem : found;
        // A company a list knows (with figures) only as whose chief executive the top names before the cut: what it is or
        // whose staff are named says as often it is the owner ("Der Facebook-Mutterkonzern Meta kürzt … Aktienoptionen"),
        // and its chief named after the cut only speaks of it ("Meta-Chef Mark Zuckerberg richtet den Konzern stark auf KI
        // aus").
        const known = knownAs(name, x.s.index);
        if (known && (!chief || x.s.index > topCuts[0]!.s.index)) continue;
        ids.set(known?.id ?? `name:${name.toLowerCase()}`, { name: known?.name ?? name, known });
      }
      if (x.where !== 'body' && x.s.index <= topCuts[0]!.s.index) for (const m of mentions.filter((m) => m.sentence === x.s.index && m.how === 'leader')) ids.set(m.id, { name: m.name, known: m });
    }
    const [only] = ids.entries();
    // …and no other company up top but a photograph's credit or what its chief founded ("El fundador de Twitter y actual CEO
    // de Block"): "trois multinationales ont annoncé des salves de
    // licenciements", then HP's, ABN Amro's and "l'assureur Allianz Partners"'s (not "XH4D / Getty Images").
    const others = [...mentions, ...weak].filter((m) => {
      const x = byIndex.get(m.sentence);
      const before = (chars: number) => x!.s.text.slice(Math.max(0, m.at - chars), m.at);
      return x && x.where !== 'body' && m.id !== only?.[0] && !CREDIT_BEFORE.test(before(30)) && !ROLE_OF.test(before(60));
    });
    if (only && ids.size === 1 && !others.length) {
      const [id, { name, known }] = only;
      if (known) for (const r of topCuts) cutterOf.set(r.s.index, known);
      add(id, name, WEIGHT.lead, known ? 'pointed-back' : 'unknown-name');
    }
  }
  // The site's company is the author when the text names it too, or names no company up top (an
  // intranet or a blog host is not the company whose memo it carries).
  const topNamed = mentions.filter((m) => byIndex.get(m.sentence)?.where !== 'body');
  if (publisher && (mentions.some((m) => m.id === publisher.id) || !topNamed.length)) add(publisher.id, publisher.name, PUBLISHER_WEIGHT, 'publisher');
  // Two names no list knows found cutting, one the first words of the other, are one company ("Rio is set to shed several
  // hundred jobs…", then "Rio Tinto is set to eliminate several hundred jobs…"), named as the one found cutting more often
  // (not a headline's run: "IO Interactive Begins Layoffs…"), the fuller where they are found as often.
  for (const [id, e] of [...weights]) {
    const longer = id.startsWith('name:') && weights.has(id) ? [...weights].find(([other]) => other.startsWith(`${id} `)) : undefined;
    if (!longer) continue;
    const [keep, drop] = longer[1].weight >= e.weight ? [longer, [id, e] as const] : [[id, e] as const, longer];
    keep[1].weight += drop[1].weight;
    weights.delete(drop[0]);
  }
  // Whose staff the cut up top takes beats a company the headline names, where the opening gives that one no cut of its
  // own: "Meta AI Trainers Face Mass Layoffs as Automation Replaces Their Work", then "Over 700 Covalen workers in Dublin
  // notified of layoffs; ~500 are data annotators for Meta" (Meta is the contractor's client). Then that employer or no one:
  // not a third company the page names.
  const beaten = staffOwner && titleSubject && staffOwner !== titleSubject &&
    !cuts.some((r) => r.where === 'lead' && bySubject.has(r.s.index) && cutterOf.get(r.s.index)?.id === titleSubject);
  if (beaten) weights.delete(titleSubject!);
  const ranked = [...weights.entries()].sort((a, b) => b[1].weight - a[1].weight);
  const own = (id: string) => cuts.filter((r) => (cutterOf.get(r.s.index)?.id ?? id) === id).map((r) => r.s.index);
  const [best, second] = ranked;
  if (beaten && best?.[0] !== staffOwner) return null;
  if (!best || best[0].startsWith('group:')) return null;
  // A roundup's headline ("…veja 3 casos recentes") whose own cut names no one subject: the cases below are each their own.
  if (title && roundsUp(title.s.text) && !cutterOf.has(title.s.index)) return null;
  // Two companies cutting with equal weight: the page does not say which one it is about.
  if (second && second[1].weight === best[1].weight) return null;
  // Named only further down, the "cutter" is a passing mention (unless the headline names it, by any of its names:
  // "BAT expected to cut jobs…", then "British American Tobacco (BAT) is set to cut jobs…" below the site's furniture).
  const top = cuts.some((r) => r.where !== 'body' && (cutterOf.get(r.s.index)?.id === best[0] || best[1].how === 'unknown-name'));
  const inTitle = new Set(mentions.filter((m) => byIndex.get(m.sentence)?.where === 'title').map((m) => m.id));
  // …or where the cut up top is an unnamed company's ("A Venezia, un’azienda ha licenziato tutti i 37 dipendenti"), the one
  // the body then names cutting ("Il caso è quello dell’americana InvestCloud che ha deciso di … licenziare i 37 dipendenti").
  const unnamedUpTop = cuts.some((r) => r.where !== 'body' && !cutterOf.has(r.s.index) && r.cutAt !== null && UNNAMED_KIND.test(r.s.text.slice(0, r.cutAt)));
  const itsSubjectCut = cuts.some((r) => bySubject.has(r.s.index) && cutterOf.get(r.s.index)?.id === best[0]);
  const namedBelow = unnamedUpTop && itsSubjectCut;
  // The headline naming it confirms it, unless the headline denies a cut: a pledge of none is the page's event, the body's
  // cuts its background ("Matt Booty Reassures Xbox Staff: No Layoffs After Big Shakeup", then "Microsoft has cut thousands
  // of gaming jobs since completing its $69 billion acquisition of Activision Blizzard").
  const headline = byIndex.get(0);
  const denied = Boolean(headline && lang && deniesItsCut(headline, lang));
  const headlineNames = !denied && (headline?.s.text.includes(best[1].name) || inTitle.has(best[0]));
  // …or its address names it as the one company of the page's it names, no headline denying the cut, and a cut of the
  // page's names it as its subject (where the page's title is a sentence of its text, not its headline):
  // "…/cloudflare-says-ai-made-1100-jobs-obsolete…", titled "Stop Treating This as a Tragedy.", then "Cloudflare reported
  // $639.8 million in Q1 2026 revenue … while simultaneously cutting roughly 20% of its workforce".
  const addressNames = !denied && itsSubjectCut && addressNamesOnly(best[0], mentions, url);
  if (!top && !namedBelow && best[1].how !== 'publisher' && best[0] !== publisher?.id && !headlineNames && !addressNames) return null;
  // Others cutting: named in the headline, and the named subject of a firm cut of their own in the
  // headline or opening; never through "the company" or a name no list knows. The second of two companies joined as
  // the headline's subject ("AT&T and Verizon cut jobs…") only where the page goes on to give it a cut of its own.
  const alongside = ranked.slice(1).flatMap(([id, e]): Cutter[] => {
    const its = (r: SentenceRead) => cutterOf.get(r.s.index)?.id === id || partnerOf.get(r.s.index)?.id === id;
    const subjectUpTop = cuts.some((r) => r.where !== 'body' && bySubject.has(r.s.index) && its(r));
    const ownCut = cuts.some((r) => cutterOf.get(r.s.index)?.id === id);
    return subjectUpTop && ownCut && inTitle.has(id) ? [{ id, name: e.name, how: e.how, sentences: cuts.filter(its).map((r) => r.s.index) }] : [];
  });
  const rivals = new Set(cuts.filter((r) => r.where !== 'body' && bySubject.has(r.s.index)).map((r) => cutterOf.get(r.s.index)!.id).filter((id) => id !== best[0])).size;
  // A name no list knows, as the page writes it in full or as the maker of the product it was named by.
  const unknown = best[0].startsWith('name:');
  const name = unknown ? productMaker(best[1].name, reads) ?? fullerName(best[1].name, reads) : best[1].name;
  return { id: unknown ? `name:${name.toLowerCase()}` : best[0], name, how: best[1].how, sentences: own(best[0]), alongside, rivals };
}
