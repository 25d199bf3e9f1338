// Turns phrases into a word matcher. Text is split into words (runs of letters and digits) once;
// each word is looked up in maps keyed by the phrases' first words (whole, as a prefix for
// "layoff*", as a suffix for "*abbau"), and only those phrases are checked further. Linear in the
// text whatever the number of phrases: one big regex of hundreds of alternatives was a thousand
// times slower on ordinary pages.
import type { Concept, Entry, Lang } from './define';

/** One word of a phrase: its letters and where the wildcard is. */
interface WordSpec {
  text: string;
  prefix: boolean;
  suffix: boolean;
  /** The punctuation that glues this word to the one before inside one phrase word ("A.I.", "Crypto.com"). */
  glue?: string;
}

export interface Pattern {
  /** Its words, and its gaps as the most words each may stand for. */
  words: (WordSpec | number)[];
  exact: boolean;
  /** The list the phrase came from (a concept, or a gate). */
  tag: string;
}

export interface Hit {
  start: number;
  end: number;
}

export interface TaggedHit extends Hit {
  tag: string;
}

interface Token {
  start: number;
  end: number;
  raw: string;
  lower: string;
}

/** Up to this many words may stand in for "..." (a number like "4 000" counts as two). */
export const GAP_WORDS = 6;
/** …and for "...+": a German verb's particle ends its clause, however long ("Die Bank baut bis Ende 2028 in der
 * Verwaltung rund 3.900 Stellen ab"); a gap never runs past a comma or a sentence's end. */
export const LONG_GAP_WORDS = 12;
/** The words a gap in a phrase ("...", "...+") may stand for; null for a word. */
export const gapWords = (word: string): number | null => (word === '...' ? GAP_WORDS : word === '...+' ? LONG_GAP_WORDS : null);
const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
/** The letters of the languages we read, lower case, for key-word lookups on every page: a plain
 * class, as the Unicode one above costs milliseconds to compile in a fresh content-script world.
 * Latin letters with their accents and combining marks: every key word is written in them. */
