// The early gates the content script runs on every page, built from the vocabulary's phrases
// (gate-words.ts, generated): the opening names job cuts; the page holds both job-cut and AI
// words (the headline gate, headline-gate.ts, builds on these). Word lookups, linear in the text.
import { phrasesOf, keysIn, type Gate } from './gate-keys';
import { AI_KEYS, GATE_LOOKAHEAD } from './gate-words';
import { compilePhrases, hitsOf, tokenize, type Hit, type Matcher, type Token } from './vocab/compile';

export type { Gate };

/** A cut verb is a cut of jobs with a job word this near (characters), as in features.ts. */
const JOB_NEAR = 60;

/** The gates' key words a text holds: one scan, whatever is asked of it next. */
export const keysFound = keysIn;
const holds = (found: Set<string>, gate: Gate): boolean => [...found].some((k) => phrasesOf(k).some(([g]) => g === gate));

/** Matchers of the phrases whose key words a text held, by those phrases: headlines and openings
 * come back to the same few. */
const matchers = new Map<string, Matcher>();
const MATCHERS_KEPT = 16;

/** Each gate's hits in a text whose key words are `found`. Only the phrases those key words point
 * to are compiled (compiling all of them cost ~5 ms in every fresh content-script world). */
function hitsFor(text: string, found: Set<string>, tokens?: Token[]): Map<Gate, Hit[]> {
  const out = new Map<Gate, Hit[]>();
  if (!found.size) return out;
  const lists: Partial<Record<Gate, string[]>> = {};
  for (const key of [...found].sort()) for (const [gate, phrase] of phrasesOf(key)) (lists[gate] ??= []).push(phrase);
  const id = JSON.stringify(lists);
  let matcher = matchers.get(id);
  if (!matcher) {
    if (matchers.size >= MATCHERS_KEPT) matchers.delete(matchers.keys().next().value!);
    matchers.set(id, (matcher = compilePhrases(lists as Record<Gate, string[]>)));
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

/** Job cuts named outright, or a cut verb or a restructuring with a job word near it (the detector
 * reads "a restructuring that affects 8,000 full-time staff" as a cut when it gives the number). */
export function jobCutsIn(hits: Map<Gate, Hit[]>): boolean {
  if (hits.has('cut')) return true;
  const jobs = hits.get('job') ?? [];
  const nearJob = (v: Hit) => jobs.some((j) => j.start - v.end <= JOB_NEAR && v.start - j.end <= JOB_NEAR);
  return (hits.get('verb') ?? []).some(nearJob) || (hits.get('restructure') ?? []).some(nearJob);
}

/** Whether a text with these key words may name job cuts: a cut phrase's, or a cut verb's or a restructuring's and a job word's. */
const mayNameJobCuts = (found: Set<string>): boolean => holds(found, 'cut') || ((holds(found, 'verb') || holds(found, 'restructure')) && holds(found, 'job'));

/** Job cuts in a text, as `jobCutsIn` reads them, worked out only where its key words allow. */
export function mentionsJobCuts(text: string): boolean {
  const found = keysFound(text);
  return mayNameJobCuts(found) && jobCutsIn(hitsFor(text, found));
}

/** AI words in the text: the AI key words' expression first, then the phrases. */
export const mentionsAi = (text: string): boolean => AI_KEYS.test(text) && gateHits(text).has('ai');

/** How much of a long body is read first. Most candidate pages say "job cuts" and "AI" at the top,
 * and reading the rest of up to 60,000 characters word by word cost tens of milliseconds in a
 * fresh content-script world. */
const OPENING_CHARS = 5_000;

/** The gates' hits in a long body's opening that are the whole body's hits too, or null (a short
 * body, or an opening without job-cut key words). The opening ends at a space, so its words are
 * the body's first words; a match reads at most GATE_LOOKAHEAD words past its first, so the hits
 * that start before the opening's last GATE_LOOKAHEAD words are found as in the whole body, with
 * the same earlier hits before them. */
function openingHits(text: string, head: Set<string>): Map<Gate, Hit[]> | null {
  const end = text.length > OPENING_CHARS ? text.lastIndexOf(' ', OPENING_CHARS) : -1;
  if (end <= 0) return null;
  const opening = text.slice(0, end);
  const found = keysFound(opening);
  if (!mayNameJobCuts(head) && !mayNameJobCuts(found)) return null;
  const tokens = tokenize(opening);
  const last = tokens[tokens.length - 1 - GATE_LOOKAHEAD];
  if (!last) return null;
  const hits = new Map<Gate, Hit[]>();
  for (const [gate, list] of hitsFor(opening, found, tokens)) {
    const settled = list.filter((h) => h.start <= last.start);
    if (settled.length) hits.set(gate, settled);
  }
  return hits;
}

/** The page holds job-cut words and AI words (title or text). Hits are only ever added as more of
 * the text is read, so job cuts and AI in the opening settle it. */
export function prefilter(title: string, text: string): boolean {
  if (!AI_KEYS.test(title) && !AI_KEYS.test(text)) return false;
  const headFound = keysFound(title);
  // The headline's hits, worked out once whichever of the two readings asks first.
  let headHits: Map<Gate, Hit[]> | null = null;
  const head = () => (headHits ??= hitsFor(title, headFound));
  const opening = openingHits(text, headFound);
  if (opening && (jobCutsIn(head()) || jobCutsIn(opening)) && (head().has('ai') || opening.has('ai'))) return true;
  const bodyFound = keysFound(text);
  if (!mayNameJobCuts(headFound) && !mayNameJobCuts(bodyFound)) return false;
  const body = hitsFor(text, bodyFound);
  return (jobCutsIn(head()) || jobCutsIn(body)) && (head().has('ai') || body.has('ai'));
}
