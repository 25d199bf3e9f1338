// Words around a name that say it is a company, for names that are also ordinary words ("Target",
// "Snap", "Gemini"). One cue a line with a sentence it must accept; compiled into two regexes
// (tested in tests/unit/names-ambiguous.test.ts). Each cue is anchored at the name, so the
// regexes read a few dozen characters and cannot run away.

export interface Cue {
  /** Regex source; AFTER cues start right after the name, BEFORE cues end right before it. */
  re: string;
  /** A sentence in which the cue makes `name` a company. */
  example: string;
  name: string;
}

// "AG", "SE" and the like are read by the matcher, which checks what follows them.
const SUFFIX = String.raw`(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|LLC|LLP|N\.V|S\.A|SpA|S\.p\.A|GmbH|Oyj|Group|Holdings|Platforms|Technologies)\b`;
const EXCHANGE = String.raw`(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NSE|BSE|TSE|XETRA|OTC|HKEX|SGX|Euronext|SIX)\b`;
/** What a company has or does, after "X's" or "X": its people, its stock, its decisions. */
const PEOPLE_NOUN =
  String.raw`(?:CEO|CFO|COO|CTO|chief executive|founder|co-founder|chairman|chairwoman|president|executives|spokes(?:person|man|woman)|employees|workers|staff(?:ers)?|engineers|shares|stock|shareholders|headquarters)\b`;
const COMPANY_NOUN =
  String.raw`(?:${PEOPLE_NOUN}|chief|chair|executive|leadership|management|board|workforce|headcount|hiring|layoffs?|job cuts|cuts|restructuring|investors|earnings|revenue|sales|profits?|results|quarterly|fiscal|annual report|filing|memo|offices|stores|outlets|app|platform|users|customers|drivers|merchants|sellers|subscribers)\b`;
/** What a company is, in "X, the ... retailer" or "the retailer X". */
export const COMPANY_KIND =
  String.raw`(?:company|companies|firm|group|giant|maker|makers|retailer|chain|bank|lender|insurer|broker|brokerage|exchange|platform|marketplace|app|startup|start-up|unicorn|fintech|provider|vendor|supplier|developer|publisher|operator|carrier|airline|automaker|carmaker|chipmaker|manufacturer|conglomerate|consultancy|agency|parent|owner|subsidiary|unit|rival|competitor|brand|service|network|producer|distributor|grocer|supermarket)`;
const CUT_VERB =
  String.raw`(?:cut|cuts|cutting|lay(?:s|ing)? off|laid off|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|axe[sd]?|axing|shed(?:s|ding)?|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|downsiz(?:e|es|ed|ing)|fire[sd]?|firing|hire[sd]?|hiring|freez(?:e|es|ing)|froze|replac(?:e|es|ed|ing)|restructur(?:e|es|ed|ing)|outsourc(?:e|es|ed|ing))\b`;

/** The same cut verbs in the six other languages, the plan or auxiliary before them optional ("Oracle despide",
 * "Dell streicht", "Oracle s’apprêterait à lancer", "Paramount ha tagliato"): lower case, so a capitalised word
 * after the name ("Meta Platforms") is never one. */
