// The early gates' phrases, grouped by key word (each phrase's longest word: a text holding none of
// them holds none of the phrases). gate-words.ts, generated, holds them as plain strings, each key
// once, so the always-on content script stays small; a fresh page builds its lookups with the
// browser's own split, Set and Map (one loop, over the prefix and suffix keys, for their buckets),
// and a key's phrases are read only when a text holds that key.
import { GATE_KEYS } from './gate-words';
import { LATIN_LETTERS } from './vocab/compile';

/** Each gate's letter in the generated notes. */
export const GATE_LETTERS = { c: 'cut', v: 'verb', j: 'job', a: 'ai', r: 'restructure', f: 'filing' } as const;
export type Gate = (typeof GATE_LETTERS)[keyof typeof GATE_LETTERS];

/** How a section's keys are looked up: the word itself; its start ("layoff*"); its end ("*banen");
 * anywhere in the text (a key with inner punctuation, "a.i.", or a wildcard at both ends). */
export const SECTIONS = ['whole', 'prefixes', 'suffixes', 'joined'] as const;
/** Prefix and suffix keys are looked up by their first or last this many letters. */
export const BUCKET = 2;

/** A key's phrase as its note writes it: '~' stands for the key; an empty note is the key itself,
 * with its section's wildcard. */
export const expand = (note: string, core: string, section: number): string =>
  note ? note.replace('~', core) : (section === 2 ? '*' : '') + core + (section === 1 ? '*' : '');

const LATIN_WORD_RE = new RegExp(`[${LATIN_LETTERS}]+`, 'g');

const words = (list: string): string[] => (list ? list.split(',') : []);
/** The keys whose one phrase is the key itself, by group: their section's and their gate's letters. */
const ALONE = Object.entries(GATE_KEYS.alone).map(([group, list]) => [group, list.split(',')] as const);
/** The other keys of each section, their phrases in GATE_KEYS.phrases in the same order. */
const OTHERS = SECTIONS.map((s) => words(GATE_KEYS[s]));
const sectionKeys = (s: number): string[] => [...OTHERS[s]!, ...ALONE.flatMap(([group, list]) => (group[0] === SECTIONS[s]![0] ? list : []))];

function buckets(keys: string[], bucket: (key: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const key of keys) {
    const list = map.get(bucket(key));
    if (list) list.push(key);
    else map.set(bucket(key), [key]);
  }
  return map;
}

/** The lookups, built when the script is evaluated. */
const LOOKUPS = {
  whole: new Set(sectionKeys(0)),
  prefixes: buckets(sectionKeys(1), (k) => k.slice(0, BUCKET)),
  suffixes: buckets(sectionKeys(2), (k) => k.slice(-BUCKET)),
  joined: sectionKeys(3),
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

let notes: string[] | null = null;
const phrases = new Map<string, [Gate, string][]>();
const gateOf = (letter: string): Gate => GATE_LETTERS[letter as keyof typeof GATE_LETTERS];

/** A key's phrases with their gates (each key is in one group or section). */
export function phrasesOf(core: string): [Gate, string][] {
  let out = phrases.get(core);
  if (out) return out;
  out = [];
  const group = ALONE.find(([, list]) => list.includes(core))?.[0];
  if (group) out = [[gateOf(group[1]!), expand('', core, SECTIONS.findIndex((s) => s[0] === group[0]))]];
  else {
    notes ??= GATE_KEYS.phrases.split(',');
    for (let s = 0, before = 0; s < SECTIONS.length; before += OTHERS[s]!.length, s++) {
      const i = OTHERS[s]!.indexOf(core);
      if (i < 0) continue;
      out = notes[before + i]!.split('|').map((n) => [gateOf(n[0]!), expand(n.slice(1), core, s)]);
      break;
    }
  }
  phrases.set(core, out);
  return out;
}
