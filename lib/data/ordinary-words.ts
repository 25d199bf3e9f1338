// Company names and brands that are also everyday English words. (Aliases that are people's names
// or places, like "Alexa" or "Geneva", are marked ambiguous per company in identity-edits.json.)
// An alias on this list would badge ordinary prose ("a block of flats", "hit the target"), so the
// schema requires it to sit in `ambiguous_aliases`, where the detector accepts it only with context.
export const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  // the classic traps
  'meta', 'block', 'target', 'square', 'oracle', 'gap', 'apple',
  // other companies readers meet in layoff news
  'shell', 'visa', 'ford', 'chase', 'indeed', 'recruit', 'workday', 'alphabet', 'slack', 'box',
  'snap', 'match', 'zoom', 'unity', 'compass', 'fair', 'duo', 'ring', 'twitch', 'audible',
  // brands and products in this dataset
  'android', 'gemini', 'loom', 'confluence', 'team', 'fusion', 'goose', 'proto',
  'tidal', 'falcon', 'poly', 'omen', 'big blue', 'red hat', 'honey', 'threads', 'messenger',
  'visible', 'paradox', 'nuance', 'copilot', 'azure', 'bing', 'java', 'swiss', 'gone', 'sidekick',
  'tableau', 'roundel', 'roadie', 'happy returns', 'shop', 'pins', 'bff',
  // letters and abbreviations that occur in ordinary text ("Ms", "EE", "C")
  'ee', 'ms', 'gs', 'c',
]);

export function isOrdinaryWord(alias: string): boolean {
  return ORDINARY_WORDS.has(alias.trim().toLowerCase());
}
