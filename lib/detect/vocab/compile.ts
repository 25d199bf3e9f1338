// Turns a concept's phrases into regular expressions, one per language (that language's entries
// plus the "*" ones). Matching is Unicode-aware: a word boundary is "no letter or digit beside".
import type { Concept, Entry, Lang } from './define';

const LETTER = String.raw`[\p{L}\p{M}]`;
const BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{M}\p{N}])`;
// A gap word may hold a dot or comma only inside a number ("3.900"), so a gap never crosses a sentence end.
const GAP = String.raw`(?:[\s\u00a0-]+(?:[^\s.,;:!?]|[.,](?=\d))+){0,4}`;
const SPACE = String.raw`[\s\u00a0-]+`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordSource(word: string): string {
  const head = word.startsWith('*') ? `${LETTER}*` : '';
  const tail = word.endsWith('*') && word.length > 1 ? `${LETTER}*` : '';
  const core = word.replace(/^\*|\*$/g, '');
  return head + escape(core).replace(/'/g, "['’]") + tail;
}

/** The regex source of one phrase (without the case flag). */
export function phraseSource(phrase: string): string {
  const [first = '', ...rest] = phrase.replace(/^=/, '').split(/\s+/);
  let source = wordSource(first);
  for (const token of rest) source += token === '...' ? GAP : SPACE + wordSource(token);
  // Boundaries only where the phrase starts or ends with a word character ("% of", "dell'").
  const body = phrase.replace(/^=/, '');
  return (/^[*\p{L}\p{N}]/u.test(body) ? BEFORE : '') + source + (/[*\p{L}\p{N}]$/u.test(body) ? AFTER : '');
}

export const isExactCase = (e: Entry): boolean => e.phrase.startsWith('=');

/** One matcher per case mode: entries are tried longest first, so "job cuts" wins over "job". */
export interface CompiledConcept {
  name: string;
  /** Case-insensitive entries (flags giu). */
  folded: RegExp | null;
  /** Exact-case entries (flags gu). */
  exact: RegExp | null;
}

function alternation(entries: Entry[], flags: string): RegExp | null {
  if (!entries.length) return null;
  const sources = [...new Set(entries.map((e) => phraseSource(e.phrase)))].sort((a, b) => b.length - a.length);
  return new RegExp(sources.join('|'), flags);
}

export function compileConcept(c: Concept, lang: Lang): CompiledConcept {
  const mine = c.entries.filter((e) => e.lang === lang || e.lang === '*');
  return {
    name: c.name,
    folded: alternation(mine.filter((e) => !isExactCase(e)), 'giu'),
    exact: alternation(mine.filter(isExactCase), 'gu'),
  };
}

export interface Hit {
  start: number;
  end: number;
}

/** Every match of the concept in the text, in order, overlaps removed. */
export function hitsOf(c: CompiledConcept, text: string): Hit[] {
  const hits: Hit[] = [];
  for (const re of [c.folded, c.exact]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  if (!c.folded || !c.exact) return hits;
  hits.sort((a, b) => a.start - b.start);
  return hits.filter((h, i) => i === 0 || h.start >= hits[i - 1]!.end);
}

/** Whether a single phrase matches somewhere in a text (for the vocabulary's own tests). */
export function phraseMatches(entry: Entry, text: string): boolean {
  return new RegExp(phraseSource(entry.phrase), isExactCase(entry) ? 'u' : 'iu').test(text);
}
