// The early gates the content script runs on every page, built from the vocabulary's phrases
// (gate-words.ts, generated): the opening names job cuts; the page holds both job-cut and AI
// words (the headline gate, headline-gate.ts, builds on these). Word lookups, linear in the text.
import { GATE_WORDS } from './gate-words';
import { compilePhrases, hitsOf, keyWords, mayHoldAny, tokenize, type KeyWords, type Hit, type Matcher, type Token } from './vocab/compile';

export type Gate = keyof typeof GATE_WORDS;

/** A cut verb is a cut of jobs with a job word this near (characters), as in features.ts. */
const JOB_NEAR = 60;

let matcher: Matcher | null = null;
let keys: KeyWords | null = null;

/** Each gate's hits in a text, in one pass over its words. The phrases are compiled only once a
 * text holds a key word of one of them: most pages never do. */
export function gateHits(text: string, tokens?: Token[]): Map<Gate, Hit[]> {
  const out = new Map<Gate, Hit[]>();
  keys ??= keyWords(GATE_WORDS);
  if (!matcher && !mayHoldAny(keys, text)) return out;
  matcher ??= compilePhrases(GATE_WORDS);
  tokens ??= tokenize(text);
  for (const h of hitsOf(matcher, text, tokens)) {
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
const keysOf = (gate: Gate): KeyWords => (gateKeys[gate] ??= keyWords({ [gate]: GATE_WORDS[gate] }));

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

let aiFirstWords: RegExp[] | null = null;

/** The first word of each AI gate phrase, as two regular expressions (exact case, and folded):
 * a page where none occurs cannot pass, and finding that costs one scan instead of a word pass. */
function aiFirstWordRes(): RegExp[] {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const firsts = { exact: new Set<string>(), folded: new Set<string>() };
  for (const phrase of GATE_WORDS.ai) {
    const exact = phrase.startsWith('=');
    const first = (exact ? phrase.slice(1) : phrase).split(' ')[0]!;
    const open = first.endsWith('*');
    (exact ? firsts.exact : firsts.folded).add(escape(open ? first.slice(0, -1) : first) + (open ? '' : '(?![\\p{L}\\p{N}])'));
  }
  const re = (words: Set<string>, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...words].join('|')})`, flags);
  return [re(firsts.exact, 'u'), re(firsts.folded, 'iu')];
}

/** Whether some AI gate phrase may occur: false means none does. */
function mayMentionAi(text: string): boolean {
  aiFirstWords ??= aiFirstWordRes();
  return aiFirstWords.some((re) => re.test(text));
}

/** The page holds job-cut words and AI words (title or text). */
export function prefilter(title: string, text: string): boolean {
  if (!mayMentionAi(title) && !mayMentionAi(text)) return false;
  if (!mayNameJobCuts(title) && !mayNameJobCuts(text)) return false;
  const [head, body] = [gateHits(title), gateHits(text)];
  return (jobCutsIn(head) || jobCutsIn(body)) && (head.has('ai') || body.has('ai'));
}
