// Shared vocabulary as precompiled regexes. Kept in one place so the prefilter, the sentence
// signals and the fact extractors agree on what counts as "job cuts" and "AI".

/** Words for a job (plural or collective), optionally after a couple of adjectives. */
export const JOB_NOUN =
  String.raw`(?:jobs?|roles?|positions?|employees?|workers?|staff(?:ers)?|people|personnel|headcount|workforce|posts|contractors|agents|engineers|recruiters|associates|team members|colleagues|FTEs?|(?:\w+-)?handlers|leavers|analysts|reps|representatives|managers|testers|translators|moderators|transcriptionists|proofreaders|writers|tellers|cashiers)`;

const CUT_VERB =
  String.raw`(?:cut(?:s|ting)?|remov(?:e|es|ed|ing)|slash(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|ax(?:e|es|ed|ing)|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|lay(?:s|ing)? off|laid off|let go|lets go|letting go|fir(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|offboard(?:s|ed|ing)?|shrink(?:s|ing)?|shrank|downsiz(?:e|es|ed|ing)|mak(?:e|es|ing) redundant|made redundant|replac(?:e|es|ed|ing)|exit(?:s|ed|ing)?|not backfill(?:ing)?|won't backfill)`;

/** A job-cut statement: a cut verb near a job noun, or a cut noun phrase. */
export const CUT_RE = new RegExp(
  String.raw`\b(?:layoffs?|lay-offs?|laid off|lay(?:s|ing)? off|job (?:cuts?|losses|reductions?|eliminations?)|(?:workforce|headcount|staff(?:ing)?|personnel) (?:reductions?|cuts?)|reductions? (?:in|of) force|(?:reductions?|cuts?|eliminations?|loss(?:es)?) (?:in|of|to) (?:[\w,.~–-]+ ){0,5}${JOB_NOUN}|affected (?:employees|staff|workers|colleagues)|affect\w* (?:about |around |roughly |some |nearly |more than )?[\d,]+ (?:[\w-]+ ){0,2}${JOB_NOUN}|(?:employees|people|staff|colleagues|workers)\b[^.;]{0,40}\bleaving (?:the company|the firm|the business|the organi[sz]ation|us)\b|[\d,]+ (?:[\w-]+ ){0,2}(?:roles|jobs|positions|posts)\s(?:\w+\s){0,2}at risk|putting (?:\w+ ){0,3}(?:roles|jobs|positions) at risk|(?:no longer|didn't|did not|don't|do not) needs? as many (?:people|employees|staff|workers|heads)|needs? fewer (?:people|employees|staff|workers|humans)|drop\w* (?:[\w%-]+ ){0,5}(?:contractors|freelancers|moderators|translators)|end\w* (?:a |the |its |their |our )?(?:[\w-]+ ){0,3}contracts? (?:with|for|covering) (?:[\w,-]+ ){0,6}(?:moderators|workers|staff|employees|contractors|agents|people|translators|testers|writers|freelancers)|(?:need|have|employ)\w* (?:about |around |roughly |some )?[\d,]+ fewer (?:people|employees|roles|staff|workers)|bring\w* down (?:\w+ ){0,2}(?:headcount|staff\w*)|(?:reduc|shrink|cut)\w* (?:the )?size of (?:our|its|the) (?:company|organi[sz]ation|teams?|workforce|business)|(?:saying goodbye|say goodbye|part(?:ing)? ways) (?:to|with) (?:about |roughly |some |nearly |more than )?[\d,]+ (?:colleagues|employees|people|team members|teammates)|redundanc(?:y|ies)|made redundant|mak(?:e|es|ing)\s(?:[\w,-]+\s){1,6}redundant|backfill|hiring freeze|(?:stop|stopping|end|ending|phase out|phasing out|offboard\w*)\s(?:using |working with |work with |relying on |rely on |its |our )?contractors?|(?:headcount|workforce|staff)\b[^.;]{0,60}?\b(?:fall|falling|fell|shrink\w*|shrank|declin\w+|down|lower|smaller)\b|(?:downsiz|restructur)\w*[^.]{0,60}\b${JOB_NOUN}|${CUT_VERB}\b(?:[^.;]{0,60}?)\b${JOB_NOUN}\b|\b${JOB_NOUN}\b[^.;]{0,40}\b(?:were|was|are|is|will be|being|to be|have been|had been|be) (?:cut|eliminated|affected|impacted|laid off|let go|made redundant|reduced|replaced)\b|\b${JOB_NOUN}\b[^.;]{0,80}\b(?:go|going|went|gone)\b(?! (?:up|down|well|to|on|through|into|ahead|forward|smoothly|back|unfilled)))`,
  'i',
);

