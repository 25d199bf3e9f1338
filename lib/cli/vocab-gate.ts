// npm run vocab:gate: writes lib/detect/gate-words.ts, the phrases of the early gates (headline,
// job cuts, AI) from the vocabulary, without the example sentences, so the always-on content
// script carries only what it matches: grouped by key word (each phrase's longest word), each key
// once, in plain strings a fresh page turns into its lookups with split, Set and Map (gate-keys.ts);
// the AI key words as one expression; and how far ahead of its first word a phrase may reach.
// tests/unit/vocab.test.ts checks the file is current and reads back as the vocabulary.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONCEPTS } from '../detect/vocab';
import type { ConceptName } from '../detect/vocab';
import { BUCKET, expand, GATE_LETTERS, SECTIONS, type Gate } from '../detect/gate-keys';
import { coreOf, gapWords, INNER_PUNCTUATION, keyOf, LATIN_LETTERS } from '../detect/vocab/compile';
import { escapeRegExp } from '../escape-regexp';

/** Which concepts feed which gate. */
export const GATE_CONCEPTS = {
  /** Job cuts said outright. */
  cut: ['cut_event', 'freeze'],
  /** Cut verbs, a job cut only with a job word near. */
  verb: ['cut_verb'],
  job: ['job'],
  ai: ['ai'],
  /** With all of the above, what a headline about cuts may say instead. */
  restructure: ['restructure'],
  /** A filing's title is a form number: its opening's marks let it through. */
  filing: ['filing'],
} as const satisfies Record<Gate, readonly ConceptName[]>;

/** The AI key words as one expression (a plain class, case folded): one scan of a long body tells
 * most pages apart faster than a word-by-word lookup. A key word stands alone, or runs on where it
 * has a wildcard ("robot*"); the words are grouped by which of their ends are bounded. */
function aiKeysSource(keys: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const key of new Set(keys)) {
    const ends = `${key.startsWith('*') ? '' : 'start'}-${key.length > 1 && key.endsWith('*') ? '' : 'end'}`;
    groups.set(ends, [...(groups.get(ends) ?? []), escapeRegExp(coreOf(key))]);
  }
  const bound = `[${LATIN_LETTERS}]`;
  return [...groups].map(([ends, words]) =>
    `${ends.startsWith('start') ? `(?<!${bound})` : ''}(?:${words.join('|')})${ends.endsWith('end') ? `(?!${bound})` : ''}`,
  ).join('|');
}

/** How many words past its first a match of the phrase may read: each further word one, a gap
 * ("...", "...+") up to the words it may stand for. Words are counted as the matcher splits them ("d'emplois" is two). */
function lookahead(phrase: string): number {
  const parts = phrase.split(/\s+/);
  const words = parts.filter((w) => gapWords(w) === null).reduce((n, w) => n + Math.max(1, w.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0), 0);
  return words - 1 + parts.reduce((n, w) => n + (gapWords(w) ?? 0), 0);
}

/** Which section a key word is looked up in (see SECTIONS), from every form it takes in the
 * phrases: a key that is a prefix in one phrase and whole in another is looked up as a prefix. */
function sectionOf(core: string, keys: readonly string[]): number {
  const prefix = keys.some((k) => k.length > 1 && k.endsWith('*'));
  const suffix = keys.some((k) => k.startsWith('*'));
  if (INNER_PUNCTUATION.test(core) || core.length < BUCKET || (prefix && suffix)) return 3;
  return suffix ? 2 : prefix ? 1 : 0;
}

/** The gates' phrases grouped by key word: each section's keys (prefixes and suffixes in buckets of
 * their first or last letters) and, in the same order, each key's phrases as notes (a gate's letter,
 * then the phrase with '~' for the key, or nothing where the phrase is the key itself). Non-exact
 * phrases are lower-cased (the matcher folds them anyway). */
export function gateKeysOf(gates: { gate: string; phrases: string[] }[]) {
  const letter = Object.fromEntries(Object.entries(GATE_LETTERS).map(([l, g]) => [g, l]));
  const byCore = new Map<string, { keys: string[]; phrases: [string, string][] }>();
  for (const { gate, phrases } of gates) for (const phrase of phrases) {
    const written = phrase.startsWith('=') ? phrase : phrase.toLowerCase();
    if (/[,;|~]/.test(written)) throw new Error(`a gate phrase holds a separator: ${phrase}`);
    const key = keyOf(phrase);
    const entry = byCore.get(coreOf(key)) ?? { keys: [], phrases: [] };
    byCore.set(coreOf(key), entry);
    entry.keys.push(key);
    if (!entry.phrases.some(([g, p]) => g === gate && p === written)) entry.phrases.push([gate, written]);
  }
  const entries = [...byCore].map(([core, { keys, phrases }]) => {
    const s = sectionOf(core, keys);
    const note = phrases.map(([gate, phrase]) => {
      const note = expand('', core, s) === phrase ? '' : phrase.replace(core, '~');
      if (expand(note, core, s) !== phrase) throw new Error(`cannot write ${phrase} against its key ${core}`);
      return letter[gate] + note;
    }).join('|');
    return { core, s, note, bucket: s === 1 ? core.slice(0, BUCKET) : s === 2 ? core.slice(-BUCKET) : '' };
  });
  // Whole keys in runs of the same note (most are one gate's letter: the runs compress to little);
  // prefixes and suffixes by bucket.
  const by = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  entries.sort((a, b) => by(a.bucket, b.bucket) || by(a.note, b.note) || by(a.core, b.core));
  const sections = SECTIONS.map((_, s) => {
    const buckets = new Map<string, typeof entries>();
    for (const e of entries.filter((x) => x.s === s)) buckets.set(e.bucket || e.core, [...(buckets.get(e.bucket || e.core) ?? []), e]);
    return [...buckets.values()];
  });
  const list = (s: number) => sections[s]!.map((b) => b.map((e) => e.core).join(',')).join(s === 1 || s === 2 ? ';' : ',');
  return { whole: list(0), prefixes: list(1), suffixes: list(2), joined: list(3), phrases: sections.flat(2).map((e) => e.note).join(',') };
}

export function gateWordsSource(): string {
  const gates = Object.entries(GATE_CONCEPTS).map(([gate, names]) => {
    const phrases = [...new Set(CONCEPTS.filter((c) => (names as readonly string[]).includes(c.name)).flatMap((c) => c.entries.map((e) => e.phrase)))].sort();
    return { gate, phrases, keys: phrases.map(keyOf) };
  });
  const keys = gateKeysOf(gates);
  return [
    '// Generated by `npm run vocab:gate` from lib/detect/vocab: do not edit by hand.',
    '// The phrases of the early gates, every language together (the page language is not known yet),',
    '// grouped by key word (see gate-keys.ts).',
    'export const GATE_KEYS = {',
    ...SECTIONS.map((s) => `  ${s}: ${JSON.stringify(keys[s])},`),
    `  phrases: ${JSON.stringify(keys.phrases)},`,
    '};',
    '',
    '// The AI gate\'s key words as one expression.',
    `export const AI_KEYS = /${aiKeysSource(gates.find((g) => g.gate === 'ai')!.keys)}/i;`,
    '',
    '// The most words past its first that a gate phrase may read.',
    `export const GATE_LOOKAHEAD = ${Math.max(...gates.flatMap((g) => g.phrases.map(lookahead)))};`,
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('vocab-gate.ts')) {
  writeFileSync(join(import.meta.dirname, '../detect/gate-words.ts'), gateWordsSource());
  console.log('wrote lib/detect/gate-words.ts');
}
