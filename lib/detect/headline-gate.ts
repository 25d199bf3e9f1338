// The first, cheapest gate in the browser: a story whose main subject is job cuts blamed on AI
// says so in its headline (cuts, jobs, staff, workforce, restructuring, or AI/automation itself),
// or names job cuts in its opening lines (releases often lead with targets, then the cuts).
// Reading the headline costs microseconds; reading the body of every page a person opens does not.
// Filings are the exception: their titles are form numbers, so EDGAR pages always pass.
import { mayMatchWords, mentionsJobCuts } from './prefilter';

export const HEADLINE_WORDS = new RegExp(
  [
    String.raw`\b(?:lay-?offs?|laid off|lay(?:s|ing)? off|jobs?|roles?|positions?|posts|staff\w*|employees?|workers?|workforce|headcount|personnel|people|contractors?|teams?|managers?|hiring|hires?|backfill\w*|attrition)\b`,
    String.raw`\b(?:cut\w*|slash\w*|eliminat\w*|shed\w*|trim\w*|reduc\w*|ax(?:e|es|ed|ing)?|shrink\w*|shrank|downsiz\w*|restructur\w*|reorgani[sz]\w*|redundan\w*|replac\w*|fir(?:e|es|ed|ing)|dismiss\w*|exit\w*|fewer|leaner|flatten\w*)\b`,
    String.raw`\bA\.?I\b|\b(?:artificial intelligence|automat\w*|machine learning|generative|agentic|agents?|chatbots?|language models?|LLMs?|copilots?|robot\w*|digitali[sz]\w*)\b`,
    String.raw`\b(?:8-K|Item 2\.05|exit or disposal)\b`,
  ].join('|'),
  'i',
);

// Keep in step with HEADLINE_WORDS (tests/unit/word-precheck.test.ts checks it on random text).
// Every match of HEADLINE_WORDS starts, at a word boundary, with one of these words or "AI" /
// "A.I" (see mayMatchWords): most headlines have none, and then the big regex is never compiled.
export const HEADLINE_STARTS = [
  // jobs and people
  'lay', 'laid', 'job', 'role', 'position', 'posts', 'staff', 'employee', 'worker', 'workforce',
  'headcount', 'personnel', 'people', 'contractor', 'team', 'manager', 'hiring', 'hire', 'backfill',
  'attrition',
  // cutting
  'cut', 'slash', 'eliminat', 'shed', 'trim', 'reduc', 'ax', 'shrink', 'shrank', 'downsiz',
  'restructur', 'reorgani', 'redundan', 'replac', 'fire', 'firing', 'dismiss', 'exit', 'fewer',
  'leaner', 'flatten',
  // AI and automation (the words "AI" and "A.I" are checked apart)
  'artificial', 'automat', 'machine', 'generative', 'agentic', 'agent', 'chatbot', 'language', 'llm',
  'copilot', 'robot', 'digitali',
  // filings
  '8-k', 'item',
];

const FILING_URL = /^https?:\/\/(?:www\.)?sec\.gov\//i;

export function headlineMayQualify(headline: string, url: string, lead = ''): boolean {
  return (
    FILING_URL.test(url) ||
    (mayMatchWords(headline, HEADLINE_STARTS, true) && HEADLINE_WORDS.test(headline)) ||
    mentionsJobCuts(lead)
  );
}
