// Company names that are ordinary text where the word lists cannot tell: another company's product,
// a person's name, a verb of our time. One entry a line, with the ordinary use it guards against.
// The rest of the ambiguous set is derived from data at build time (see build.ts, `commonWord`),
// plus the dataset's own ordinary-word list (lib/data/ordinary-words.ts).
export const CURATED_AMBIGUOUS: readonly (readonly [name: string, ordinaryUse: string])[] = [
  ['Gemini', "Google's Gemini model; the zodiac sign"],
  ['Copilot', "Microsoft's Copilot assistant"],
  ['Alexa', "Amazon's voice assistant; a first name"],
  ['Siri', "Apple's voice assistant"],
  ['Claude', "Anthropic's model; a first name"],
  ['Meta', 'meta-commentary; "very meta"'],
  ['Uber', '"Uber for X", "to uber home"'],
  ['Sprint', 'a two-week sprint'],
  ['Workday', 'a shorter workday'],
  ['Grok', "xAI's chatbot"],
  ['Llama', "Meta's model; the animal"],
  ['Sora', "OpenAI's video model"],
  ['Bard', "Google's former chatbot"],
  ['Next', '"Next, the company..."'],
  ['Discover', 'discover (the verb) at a sentence start'],
];

/** Words that begin many companies' names but name none alone ("American", "General"): a
 * registrant's short form is never one of these. */
export const NEVER_ALONE: ReadonlySet<string> = new Set([
  'american', 'national', 'united', 'international', 'general', 'global', 'first', 'new', 'federal', 'royal',
  'standard', 'western', 'eastern', 'southern', 'northern', 'pacific', 'atlantic', 'central', 'universal',
]);
