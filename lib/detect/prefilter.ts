// The cheap gate the content script runs on raw page text before anything else: a page can only be
// an AI-layoff story if it has both job-cut words and AI/automation words. Two precompiled regexes,
// no splitting or allocation, so a 5,000-word page costs well under a millisecond.

export const CUT_WORDS =
  /\b(?:lay-?offs?|laid off|lay(?:s|ing)? off|job (?:cuts?|loss|reduc|elim)|jobs? cut|workforce|headcount|redundan|backfill|hiring (?:freeze|pause)|reduction in force|size of (?:our|its|the) (?:company|organi[sz]ation|teams?|workforce)|goodbye to|part(?:ing|s)? ways with|fewer (?:people|employees|roles|staff|workers)|(?:cut|cuts|cutting|slash\w*|eliminat\w*|shed\w*|trim\w*|reduc\w*|ax\w*|replac\w*|offboard\w*|remov\w*)\s(?:[\w,.~%-]+\s){0,7}(?:jobs|roles|positions|staff|employees|workers|contractors|people)|(?:jobs|roles|positions|employees|workers|staff)\s(?:\w+\s){0,4}(?:affected|eliminated|impacted|let go))/i;

const AI_WORDS =
  /\bA\.?I\b|\b(?:artificial intelligence|automat(?:ion|ing|ed|e)|machine learning|generative|agentic|chatbot|language model|LLM|copilot|voice ?bot|(?:virtual|digital) assistant|robot|digitali[sz]ation)/i;

// Every match of CUT_WORDS starts, at a word boundary, with one of these (lower case). Checking
// them with indexOf lets a short text without any skip the regex, whose first use in a fresh
// content-script world (compiling it) costs more than the whole rest of an ordinary page's check.
export const CUT_STARTS = [
  'lay', 'laid', 'job', 'workforce', 'headcount', 'redundan', 'backfill', 'hiring', 'cut', 'slash',
  'eliminat', 'shed', 'trim', 'reduc', 'ax', 'replac', 'offboard', 'role', 'position', 'employee',
  'worker', 'staff', 'size', 'goodbye', 'fewer', 'remov', 'part',
];

/** Texts up to this long get the keyword precheck; longer ones go straight to the regex. */
const PRECHECK_CHARS = 4_000;

const isWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || (code >= 65 && code <= 90);

/**
 * Whether `text` may contain a match of a case-insensitive, non-Unicode regex whose every match
 * starts at a word boundary with one of `starts` (lower-case ASCII words), or is the word "AI" or
 * "A.I" when `ai` is set. False means certainly not; true means "run the regex".
 *
 * Exact as a necessary condition: without the `u` flag, /i matches ASCII letters only with ASCII
 * letters and \w and \b are ASCII-only, and toLowerCase maps ASCII to ASCII one for one and
 * everything else to non-ASCII, except U+0130 (İ, which also grows to two code units) and U+212A
 * (Kelvin sign → "k"). A text holding either goes to the regex.
 */
export function mayMatchWords(text: string, starts: readonly string[], ai = false): boolean {
  if (text.length > PRECHECK_CHARS || text.includes('\u0130') || text.includes('\u212a')) return true;
  const lower = text.toLowerCase();
  for (const start of starts) {
    for (let at = lower.indexOf(start); at !== -1; at = lower.indexOf(start, at + 1)) {
      if (at === 0 || !isWordCode(lower.charCodeAt(at - 1))) return true;
    }
  }
  if (ai) {
    for (let at = lower.indexOf('a'); at !== -1; at = lower.indexOf('a', at + 1)) {
      if (at > 0 && isWordCode(lower.charCodeAt(at - 1))) continue;
      const i = lower.charCodeAt(at + 1) === 46 /* . */ ? at + 2 : at + 1;
      if (lower.charCodeAt(i) === 105 /* i */ && !isWordCode(lower.charCodeAt(i + 1))) return true;
    }
  }
  return false;
}

/** Job-cut vocabulary alone: the headline gate asks it of a story's opening lines. */
export function mentionsJobCuts(text: string): boolean {
  return mayMatchWords(text, CUT_STARTS) && CUT_WORDS.test(text);
}

export function prefilter(title: string, text: string): boolean {
  return (CUT_WORDS.test(title) || CUT_WORDS.test(text)) && (AI_WORDS.test(title) || AI_WORDS.test(text));
}
