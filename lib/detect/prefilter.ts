// The early gates the content script runs on every page, built from the vocabulary's phrases
// (gate-words.ts, generated): the opening names job cuts; the page holds both job-cut and AI
// words (the headline gate, headline-gate.ts, builds on these). Word lookups, linear in the text.
import { escapeRegExp } from '../escape-regexp';
import { GATE_KEYS, GATE_WORDS } from './gate-words';
import { compilePhrases, coreOf, hitsOf, keyIndex, keysIn, LATIN_LETTERS, tokenize, type KeyWords, type Hit, type Matcher, type Token } from './vocab/compile';

export type Gate = keyof typeof GATE_WORDS;
const GATES = Object.keys(GATE_WORDS) as Gate[];

/** A cut verb is a cut of jobs with a job word this near (characters), as in features.ts. */
const JOB_NEAR = 60;

/** Every gate's key words indexed together, and each phrase's key as `keysIn` reports it. */
let keys: { index: KeyWords; cores: Record<Gate, string[]>; sets: Record<Gate, Set<string>> } | null = null;
function gateKeys() {
  if (!keys) {
    const cores = Object.fromEntries(GATES.map((g) => [g, GATE_KEYS[g].map(coreOf)])) as Record<Gate, string[]>;
    const sets = Object.fromEntries(GATES.map((g) => [g, new Set(cores[g])])) as Record<Gate, Set<string>>;
    keys = { index: keyIndex(Object.values(GATE_KEYS).flat()), cores, sets };
  }
  return keys;
}

/** The gates' key words a text holds: one scan, whatever is asked of it next. */
const keysFound = (text: string): Set<string> => keysIn(gateKeys().index, text);
const holds = (found: Set<string>, gate: Gate): boolean => [...found].some((k) => gateKeys().sets[gate].has(k));

/** Matchers of the phrases whose key words a text held, by those phrases: headlines and openings
 * come back to the same few. */
const matchers = new Map<string, Matcher>();
const MATCHERS_KEPT = 16;

/** Each gate's hits in a text whose key words are `found`. Only the phrases those key words point
 * to are compiled (compiling all of them cost ~5 ms in every fresh content-script world). */
function hitsFor(text: string, found: Set<string>, tokens?: Token[]): Map<Gate, Hit[]> {
  const out = new Map<Gate, Hit[]>();
  if (!found.size) return out;
  const { cores } = gateKeys();
  const lists = Object.fromEntries(GATES.map((gate) => [gate, GATE_WORDS[gate].filter((_, i) => found.has(cores[gate][i]!))]));
  const id = JSON.stringify(lists);
  let matcher = matchers.get(id);
  if (!matcher) {
    if (matchers.size >= MATCHERS_KEPT) matchers.delete(matchers.keys().next().value!);
    matchers.set(id, (matcher = compilePhrases(lists)));
  }
  for (const h of hitsOf(matcher, text, tokens ?? tokenize(text))) {
    const list = out.get(h.tag as Gate);
    if (list) list.push(h);
    else out.set(h.tag as Gate, [h]);
  }
  return out;
}

/** Each gate's hits in a text, in one pass over its words. */
export const gateHits = (text: string, tokens?: Token[]): Map<Gate, Hit[]> => hitsFor(text, keysFound(text), tokens);

/** Job cuts named outright, or a cut verb with a job word near it. */
export function jobCutsIn(hits: Map<Gate, Hit[]>): boolean {
  if (hits.has('cut')) return true;
  const jobs = hits.get('job') ?? [];
  return (hits.get('verb') ?? []).some((v) => jobs.some((j) => j.start - v.end <= JOB_NEAR && v.start - j.end <= JOB_NEAR));
}

/** Whether a text with these key words may name job cuts: a cut phrase's, or a cut verb's and a job word's. */
const mayNameJobCuts = (found: Set<string>): boolean => holds(found, 'cut') || (holds(found, 'verb') && holds(found, 'job'));

/** Job cuts named outright, or a cut verb with a job word near it. */
export function mentionsJobCuts(text: string): boolean {
  const found = keysFound(text);
  return mayNameJobCuts(found) && jobCutsIn(hitsFor(text, found));
}

let aiKeys: RegExp | null = null;

/** The AI gate's key words as one expression (a plain class, case folded): one scan of a long body
 * tells most pages apart faster than a word-by-word lookup. */
function aiKeysRe(): RegExp {
  aiKeys ??= new RegExp([...new Set(GATE_KEYS.ai)].map((key) =>
    `${key.startsWith('*') ? '' : `(?<![${LATIN_LETTERS}])`}${escapeRegExp(coreOf(key))}${key.length > 1 && key.endsWith('*') ? '' : `(?![${LATIN_LETTERS}])`}`,
  ).join('|'), 'i');
  return aiKeys;
}

/** AI words in the text: the AI key words' expression first, then the phrases. */
export const mentionsAi = (text: string): boolean => aiKeysRe().test(text) && gateHits(text).has('ai');

/** The page holds job-cut words and AI words (title or text). */
export function prefilter(title: string, text: string): boolean {
  if (!aiKeysRe().test(title) && !aiKeysRe().test(text)) return false;
  const found = [keysFound(title), keysFound(text)] as const;
  if (!mayNameJobCuts(found[0]) && !mayNameJobCuts(found[1])) return false;
  const [head, body] = [hitsFor(title, found[0]), hitsFor(text, found[1])];
  return (jobCutsIn(head) || jobCutsIn(body)) && (head.has('ai') || body.has('ai'));
}