export const LATIN_LETTERS = '0-9a-z\\u00c0-\\u024f\\u0300-\\u036f';
/** Between two words of a phrase: spaces, hyphens, apostrophes or quotes, never a sentence break. */
const JOINER_RE = /^[\s\u00a0'’"“”-]+$/;
/** Inside a gap a number's own dots and commas ("3.900 Stellen") do not break it either. */
const NUMBER_JOINER_RE = /^[.,\u00a0\u202f ]$/;
const DIGITS_RE = /^\d+$/;
/** What joins the pieces of one phrase word in the vocabulary ("A.I.", "d'emplois", "AT&T"); a plain
 * character class, as a Unicode one costs a millisecond to compile in a fresh content-script world.
 * tests/unit/vocab.test.ts passes every example through the gates, so a word this misses fails it. */
export const INNER_PUNCTUATION = /[.'’&+/,:-]/;

function wordSpec(word: string, exact: boolean): WordSpec {
  const text = word.replace(/^\*|\*$/g, '');
  return { text: exact ? text : text.toLowerCase(), prefix: word.length > 1 && word.endsWith('*'), suffix: word.startsWith('*') };
}

/** A phrase as the matcher reads it (the vocabulary's syntax, above). */
export function parsePhrase(phrase: string, tag: string): Pattern {
  const exact = phrase.startsWith('=');
  const words: Pattern['words'] = [];
  for (const part of phrase.replace(/^=/, '').split(/\s+/)) {
    const gap = gapWords(part);
    if (gap !== null) {
      words.push(gap);
      continue;
    }
    // Most words are one text word: no need for the (slower) Unicode split.
    if (!INNER_PUNCTUATION.test(part.replace(/^\*|\*$/g, ''))) {
      words.push(wordSpec(part, exact));
      continue;
    }
    // A phrase word with inner punctuation ("A.I.", "d'emplois", "Crypto.com") is several text words.
    const pieces = [...part.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
    pieces.forEach((piece, i) => {
      const lead = i === 0 && part.startsWith('*') ? '*' : '';
      const tail = i === pieces.length - 1 && part.endsWith('*') ? '*' : '';
      const spec = wordSpec(lead + piece[0] + tail, exact);
      if (i > 0) {
        const before = pieces[i - 1]!;
        spec.glue = part.slice(before.index + before[0].length, piece.index);
      }
      words.push(spec);
    });
  }
  return { words, exact, tag };
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Lower-case the text once; where that changes its length (rare letters), each word on its own.
  const lowered = text.toLowerCase();
  const same = lowered.length === text.length;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const start = m.index, end = start + m[0].length;
    out.push({ start, end, raw: m[0], lower: same ? lowered.slice(start, end) : m[0].toLowerCase() });
  }
  return out;
}

const fits = (spec: WordSpec, token: Token, exact: boolean): boolean => {
  const t = exact ? token.raw : token.lower;
  if (spec.prefix && spec.suffix) return t.includes(spec.text);
  if (spec.prefix) return t.startsWith(spec.text);
  if (spec.suffix) return t.endsWith(spec.text);
  return t === spec.text;
};

/** Whether two neighbouring words are joined as a phrase needs: by its own glue, by spaces and
 * hyphens, or inside a gap by a number's own separators. */
function joined(spec: WordSpec, a: Token, b: Token, text: string, inGap: boolean): boolean {
  const between = text.slice(a.end, b.start).replace(/’/g, "'");
  if (spec.glue !== undefined && !inGap) return between === spec.glue.replace(/’/g, "'");
  if (JOINER_RE.test(between)) return true;
  return inGap && NUMBER_JOINER_RE.test(between) && DIGITS_RE.test(a.raw) && DIGITS_RE.test(b.raw);
}

/** The end of a match of the pattern's words from `from` on (the first word already fits), or -1. */
function matchFrom(p: Pattern, tokens: Token[], text: string, first: number): number {
  let at = first;
  let gapLeft = 0;
  for (let w = 1; w < p.words.length; w++) {
    const spec = p.words[w]!;
    if (typeof spec === 'number') {
      gapLeft = spec;
      continue;
    }
    let next = at + 1;
    let found = -1;
    for (let skipped = 0; skipped <= gapLeft && next < tokens.length; skipped++, next++) {
      if (!joined(spec, tokens[next - 1]!, tokens[next]!, text, gapLeft > 0)) break;
      if (fits(spec, tokens[next]!, p.exact)) {
        found = next;
        break;
      }
    }
    if (found < 0) return -1;
    at = found;
    gapLeft = 0;
  }
  return at;
}

export interface Matcher {
  /** First word → patterns: whole words by the word; prefix and suffix words by their first or
   * last two letters (then checked in full). Exact-case patterns apart, looked up on the word as written. */
  folded: Index;
  exact: Index | null;
}

interface Index {
  whole: Map<string, Pattern[]>;
  /** Keyed by `pairAt`: looking a word up slices no string from it. */
  prefixes: Map<number, Pattern[]>;
  suffixes: Map<number, Pattern[]>;
}

/** Prefix and suffix words are bucketed by this many letters (no wildcard word is shorter). */
const BUCKET = 2;
/** The two UTF-16 units of a word from `at` as one number (the bucket key): a small integer for the
 * letters we read, so looking it up boxes no number. */
const pairAt = (s: string, at: number): number => (s.charCodeAt(at) << 16) | s.charCodeAt(at + 1);

function add<K>(map: Map<K, Pattern[]>, key: K, p: Pattern): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

const emptyIndex = (): Index => ({ whole: new Map(), prefixes: new Map(), suffixes: new Map() });

/** A matcher for tagged lists of phrases (the vocabulary's syntax: "layoff*", "*abbau", "let ... go", "=AI"). */
export function compilePhrases(lists: Record<string, readonly string[]>): Matcher {
  const folded = emptyIndex();
  const exact = emptyIndex();
  for (const [tag, phrases] of Object.entries(lists)) for (const phrase of new Set(phrases)) {
    const p = parsePhrase(phrase, tag);
    const first = p.words[0];
    if (!first || typeof first === 'number') continue;
    const index = p.exact ? exact : folded;
    if (first.prefix && !first.suffix && first.text.length >= BUCKET) add(index.prefixes, pairAt(first.text, 0), p);
    else if (first.suffix && first.text.length >= BUCKET) add(index.suffixes, pairAt(first.text, first.text.length - BUCKET), p);
    else add(index.whole, first.text, p);
  }
  const used = (i: Index) => i.whole.size + i.prefixes.size + i.suffixes.size > 0;
  return { folded, exact: used(exact) ? exact : null };
}

/** A phrase's key word: its longest word (the rarest, as a rule), lower-cased, wildcards kept. */
export function keyOf(phrase: string): string {
  const words = phrase.replace(/^=/, '').toLowerCase().split(' ').filter((w) => w && gapWords(w) === null);
  return words.reduce((a, b) => (b.replace(/\*/g, '').length > a.replace(/\*/g, '').length ? b : a), '');
}

/** A key word without its wildcards, as the gates look it up (lib/detect/gate-keys.ts). */
export const coreOf = (key: string): string => key.replace(/^\*|\*$/g, '').replace(/’/g, "'");

/** One matcher for several concepts in one language (its entries and the "*" ones); hits carry the concept's name. */
export function compileConcepts(concepts: readonly Concept[], lang: Lang): Matcher {
  return compilePhrases(Object.fromEntries(
    concepts.map((c) => [c.name, c.entries.filter((e) => e.lang === lang || e.lang === '*').map((e) => e.phrase)]),
  ));
}

/** The index's buckets that may hold patterns starting with this word, written to `out` from `at`
 * on (no copies made); returns where they end. */
function bucketsOf(index: Index, form: string, out: (Pattern[] | undefined)[], at: number): number {
  out[at++] = index.whole.get(form);
  if (form.length < BUCKET) return at;
  out[at++] = index.prefixes.get(pairAt(form, 0));
  out[at++] = index.suffixes.get(pairAt(form, form.length - BUCKET));
  return at;
}

/** Every match in the text, in order; per tag, a match never starts inside another. */
export function hitsOf(c: Matcher, text: string, tokens: Token[] = tokenize(text)): TaggedHit[] {
  const hits: TaggedHit[] = [];
  const after = new Map<string, number>();
  const best = new Map<string, number>();
  const buckets: (Pattern[] | undefined)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let n = bucketsOf(c.folded, token.lower, buckets, 0);
    if (c.exact) n = bucketsOf(c.exact, token.raw, buckets, n);
    // Clearing a Map allocates a new table: most words fill none.
    if (best.size) best.clear();
    for (let b = 0; b < n; b++) {
      const bucket = buckets[b];
      if (!bucket) continue;
      for (const p of bucket) {
        if (token.start < (after.get(p.tag) ?? -1) || !fits(p.words[0] as WordSpec, token, p.exact)) continue;
        const end = p.words.length === 1 ? i : matchFrom(p, tokens, text, i);
        if (end > (best.get(p.tag) ?? -1)) best.set(p.tag, end);
      }
    }
    for (const [tag, end] of best) {
      hits.push({ start: token.start, end: tokens[end]!.end, tag });
      after.set(tag, tokens[end]!.end);
    }
  }
  return hits;
}

/** The words of a text, for matching several concepts against it without splitting it again. */
export { tokenize };
export type { Token };

export const isExactCase = (e: Entry): boolean => e.phrase.startsWith('=');

/** Whether a single phrase matches somewhere in a text (for the vocabulary's own tests). */
export function phraseMatches(entry: Entry, text: string): boolean {
  return hitsOf(compilePhrases({ one: [entry.phrase] }), text).length > 0;
}
