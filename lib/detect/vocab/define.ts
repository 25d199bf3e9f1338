// The vocabulary's data format: one entry a line, "<lang> <phrase> | <example sentence>".
//   lang     en, de, fr, es, nl, it, pt, or * (every language: "AI", "ChatGPT", "CEO")
//   phrase   words separated by spaces (a space also matches a hyphen or a line break);
//            "*" at a word's end or start: any letters there ("layoff*", "*abbau");
//            "..." between words: up to six words in between ("let ... go"); "...+" up to twelve, for a
//            German verb whose particle ends the clause ("baut ...+ ab"); neither runs past a comma;
//            a leading "=" matches case exactly ("=AI" never matches "ai").
// The example is a sentence the phrase must match (a unit test checks every one).

export const LANGS = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt'] as const;
export type Lang = (typeof LANGS)[number];

export interface Entry {
  lang: Lang | '*';
  phrase: string;
  example: string;
}

export interface Concept {
  name: string;
  /** What the concept is for, in one line. */
  about: string;
  entries: Entry[];
}

const isLang = (s: string): s is Lang | '*' => s === '*' || (LANGS as readonly string[]).includes(s);

/** Parses a concept's lines; a malformed line throws with its text, so a bad edit fails every test. */
export function concept(name: string, about: string, lines: string): Concept {
  const entries: Entry[] = [];
  for (const raw of lines.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\S+)\s+(.+?)\s+\|\s+(.+)$/.exec(line);
    if (!m || !isLang(m[1]!)) throw new Error(`vocab ${name}: malformed line "${line}"`);
    entries.push({ lang: m[1], phrase: m[2]!, example: m[3]! });
  }
  return { name, about, entries };
}