/** A reference back to cuts already named ("the cuts", "the move", "the reductions"). */
export const CUT_ANAPHOR_RE =
  /\b(?:the|these|those|its|this|our|today's)\s+["“]?(?:\w+\s+)?(?:cuts|layoffs|reductions?|job cuts|decision|move|restructuring|changes|eliminations|exits|roles|positions|reorgani[sz]ation|downsizing|drop|decline|shrinking|job losses|plan|closures?)\b/i;

/** AI and automation vocabulary. "AI" is matched case-sensitively so "ai" inside words never counts. */
export const AI_RE =
  /\b(?:AI|A\.I\.|GenAI|AI-\w+)\b|\b(?:[Aa]rtificial intelligence|[Aa]utomat(?:ion|ing|ed|es|e)|[Mm]achine learning|[Gg]enerative|[Aa]gentic|[Rr]obot(?:s|ics)?|artificial intelligence|generative|automat(?:ion|ing|ed|e)|machine learning|chatbots?|(?:digital|virtual|voice|software|automated|chat) assistants?|[Mm]achine-learning|large language models?|LLMs?|agentic|copilots?|voice ?bots?|virtual assistants?|ChatGPT|robots?|robotics|digitali[sz]ation)\b/;

/** Words that make a sentence say one thing causes another. */
export const CAUSAL_RE =
  /\b(?:(?<!such |well )as(?! (?:well|part|of|much|many|long|soon|far|recently|early|late|usual|expected|planned|needed|if|though)\b)|because|due to|owing to|thanks to|driven by|amid|citing|cited|blam\w+|attribut\w+|in favou?r of|replac\w+|shift\w*|pivot\w*|redirect\w*|realloc\w+|reinvest\w*|invest\w*|fund(?:s|ed|ing)?|focus\w*|prioriti[sz]\w*|efficienc\w+|productivity|lean\w*|embrac\w+|adopt\w*|rollout|rolled out|deploy\w*|can (?:now )?(?:do|handle|perform)|able to (?:do|handle)|doing the work|take over|took over|fewer|smaller|result of|in response to|make way|tied to|linked to|thanks to|enabled|allow\w*|transform\w*|era|reshap\w+|because of|free up|after|following|accelerat\w+|now handled|handl\w+|instead|skills?|needs?|resolved without|AI-first|reasons?|why|operating model|budget|savings|streamlin\w+|simplif\w+|overhaul\w*|disrupt\w*|realities|traffic)\b/i;

/** AI named as a business domain or a name, not a cause: "its AI unit", "Scale AI", "AI customers". */
export const AI_DOMAIN_RE =
  /(?<!\b(?:invest|spend|shift|mov|realloc|redirect|pour|channel|put|bet)\w*(?:\s+[\w'’-]+){0,3}\s+(?:toward|towards|into|in|to|on)\s)(?:\b(?!(?:As|But|And|Now|The|This|That|With|While|If|When|Because|So|Since|Why|How|What|Where|Our|Its|Their|Generative|Agentic|Enterprise|Applied|Conversational|Physical)\b)[A-Z][a-z]+ AI\b|\b(?:AI|GenAI|[Gg]enerative AI|[Aa]rtificial [Ii]ntelligence) (?:[Uu]nit|[Dd]ivision|[Ll]abs?|[Tt]eams?|[Gg]roups?|[Oo]rgani[sz]ation|[Oo]rg|[Rr]esearch(?:ers)?|[Ii]nfrastructure|customers|chips?|chipmakers?|data cent\w+|boom|race|servers?|scribe|demand|market|spending|capex|bubble)\b|\b(?:[Cc]hief|[Hh]ead of|VP of|[Vv]ice [Pp]resident of) (?:AI|[Aa]rtificial [Ii]ntelligence)\b|\b(?:[Ff]actory|[Ii]ndustrial|[Hh]ome|[Bb]uilding|[Pp]rocess) automation\b|\b[Aa]utomation (?:business|unit|division|equipment|software|products?|segment|market|orders|maker)\b|\b(?:AI|GenAI|artificial intelligence) (?:\w+ )?(?:startups?|compan(?:y|ies)|vendors?|firms?|makers?|providers?|developers?|specialists?|business(?:es)?)\b|\b(?:sells?|selling|makes?|making|develops?|developing|offers?|offering|provides?|providing|markets?|marketing|licens\w+) (?:\w+ ){0,2}(?:AI|artificial intelligence|automation)\b|\b(?:companies|firms|peers|rivals|others|employers) (?:\w+ )?(?:have |has )?(?:cited|blamed|pointed to) (?:AI|artificial intelligence|automation))/g;

/** A reason strong enough to tie a nearby cut to AI ("AI now handles...", "to shift investment to AI"). */
export const RATIONALE_RE =
  /\b(?:because|due to|owing to|driven by|citing|cited|blam\w+|attribut\w+|replac\w+|in favou?r of|reasons?|why|result of|in response to|(?:shift|redirect|realloc|realign|align|reinvest|mov|put|pour|channel|refocus)\w* (?:[\w'’-]+ ){0,4}(?:toward|towards|to|into|in|with|behind|around)\b[^.]{0,90}\b(?:AI|artificial intelligence|automation)|(?:to|so (?:we|it|they) can|in order to) (?:further )?invest\w* (?:more )?(?:\w+ ){0,3}in\b[^.]{0,60}\b(?:AI|artificial intelligence|automation)|AI[- ](?:driven|first|native|centric|led|powered) (?:operating model|company|organi[sz]ation|enterprise|workplace)|(?:chang|reshap|transform|redefin|rethink|reimagin|flatten|disrupt|upend|alter)\w*\b[^.]{0,60}\b(?:work\w*|operat\w+|roles?|jobs?|hiring|headcount|teams?|economics|business model|skills)|realities of|(?:cut|eat\w*|ate|hurt\w*|hit|erod\w*|squeez\w*|undercut\w*|weigh\w*) (?:\w+ ){0,2}(?:into |on )?(?:demand|traffic|revenue|sales|subscriptions)|can (?:now )?(?:do|handle|perform)|now (?:handles?|does|resolves?|performs?)|now (?:\w+ ){0,2}(?:handl|resolv|perform|cover|answer|process|writ|draft|generat)\w*|(?:are|is) now (?:\w+ ){0,2}(?:handled|processed|done|assessed|registered|performed|answered|resolved|written|generated) by|(?:resolv|handl|answer|process|deflect)\w* (?:[\w-]+ ){0,7}(?:tickets|queries|chats|calls|conversations|requests|contacts|cases|claims|inquiries|enquiries)|(?:writ|draft|do|handl)\w* (?:a |the )?(?:large |growing |big )?(?:share|majority|bulk|most) of|\b(?:large |big |main |biggest )?(?:part|share|driver|reason) of (?:it|that|this|the (?:reduction|decline|drop|decrease|cuts?))\b|absorb\w*|handles? (?:volumes|work|tasks|most|the majority)|resolved without|doing (?:the )?work|do (?:the )?work|take over|took over|fewer|smaller|leaner|efficienc\w+|productivity|AI-first|different (?:mix of )?skills|skills (?:we|it) need|once required|no longer (?:needed|need|required)|make way|enabl\w+|allow\w+|let\w* (?:smaller|fewer))\b/i;

/** Negation of a cut ("no plans to reduce", "rather than cutting staff", "does not plan to shed", "No."). */
export const NEGATION_RE =
  /\b(?:no|not|never|without|rather than|instead of|nor|rul(?:e|es|ed|ing) out)\s(?:\w+\s){0,5}?(?:(?:plans?|expect\w*|intend\w*) (?:to|for)\s)?(?:be\s)?(?:cut|lay|laid|reduc|eliminat|replac|remov|shed|fir(?:e|ing)|let go|los(?:e|ing|s)|redundan|job cuts|layoffs|headcount reduction|workforce reduction)\w*|n't\s(?:\w+\s){0,5}?(?:cut|lay|reduc|eliminat|replac|shed|los)\w*|^["“]?No\b/i;

/** A question or a condition rather than a statement ("asked whether AI would reduce..."). */
export const QUESTION_RE = /\b(?:whether|asked if|asked whether|if AI)\b|\?|\b(?:speculation|rumou?rs?|suggestions?) (?:\w+ ){0,5}that\b/i;

/** The cuts are said NOT to be about AI. */
export const DENIAL_RE = new RegExp(
  String.raw`(?:\bnot|n't|\bnever|\bno(?! longer))\b[^.;]{0,50}\b(?:because of|due to|driven by|related to|about|caused by|result of|tied to|linked to|a function of|replac\w+|AI[- ]driven|AI-related)\b[^.;]{0,40}(?:\bAI\b|A\.I\.|artificial intelligence|automation)|(?:\bAI\b|artificial intelligence|automation)[^.;]{0,25}\b(?:is|was|were|are)(?:n't| not)\b[^.;]{0,30}\b(?:reason|factor|driver|cause|behind)|nothing to do with (?:\bAI\b|artificial intelligence|automation)|(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}(?:mention\w*|cite|cited|citing|refer\w*|blame\w*|point\w* to|name\w*)\s+(?:\w+\s+){0,2}(?:AI|artificial intelligence|automation)\b|made no mention of (?:AI|artificial intelligence|automation)|\b(?:reject\w*|dismiss\w*|denie[sd]|deny\w*|push\w* back (?:on|against)|brush\w* (?:off|aside)) (?:\w+ ){0,3}(?:suggestions?|claims?|speculation|reports?|idea|notion|concerns?|talk)\b[^.;]{0,40}(?:\bAI\b|artificial intelligence|automation)|(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}(?:tie|tied|link|linked|attribut\w+|blam\w+|connect\w+)\s+(?:the |its |these )?(?:cuts|layoffs|reductions|decision|move)\s+(?:to|on)\b[^.;]{0,40}(?:\bAI\b|artificial intelligence|automation)|\bnot\s+(?:\w+\s+){0,3}(?:AI|A\.I\.)[- ](?:driven|related)|\bnot (?:AI|A\.I\.|artificial intelligence|automation)\b|rather than [^.;]{0,40}(?:\bAI\b|artificial intelligence|automation)|\bnot (?:an? )?(?:\bAI\b|artificial intelligence|automation) (?:story|thing|decision|play)`,
  'i',
);

/** Hedged or hypothetical statements: forecasts, possibilities, conditionals. */
export const HEDGE_RE =
  /\b(?:could|might|may|would(?! not)|if|whether|predict\w*|forecast\w*|estimat\w+|projected|expected to|likely|potentially|risk of|at risk|exposed|exposure|fear\w*|worr\w+|warn\w*|by 20[3-9]\d|over the next (?:decade|\w+ years)|in the coming years)\b/i;

/** Surveys, studies and aggregate counts are about jobs in general, not one company's cuts. */
export const AGGREGATE_RE =
  /\b(?:survey\w*|respondents|report (?:says|shows|finds|found)|employer-announced|U\.S\.(?:-based)? (?:announced |employers )?(?:job cuts|layoffs)|announced (?:job cuts|layoffs) (?:hit|rose|climb\w*|fell|jump\w*|surg\w*|reach\w*)|(?:job[- ]cut|layoff) announcements|poll\w*|study|studies|research (?:firm|note|report|by|from)|researchers|report(?:ed)? (?:by|from)|according to (?:a|the) (?:report|study|survey|analysis)|percent of (?:CEOs|companies|employers|executives|firms|workers|jobs)|% of (?:CEOs|companies|employers|executives|firms|workers|jobs)|Challenger|economists?|IMF|World Economic Forum|across the (?:economy|industry|sector)|million jobs|economy|employers|payrolls|so far this year|year to date|during the month|tall(?:y|ied)|outplacement|jobs report|nonfarm|Labor Department|Bureau of Labor|unemployment rate|a growing number of|other companies|peers|rivals|unlike)\b/i;

/** Someone speaking: reported speech and written statements. */
export const SPEECH_RE =
  /\b(?:said|says|say|saying|told|tells|wrote|writes|write|stated|according to|announced|announces|memo|letter|note|email|e-mail|statement|post(?:ed)?|blog|interview|confirm\w*|explain\w*|added|noted|call)\b|["“”]/i;

/** Who speaks: an executive of the company. */
export const EXECUTIVE_RE =
  /\b(?:CEO|CFO|COO|CTO|CHRO|chief (?:executive|financial|operating|technology|people|human resources) officer|chief executive|chief|president|founder|co-founder|chair(?:man|woman)?|executive|boss|head of|managing director|vice president|SVP|EVP|leadership)\b/i;

/** Who speaks: the company itself (statements, releases, filings, spokespeople). */
export const COMPANY_VOICE_RE =
  /\b(?:the company|the firm|the bank|the group|the retailer|the insurer|the lender|the carrier|the airline|the publisher|spokes(?:person|man|woman)|representative|in a (?:statement|release|filing|blog post)|press release|regulatory filing|securities filing|8-K|annual report|company (?:said|says|statement|confirmed|spokesperson)|we|our|us)\b/i;

/** A hiring freeze or non-replacement of leavers: cuts by attrition. */
export const ATTRITION_RE = new RegExp(
  String.raw`\b(?:not (?:be )?backfill\w*|won't backfill|backfill\w*|hiring (?:freeze|pause)|(?:freez\w+|froze|frozen) hiring|pause (?:hiring|on hiring)|(?:stop\w*|slow\w*|curb\w*)(?: or (?:\w+ )?(?:stop\w*|slow\w*))? (?:[\w-]+ ){0,2}hiring|(?:has |have )?(?:not|stopped) hir(?:ed|ing)|(?:through|by|via|using) (?:\w+ ){0,2}attrition|natural attrition|attrition (?:and|or|rather|instead)|let\w* attrition|(?:not|won't) (?:be )?replac\w+ (?:\w+ ){0,2}${JOB_NOUN})\b`,
  'i',
);

/** A sentence that opens by drawing a consequence from the one before ("That means we are eliminating..."). */
export const CONSEQUENCE_RE =
  /^["“]?(?:That|This)(?:'s| is) (?:the (?:main |primary |biggest |key |real )?reason|why)|^["“]?(?:That|This) means|^["“]?(?:So|As a result|Therefore|Consequently|For that reason|Because of (?:this|that)|That's why|Which is why)\b/;

/** Lines that are not the story: related-links and teasers that reader modes leave in ("Related:
 * ...", "Read more: ..."), and the forward-looking-statements boilerplate of releases and filings. */
export const TEASER_RE =
  /\b(?:forward-looking statements?|differ materially|cause actual results to differ|actual results (?:may|could|might) differ|Private Securities Litigation Reform Act|undue reliance)\b|^\W*(?:Related(?: stories| articles| coverage| reading| in this \w+)?|Read (?:more|next|also)|More (?:from|on|stories)|Recommended(?: for you)?|See also|Also read|Most (?:read|popular)|Trending|Up next|You may also like|Further reading)\b\s*[:\-–—|]/i;

/** The story keeps AI apart from the cuts ("Separately, ...", "unrelated to the layoffs"). */
export const SEPARATE_RE =
  /^\W*(?:Separately|In a separate|Elsewhere|Unrelated)\b|\b(?:separate(?:ly)? from|unrelated to|not (?:related|linked) to) the (?:cuts|layoffs|job cuts|reductions)\b/i;

/** Causal words that also just mean "at the same time" ("cuts jobs as its CEO pitches AI"). */
export const WEAK_CAUSE_RE = /\b(?:as|amid|after|following|while)\b/gi;

/** A page that speaks of AI agents (or an agent product) means them by a bare "agents" too. */
export const AI_AGENTS_RE = /\b(?:AI|digital|virtual|autonomous|software) agents?\b|\bagentic\b|\bAgent[A-Z]?[a-z]+\b/;
/** Bare "agents" that are not people, once AI agents are in the story. */
export const BARE_AGENTS_RE = /\b(?<!(?:AI|human|customer[- ]service|support|call[- ]cent(?:re|er)|insurance|travel|real[- ]estate|sales|booking|ticket|gate|border|FBI|federal|secret|free|double|travel) )(?:agents?|Agent[A-Z]?[a-z]+)\b/g;

/** Cuts that are not job cuts: a team's roster, interest rates, prices, taxes, output. */
export const NOT_JOB_CUT_RE =
  /\b(?:trim\w*|cut\w*|waiv\w+|releas\w+) (?:\w+ ){0,2}(?:roster|squad|players?|lineup)\b|\broster cuts?\b|\bcutdown day\b|\b(?:rate|interest|risk-management|insurance|price|tax|quarter-point|half-point|basis-point|dividend|production|output|emissions?)[- ](?:rate )?cuts?\b/gi;

/** Cuts stated about employers in general ("Companies blame AI for layoffs"), not one employer. */
export const GENERAL_ACTOR_RE =
  /^\W*(?:\w+:\s)?(?:[\w'’.-]+\s){0,3}(?:companies|employers|firms|businesses|corporations|executives|CEOs|bosses)\b|^\W*(?:anyone|everyone|no one|nobody)\b|^\W*(?:every|some|many|most|all|millions of|thousands of) jobs?\b|\b(?:a|any|every) (?:company|firm|business|employer)\b(?! (?:spokes|statement|memo|filing|official|representative|executive|source|email|blog|release|document))/i;

/** Past cuts mentioned as background. */
export const HISTORICAL_RE = /\b(?:last year|previously|at the time|already (?:cut|laid|eliminated|shed)|in (?:January|February|March|April|May|June|July|August|September|October|November|December) 20[0-2]\d|earlier (?:this|last) year|in 20[0-2]\d|years ago|in the past|since 20[0-2]\d|had (?:cut|laid|eliminated)|prior)\b/i;
