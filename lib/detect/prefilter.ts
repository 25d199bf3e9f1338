// The cheap gate the content script runs on raw page text before anything else: a page can only be
// an AI-layoff story if it has both job-cut words and AI/automation words. Two precompiled regexes,
// no splitting or allocation, so a 5,000-word page costs well under a millisecond.

const CUT_WORDS =
  /\b(?:lay-?offs?|laid off|lay(?:s|ing)? off|job (?:cuts?|loss|reduc|elim)|jobs? cut|workforce|headcount|redundan|backfill|hiring (?:freeze|pause)|reduction in force|(?:cut|cuts|cutting|slash\w*|eliminat\w*|shed\w*|trim\w*|reduc\w*|ax\w*|replac\w*|offboard\w*)\s(?:[\w,.~%-]+\s){0,5}(?:jobs|roles|positions|staff|employees|workers|contractors|people)|(?:jobs|roles|positions|employees|workers|staff)\s(?:\w+\s){0,4}(?:affected|eliminated|impacted|let go))/i;

const AI_WORDS =
  /\bA\.?I\b|\b(?:artificial intelligence|automat(?:ion|ing|ed|e)|machine learning|generative|agentic|chatbot|language model|LLM|copilot|voice ?bot|(?:virtual|digital) assistant|robot|digitali[sz]ation)/i;

/** Job-cut vocabulary alone: the headline gate asks it of a story's opening lines. */
export function mentionsJobCuts(text: string): boolean {
  return CUT_WORDS.test(text);
}

export function prefilter(title: string, text: string): boolean {
  return (CUT_WORDS.test(title) || CUT_WORDS.test(text)) && (AI_WORDS.test(title) || AI_WORDS.test(text));
}