/** A word's end where it may end in an accented letter ("eliminó", "società"), which `\b` does not see. */
const END = String.raw`(?![a-zà-ÿ])`;
const CUT_VERB_INTL = {
  de: String.raw`(?:streicht|entlässt|kürzt|ersetzt|baut\s(?:[^\s.,;:]+\s){0,5}ab${END}|(?:will|plant|soll|wird|muss|hat)\s(?:[^\s.,;:]+\s){0,5}(?:streichen|abbauen|entlassen|kürzen|gestrichen|abgebaut|gekürzt|ersetzt)${END})`,
  fr: String.raw`(?:va\s|a\s|avait\s|prévoit\sde\s|compte\s|s['’]appr[eê]t\w*\sà\s)?(?:licenci\w*|supprim\w*|réduit|réduire|sabr\w*|se\ssépar\w*|remplac\w*|lancer\sune\s(?:nouvelle\s)?vague)`,
  es: String.raw`(?:ha\s|había\s|va\sa\s|planea\s|prevé\s|)?(?:desp(?:ide|idió|edirá|edido|edir)|recort\w*|elimin(?:a|ó|ará|ado|ar)${END}|suprim\w*|prescind\w*|sustitu\w*|reemplaz\w*)`,
  it: String.raw`(?:ha\s|aveva\s|sta\sper\s|prevede\sdi\s|)?(?:licenzi\w*|tagli(?:a|ato|are|erà)${END}|sopprim\w*|sostituisc\w*|sostituito)`,
  nl: String.raw`(?:gaat\s|wil\s|heeft\s|)?(?:schrapt|schrappen|ontslaat|ontslaan|ontslagen|vervangt|vervangen|snijdt)`,
  pt: String.raw`(?:vai\s|planeia\s|planeja\s|)?(?:demit\w*|despedi\w*|despede|cort(?:a|ou|ar|ará)${END}|substitu\w*)`,
};
/** What one says or does as a company, in the six other languages ("Amazon notificó", "Amazon impiega",
 * "HP explicó"): speech, so not for a person's name. */
const SPEECH_INTL = String.raw`(?:a\sannoncé|annonce|a\sconfirmé|a\sexpliqué|emploie|kündigt|kündigte|hat\sangekündigt|teilte|bestätigte|erklärte|beschäftigt|anunció|ha\sanunciado|notificó|explicó|confirmó|emplea|ha\sannunciato|annuncia|ha\scomunicato|ha\sconfermato|impiega|kondigt|kondigde|heeft\saangekondigd|bevestigde|anunciou|confirmou|informou|afirmou|emprega)${END}`;
/** What a company is, in the six other languages: "HP, el histórico fabricante", "Amazon, il colosso dell’e-commerce". */
const KIND_INTL = String.raw`(?:empresa|compañía|tecnológica|fabricante|grupo|gigante|banco|aseguradora|cadena|estudio|entreprise|société|groupe|géant|constructeur|fabricant|banque|assureur|éditeur|Konzern|Unternehmen|Hersteller|Anbieter|Versicherer|Bank|bedrijf|concern|fabrikant|verzekeraar|azienda|società|gruppo|colosso|produttore|banca|catena|operadora|desenvolvedora|seguradora|varejista)`;
const ARTICLE = String.raw`(?:el|la|los|las|le|les|l['’]|il|lo|gli|der|die|das|de|het|o|a|os|as|un|una|uno|une|ein|eine|einer|een|um|uma)`;

