// The early gates' phrases, grouped by key word (each phrase's longest word: a text holding none of
// them holds none of the phrases). gate-words.ts, generated, holds them as plain strings, each key
// once, so the always-on content script stays small; a fresh page builds its lookups with the
// browser's own split, Set and Map (no loop over the keys), and a key's phrases are read only when
// a text holds that key.
import { GATE_KEYS } from './gate-words';
import { LATIN_LETTERS } from './vocab/compile';

/** Each gate's letter in the generated notes. */
export const GATE_LETTERS = { c: 'cut', v: 'verb', j: 'job', a: 'ai', r: 'restructure', f: 'filing' } as const;
export type Gate = (typeof GATE_LETTERS)[keyof typeof GATE_LETTERS];

/** How a section's keys are looked up: the word itself; its start ("layoff*"); its end ("*banen");
 * anywhere in the text (a key with inner punctuation, "a.i.", or a wildcard at both ends). */
export const SECTIONS = ['whole', 'prefixes', 'suffixes', 'joined'] as const;
/** Prefix and suffix keys are bucketed by their first or last this many letters (';' between buckets). */
export const BUCKET = 2;

/** A key's phrase as its note writes it: '~' stands for the key; an empty note is the key itself,
 * with its section's wildcard. */
export const expand = (note: string, core: string, section: number): string =>
  note ? note.replace('~', core) : (section === 2 ? '*' : '') + core + (section === 1 ? '*' : '');

const LATIN_WORD_RE = new RegExp(`[${LATIN_LETTERS}]+`, 'g');

const buckets = (list: string, key: (bucket: string) => string) =>
  new Map(list ? list.split(';').map((b) => [key(b), b.split(',')]) : []);

/** The lookups, built when the script is evaluated, as the literals they replace were (a bucket's
 * first word starts with its letters, its last word ends with them). */
const LOOKUPS = {
  whole: new Set(GATE_KEYS.whole.split(',')),
  prefixes: buckets(GATE_KEYS.prefixes, (b) => b.slice(0, BUCKET)),
  suffixes: buckets(GATE_KEYS.suffixes, (b) => b.slice(-BUCKET)),
  joined: GATE_KEYS.joined.split(','),
};

/** The key words a text holds. One lookup or two a word; no closure or match object per word, as
 * this runs cold in every fresh content-script world. */
export function keysIn(text: string): Set<string> {
  const k = LOOKUPS;
  const found = new Set<string>();
  const lowered = text.toLowerCase();
  const straight = lowered.replace(/’/g, "'");
  for (const j of k.joined) if (straight.includes(j)) found.add(j);
  for (const w of lowered.match(LATIN_WORD_RE) ?? []) {
    if (k.whole.has(w)) found.add(w);
    if (w.length < BUCKET) continue;
    const prefixes = k.prefixes.get(w.slice(0, BUCKET));
    if (prefixes) for (const p of prefixes) if (w.startsWith(p)) found.add(p);
    const suffixes = k.suffixes.get(w.slice(-BUCKET));
    if (suffixes) for (const x of suffixes) if (w.endsWith(x)) found.add(x);
  }
  return found;
}

let split: { sections: string[][]; notes: string[] } | null = null;
const phrases = new Map<string, [Gate, string][]>();

/** A key's phrases with their gates (each key is in one section; its note at its place in them all). */
export function phrasesOf(core: string): [Gate, string][] {
  let out = phrases.get(core);
  if (out) return out;
  split ??= { sections: SECTIONS.map((s) => GATE_KEYS[s].split(/[,;]/)), notes: GATE_KEYS.phrases.split(',') };
  out = [];
  for (let s = 0, before = 0; s < SECTIONS.length; before += split.sections[s]!.length, s++) {
    const i = split.sections[s]!.indexOf(core);
    if (i < 0) continue;
    out = split.notes[before + i]!.split('|').map((n) => [GATE_LETTERS[n[0] as keyof typeof GATE_LETTERS], expand(n.slice(1), core, s)]);
    break;
  }
  phrases.set(core, out);
  return out;
}
