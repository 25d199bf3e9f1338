// The early gates the content script runs on every page, built from the vocabulary's phrases
// (gate-words.ts, generated): the opening names job cuts; the page holds both job-cut and AI
// words (the headline gate, headline-gate.ts, builds on these). Word lookups, linear in the text.
import { GATE_KEYS, GATE_WORDS } from './gate-words';
import { compilePhrases, coreOf, hitsOf, keyIndex, keysIn, mayHoldAny, tokenize, type KeyWords, type Hit, type Matcher, type Token } from './vocab/compile';

export type Gate = keyof typeof GATE_WORDS;

/** A cut verb is a cut of jobs with a job word this near (characters), as in features.ts. */
const JOB_NEAR = 60;

let allKeys: KeyWords | null = null;
/** Matchers of the phrases whose key words a text held, by those phrases: headlines and openings
 * come back to the same few. */
const matchers = new Map<string, Matcher>();
const MATCHERS_KEPT = 16;

/** Each gate's hits in a text, in one pass over its words. Only the phrases whose key words the
 * text holds are compiled (compiling all of them cost ~5 ms in every fresh content-script world). */
export function gateHits(text: string, tokens?: Token[]): Map<Gate, Hit[]> {
  const out = new Map<Gate, Hit[]>();
  allKeys ??= keyIndex(Object.values(GATE_KEYS).flat());
  const found = keysIn(allKeys, text);
  if (!found.size) return out;
  const lists = Object.fromEntries(
    (Object.keys(GATE_WORDS) as Gate[]).map((gate) => [gate, GATE_WORDS[gate].filter((_, i) => found.has(coreOf(GATE_KEYS[gate][i]!)))]),
  );
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

/** Job cuts named outright, or a cut verb with a job word near it. */
export function jobCutsIn(hits: Map<Gate, Hit[]>): boolean {
  if (hits.has('cut')) return true;
  const jobs = hits.get('job') ?? [];
  return (hits.get('verb') ?? []).some((v) => jobs.some((j) => j.start - v.end <= JOB_NEAR && v.start - j.end <= JOB_NEAR));
}

const gateKeys: Partial<Record<Gate, KeyWords>> = {};
const keysOf = (gate: Gate): KeyWords => (gateKeys[gate] ??= keyIndex(GATE_KEYS[gate]));

/** Whether the text may name job cuts: a cut phrase's key word, or a cut verb's and a job word's
 * (false without compiling anything). */
function mayNameJobCuts(text: string): boolean {
  return mayHoldAny(keysOf('cut'), text) || (mayHoldAny(keysOf('verb'), text) && mayHoldAny(keysOf('job'), text));
}

/** Job cuts named outright, or a cut verb with a job word near it. */
export function mentionsJobCuts(text: string): boolean {
  return mayNameJobCuts(text) && jobCutsIn(gateHits(text));
}

export function mentionsAi(text: string): boolean {
  return gateHits(text).has('ai');
}

const LETTER = '0-9a-z\\u00c0-\\u024f\\u0300-\\u036f';
let aiKeys: RegExp | null = null;

/** The AI gate's key words as one expression (a plain class, case folded): one scan of a long body
 * tells most pages apart faster than a word-by-word lookup. */
function aiKeysRe(): RegExp {
  const alternatives = [...new Set(GATE_KEYS.ai)].map((key) => {
    const core = coreOf(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return `${key.startsWith('*') ? '' : `(?<![${LETTER}])`}${core}${key.length > 1 && key.endsWith('*') ? '' : `(?![${LETTER}])`}`;
  });
  return new RegExp(alternatives.join('|'), 'i');
}

/** The page holds job-cut words and AI words (title or text). */
export function prefilter(title: string, text: string): boolean {
  aiKeys ??= aiKeysRe();
  if (!aiKeys.test(title) && !aiKeys.test(text)) return false;
  if (!mayNameJobCuts(title) && !mayNameJobCuts(text)) return false;
  const [head, body] = [gateHits(title), gateHits(text)];
  return (jobCutsIn(head) || jobCutsIn(body)) && (head.has('ai') || body.has('ai'));
}