export const AFTER_CUES: readonly Cue[] = [
  { re: String.raw`,?\s${SUFFIX}`, example: 'Target Corp. reported weaker sales.', name: 'Target' },
  { re: String.raw`\s?\(\s?${EXCHANGE}`, example: 'Block (NYSE: XYZ) said it would cut staff.', name: 'Block' },
  // One word may stand between ("Snap's new chief"), but not a clause: "Here's what affected employees...".
  { re: String.raw`['’]s?\s(?:(?!(?:what|how|why|where|who|when|not|been|going|got|no|a|an|the|it|its|all)\s)[a-z-]+\s)?${COMPANY_NOUN}`, example: "Snap's chief executive wrote to staff.", name: 'Snap' },
  { re: String.raw`\s${PEOPLE_NOUN}`, example: 'Target CEO Brian Cornell told investors.', name: 'Target' },
  { re: String.raw`\s(?:has\s|have\s|had\s|will\s|would\s|is\s|was\s|also\s|plans to\s|planned to\s|is planning to\s|to\s)?${CUT_VERB}`, example: 'Grab cuts about 1,000 jobs as it restructures.', name: 'Grab' },

  { re: String.raw`,\s(?:a|an|the|which|whose)\s(?:[\w.&'’-]+\s){0,4}${COMPANY_KIND}\b`, example: 'Gemini, the crypto exchange run by the Winklevoss twins, cut 10% of staff.', name: 'Gemini' },
  { re: String.raw`\s(?:${CUT_VERB_INTL.de})`, example: 'Oracle streicht Tausende Stellen in der Cloud-Sparte.', name: 'Oracle' },
  { re: String.raw`\s(?:${CUT_VERB_INTL.fr})`, example: 'Une histoire sans fin : Oracle s’apprêterait à lancer une nouvelle vague de restructuration sociale.', name: 'Oracle' },
  { re: String.raw`\s(?:${CUT_VERB_INTL.es})`, example: 'Oracle despide a miles de empleados para financiar sus centros de datos.', name: 'Oracle' },
  { re: String.raw`\s(?:${CUT_VERB_INTL.it})`, example: 'Meta taglia 600 posti nella divisione di intelligenza artificiale.', name: 'Meta' },
  { re: String.raw`\s(?:${CUT_VERB_INTL.nl})`, example: 'Dell schrapt opnieuw duizenden banen.', name: 'Dell' },
  { re: String.raw`\s(?:${CUT_VERB_INTL.pt})`, example: 'Block demite quase metade dos funcionários e culpa a IA.', name: 'Block' },
  // Two words may stand between the article and the kind, but no "of": "HP, el histórico fabricante", not
  // "Target, el objetivo del banco".
  { re: String.raw`,\s${ARTICLE}\s?(?:(?!(?:de|del|di|da|do|du|des|der|van|von)\s)[^\s,.;:]+\s){0,2}${KIND_INTL}${END}`, example: 'HP, el histórico fabricante estadounidense de ordenadores personales, anunció un ajuste laboral.', name: 'HP' },
];

/** What people do as much as companies: context for an ordinary word, not for a person's name ("Brady said"). */
export const SPEECH_CUES: readonly Cue[] = [
  { re: String.raw`\s(?:said|says|announced|announces|confirmed|confirms|reported|reports|told|tells|disclosed|expects|employs|employed|posted|wrote|declined|did not respond|didn't respond)\b`, example: 'Oracle said the changes would affect several teams.', name: 'Oracle' },
  { re: String.raw`\s${SPEECH_INTL}`, example: 'Amazon notificó este miércoles a su plantilla el despido de 16.000 trabajadores.', name: 'Amazon' },
];

