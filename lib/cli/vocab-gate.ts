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
import { coreOf, gapWords, INNER_PUNCTUATION, keyOf, LATIN_LETTERS, parsePhrase, type Pattern } from '../detect/vocab/compile';
import { escapeRegExp } from '../escape-regexp';

/** Which concepts feed which gate. */
export const GATE_CONCEPTS = {
  /** Job cuts said outright. */
  cut: ['cut_event', 'freeze'],
  /** Cut verbs, a job cut only with a job word near. */
  verb: ['cut_verb'],
  job: ['job'],
  ai: ['ai', 'automation'],
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

/** A phrase as the matcher parses it, or undefined where the matcher would not index it (no first word). */
function patternOf(phrase: string): Pattern | undefined {
  const p = parsePhrase(phrase, 'gate');
  const first = p.words[0];
  return first && typeof first !== 'number' ? p : undefined;
}
type Word = Pattern['words'][number];

/** Whether every word `b` fits, `a` fits too (compile.ts's `fits`); `a` as a phrase's first word
 * must also be found where `b` is (a wildcard word is looked up by its first or last two letters,
 * so it needs as many). Words joined inside one phrase word must be joined alike. */
function wordCovers(a: Word, b: Word, first: boolean): boolean {
  if (typeof a === 'number' || typeof b === 'number' || a.glue !== b.glue) return false;
  if (a.prefix && a.suffix) return !first && b.text.includes(a.text);
  if (first && (a.prefix || a.suffix) && a.text.length < BUCKET) return false;
  if (a.prefix) return !b.suffix && b.text.startsWith(a.text);
  if (a.suffix) return !b.prefix && b.text.endsWith(a.text);
  return !b.prefix && !b.suffix && a.text === b.text;
}

/** How a key's section finds it (see SECTIONS): a section whose words are found wherever `b`'s
 * key word is found under `bs` holds `a` with section `as`. */
function keyFoundWith(a: string, as: number, b: string, bs: number): boolean {
  if (as === 3) return b.includes(a);
  if (as === 1) return (bs === 0 || bs === 1) && b.startsWith(a);
  if (as === 2) return (bs === 0 || bs === 2) && b.endsWith(a);
  return bs === 0 && a === b;
}

/** Which section a key word is looked up in (see SECTIONS), from every form it takes in the
 * phrases: a key that is a prefix in one phrase and whole in another is looked up as a prefix. */
function sectionOf(core: string, keys: readonly string[]): number {
  const prefix = keys.some((k) => k.length > 1 && k.endsWith('*'));
  const suffix = keys.some((k) => k.startsWith('*'));
  if (INNER_PUNCTUATION.test(core) || core.length < BUCKET || (prefix && suffix)) return 3;
  return suffix ? 2 : prefix ? 1 : 0;
}

/**
 * The phrase of the same gate that makes `phrase` redundant, if any: one with as many words and no
 * gap whose every word fits wherever the phrase's does, so that it matches the same words (same
 * start, same end: the same hits), and whose key word is found wherever the phrase's is (its own
 * form of the key, the narrowest section it can be looked up in, against the section the phrase's
 * key had). "reorganiz*" covers "reorganiza*"; "*stellen" covers "vollzeitstellen".
 */
export function coveringPhrase(phrase: string, gatePhrases: readonly string[], sections: ReadonlyMap<string, number>): string | undefined {
  const b = patternOf(phrase);
  if (!b || b.words.some((w) => typeof w === 'number')) return undefined;
  const bKey = coreOf(keyOf(phrase));
  return gatePhrases.find((other) => {
    if (other === phrase) return false;
    const a = patternOf(other);
    if (!a || a.exact !== b.exact || a.words.length !== b.words.length) return false;
    if (!a.words.every((w, i) => wordCovers(w, b.words[i]!, i === 0))) return false;
    const key = keyOf(other);
    return keyFoundWith(coreOf(key), sectionOf(coreOf(key), [key]), bKey, sections.get(bKey)!);
  });
}

/** Each gate's phrases as the gates read them (non-exact ones lower-cased: the matcher folds them
 * anyway), once, without those another of them covers (coveringPhrase), which `covered` names
 * with the phrase kept that covers each. One left out for a phrase that is left out later comes
 * back unless another still covers it. */
export function gatePhrases(gates: { gate: string; phrases: readonly string[] }[]) {
  const written = gates.map(({ gate, phrases }) => ({ gate, phrases: [...new Set(phrases.map((p) => (p.startsWith('=') ? p : p.toLowerCase())))].sort() }));
  const forms = new Map<string, string[]>();
  for (const key of written.flatMap((g) => g.phrases.map(keyOf))) forms.set(coreOf(key), [...(forms.get(coreOf(key)) ?? []), key]);
  const sections = new Map([...forms].map(([core, keys]) => [core, sectionOf(core, keys)]));
  return written.map(({ gate, phrases }) => {
    let kept = phrases;
    for (const phrase of phrases) if (coveringPhrase(phrase, kept, sections)) kept = kept.filter((p) => p !== phrase);
    kept = phrases.filter((p) => kept.includes(p) || !coveringPhrase(p, kept, sections));
    const covered = phrases.filter((p) => !kept.includes(p)).map((p) => [p, coveringPhrase(p, kept, sections)!] as const);
    return { gate, phrases: kept, covered };
  });
}

/** The gates' phrases grouped by key word. A key whose one phrase is the key itself is only listed
 * in `alone`, by its section's and its gate's letters ('pc': prefixes of the cut gate); every
 * other key in its section's list, its phrases as notes in `phrases` in the same order (a gate's
 * letter, then the phrase with '~' for the key, or nothing where the phrase is the key itself),
 * sorted by note so that keys with the same phrases come together. */
export function gateKeysOf(gates: { gate: string; phrases: string[] }[]) {
  const letter = Object.fromEntries(Object.entries(GATE_LETTERS).map(([l, g]) => [g, l]));
  const byCore = new Map<string, { keys: string[]; phrases: [string, string][] }>();
  for (const { gate, phrases } of gates) for (const phrase of phrases) {
    if (/[,;|~]/.test(phrase)) throw new Error(`a gate phrase holds a separator: ${phrase}`);
    const key = keyOf(phrase);
    const entry = byCore.get(coreOf(key)) ?? { keys: [], phrases: [] };
    byCore.set(coreOf(key), entry);
    entry.keys.push(key);
    entry.phrases.push([gate, phrase]);
  }
  const by = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const entries = [...byCore].map(([core, { keys, phrases }]) => {
    const s = sectionOf(core, keys);
    const note = phrases.map(([gate, phrase]) => {
      const note = expand('', core, s) === phrase ? '' : phrase.replace(core, '~');
      if (expand(note, core, s) !== phrase) throw new Error(`cannot write ${phrase} against its key ${core}`);
      return letter[gate] + note;
    }).join('|');
    return { core, s, note };
  }).sort((a, b) => by(a.note, b.note) || by(a.core, b.core));
  const alone: Record<string, string> = {};
  for (const e of entries.filter((x) => x.note.length === 1).sort((a, b) => by(a.core, b.core))) {
    const group = SECTIONS[e.s]![0]! + e.note;
    alone[group] = alone[group] ? `${alone[group]},${e.core}` : e.core;
  }
  const others = SECTIONS.map((_, s) => entries.filter((x) => x.s === s && x.note.length > 1));
  return {
    alone: Object.fromEntries(Object.entries(alone).sort(([a], [b]) => by(a, b))),
    ...(Object.fromEntries(SECTIONS.map((name, s) => [name, others[s]!.map((e) => e.core).join(',')])) as Record<(typeof SECTIONS)[number], string>),
    phrases: others.flat().map((e) => e.note).join(','),
  };
}

/** Each gate's phrases, as the vocabulary has them. */
export const vocabularyGates = () => Object.entries(GATE_CONCEPTS).map(([gate, names]) => ({
  gate,
  phrases: [...new Set(CONCEPTS.filter((c) => (names as readonly string[]).includes(c.name)).flatMap((c) => c.entries.map((e) => e.phrase)))].sort(),
}));

export function gateWordsSource(): string {
  const gates = gatePhrases(vocabularyGates());
  const keys = gateKeysOf(gates);
  return [
    '// Generated by `npm run vocab:gate` from lib/detect/vocab: do not edit by hand.',
    '// The phrases of the early gates, every language together (the page language is not known yet),',
    '// grouped by key word (see gate-keys.ts).',
    'export const GATE_KEYS = {',
    `  alone: ${JSON.stringify(keys.alone)},`,
    ...SECTIONS.map((s) => `  ${s}: ${JSON.stringify(keys[s])},`),
    `  phrases: ${JSON.stringify(keys.phrases)},`,
    '};',
    '',
    '// The AI gate\'s key words as one expression.',
    `export const AI_KEYS = /${aiKeysSource(gates.find((g) => g.gate === 'ai')!.phrases.map(keyOf))}/i;`,
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