export const BEFORE_CUES: readonly Cue[] = [
  { re: String.raw`\b${COMPANY_KIND}\s`, example: 'Crypto exchange Gemini is cutting a quarter of its staff.', name: 'Gemini' },
  // Not a bare "at" or "with": "at New York hotels", "starts with Alice".
  { re: String.raw`\b(?:work(?:s|ed|ing|ers)?|jobs?|roles|layoffs|cuts|employees|staff(?:ers)?|engineers|executives|managers|shoppers|customers|insiders|people|teams?|positions)\s(?:at|with|from)\s`, example: 'Shoppers at Target spent less in the quarter.', name: 'Target' },
  { re: String.raw`\b(?:joined|joining|left|leaving|quit|rejoin(?:ed)?)\s`, example: 'She left Oracle in 2023 to start a company.', name: 'Oracle' },
  { re: String.raw`\b(?:CEO|chief executive|president|founder|co-founder|employees|staff|workers|engineers|spokes\w+|shares|stock|investors|shareholders)\s(?:of|at|in|from)\s`, example: 'The chief executive of Block wrote to staff.', name: 'Block' },
  { re: String.raw`\b(?:owned by|acquired by|bought by|spun off from|parent company|parent)\s`, example: 'Cash App is owned by Block and was hit too.', name: 'Block' },
  // The same, in the other languages we read: "le groupe américain HP", "der Konzern Meta", "el gigante Amazon".
  { re: String.raw`\b(?:groupe|entreprise|société|géant|constructeur|banque|Konzern|Unternehmen|Firma|Riese|Gruppe|Bank|grupo|empresa|compañía|gigante|banco|bedrijf|concern|reus|azienda|gruppo|colosso|banca|società|empresa|grupo|gigante)(?:\s\S+)?\s`, example: 'Le groupe américain HP a annoncé des suppressions.', name: 'HP' },
  // A compound that ends in the kind, and the kinds the line above lacks, right before the name: "Der
  // US-Technologiekonzern Meta", "del estudio King" (not "lender Commerzbank announced Thursday", "fabricante de
  // produtos da Apple").
  { re: String.raw`(?:[a-zäöüß-]*(?:konzern|unternehmen|hersteller|anbieter|versicherer|riese)|\b${KIND_INTL})\s`, example: 'Der US-Technologiekonzern Meta arbeitet weiter daran, Abläufe zu verändern.', name: 'Meta' },
  // A company's people, head or cuts, in the six other languages: "les licenciements chez Oracle", "o CEO da Workday",
  // "Stellenabbau bei Dell", "de medewerkers van Oracle", "i dipendenti di Meta", "demissões na Stone".
  { re: String.raw`\b(?:salariés|employés|effectifs|dirigeants|PDG|patron|porte-parole|licenciements|suppressions\sde\spostes|suppressions\sd['’]emplois|Mitarbeiter(?:innen|n)?|Beschäftigten|Angestellten|Chef|Sprecher(?:in)?|Stellenabbau|Jobabbau|Entlassungen|empleados|trabajadores|plantilla|portavoz|despidos|recortes|dipendenti|lavoratori|portavoce|licenziamenti|esuberi|tagli|medewerkers|werknemers|personeel|topman|woordvoerder|ontslagen|banen|funcionários|trabalhadores|colaboradores|demissões|despedimentos|CEO|presidente)\s(?:de\s|du\s|des\s|von\s|bei\s|der\s|del\s|de\sla\s|di\s|della\s|dello\s|van\s|bij\s|da\s|do\s|na\s|no\s|chez\s|presso\s|en\s)`, example: 'Les licenciements chez Oracle touchent surtout le cloud.', name: 'Oracle' },
  // German and Dutch put the verb before the subject after a fronted phrase: "plant Oracle Berichten zufolge
  // den Abbau", "Für das Projekt ist Oracle bereit", "Daarom schrapt Dell banen" (words of these two languages only).
  { re: String.raw`\b(?:streicht|entlässt|kürzt|plant|baut|hat|wird|ist|soll|setzt|ersetzt|schließt|schrapt|ontslaat|gaat|wil|heeft|snijdt|vervangt|sluit)\s`, example: 'Basierend auf Berichten plant Oracle Berichten zufolge den Abbau von 20.000 Stellen.', name: 'Oracle' },
];

// After a name, case matters ("Target Group" is a name, "Target group of readers" is not); before
// it, a capital only says a sentence starts ("At Target, ...").
const compile = (cues: readonly Cue[], anchor: 'start' | 'end'): RegExp =>
  anchor === 'start' ? new RegExp(`^(?:${cues.map((c) => c.re).join('|')})`) : new RegExp(`(?:${cues.map((c) => c.re).join('|')})$`, 'i');

/** Read the first AFTER_WINDOW characters after a name, the last BEFORE_WINDOW before it. */
export const AFTER_WINDOW = 80;
export const BEFORE_WINDOW = 40;
export const AFTER_RE = compile([...AFTER_CUES, ...SPEECH_CUES], 'start');
export const NOT_SPEECH_RE = compile(AFTER_CUES, 'start');
/** For Title Case and all-caps lines: "Target To Cut 1,800 Jobs". */
export const AFTER_RE_ANY_CASE = new RegExp(AFTER_RE.source, 'i');
export const BEFORE_RE = compile(BEFORE_CUES, 'end');
