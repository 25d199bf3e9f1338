// Every concept of the vocabulary, and each one compiled for a language on first use.
import aggregate from './aggregate';
import ai from './ai';
import aiBusiness from './ai-business';
import amid from './amid';
import automation from './automation';
import cause from './cause';
import contrast from './contrast';
import cutEvent from './cut-event';
import cutVerb from './cut-verb';
import deny from './deny';
import digital from './digital';
import exec from './exec';
import filing from './filing';
import freeze from './freeze';
import fresh from './fresh';
import hedge from './hedge';
import hire from './hire';
import job from './job';
import negation from './negation';
import now from './now';
import many from './many';
import one from './one';
import opinion from './opinion';
import own from './own';
import otherReason from './other-reason';
import past from './past';
import replace from './replace';
import restructure from './restructure';
import rumour from './rumour';
import shift from './shift';
import speech from './speech';
import trap from './trap';
import union from './union';
import we from './we';
import { compileConcepts, hitsOf, type Hit, type Matcher } from './compile';
import type { Concept, Lang } from './define';

export const CONCEPTS = [
  cutEvent, cutVerb, job, freeze, restructure, ai, automation, aiBusiness, cause, replace, shift, deny, negation, hedge,
  aggregate, many, one, contrast, speech, exec, we, trap, opinion, past, union, fresh, filing, digital, amid, otherReason, hire, now, own, rumour,
] as const satisfies readonly Concept[];

export type ConceptName =
  | 'cut_event' | 'cut_verb' | 'job' | 'freeze' | 'restructure' | 'ai' | 'automation' | 'ai_business' | 'cause' | 'replace' | 'shift'
  | 'deny' | 'negation' | 'hedge' | 'aggregate' | 'many' | 'one' | 'contrast' | 'speech' | 'exec' | 'we' | 'trap' | 'opinion' | 'past' | 'union' | 'fresh' | 'filing' | 'digital' | 'amid' | 'other_reason' | 'hire' | 'now' | 'own' | 'rumour';

export const CONCEPT_NAMES = CONCEPTS.map((c) => c.name) as ConceptName[];

const compiled = new Map<Lang, Matcher>();

/** The vocabulary compiled for one language (its own entries and the "*" ones), built once. */
export function vocabFor(lang: Lang): Matcher {
  let m = compiled.get(lang);
  if (!m) compiled.set(lang, (m = compileConcepts(CONCEPTS, lang)));
  return m;
}

const NO_CONCEPTS: ReadonlySet<ConceptName> = new Set();

/** A concept with no hits in a text has this list (read only, shared). */
const NONE: readonly Hit[] = [];
const CONCEPT_INDEX = new Map(CONCEPT_NAMES.map((n, i) => [n as string, i]));

/** A text's hits by concept. Made for every sentence a page reads, so it holds only the concepts
 * found (most sentences have few or none) and reads a missing one as the shared empty list. */
export class ConceptHits {
  /** By concept, in the vocabulary's order; made on the first hit. */
  private lists: Hit[][] | null = null;

  get(name: ConceptName): readonly Hit[] {
    return this.lists?.[CONCEPT_INDEX.get(name)!] ?? NONE;
  }

  add(tag: string, hit: Hit): void {
    const lists = (this.lists ??= new Array<Hit[]>(CONCEPT_NAMES.length));
    const i = CONCEPT_INDEX.get(tag)!;
    (lists[i] ??= []).push(hit);
  }

  /** Each hit's start and concept, but the concepts `without`: concepts in the vocabulary's order, each one's hits in
   * the text's. */
  marks(out: { at: number; tag: string }[], without: ReadonlySet<ConceptName> = NO_CONCEPTS): void {
    this.lists?.forEach((list, i) => {
      const tag = CONCEPT_NAMES[i]!;
      if (!without.has(tag)) for (const h of list) out.push({ at: h.start, tag });
    });
  }
}

/** Every concept's hits in a text, in one pass over its words. */
export function conceptHits(lang: Lang, text: string): ConceptHits {
  return conceptHitsEach(lang, [text])[0]!;
}

/** No phrase spans this: it joins texts that are matched in one pass but read apart. */
const APART = ' | ';

/** Every concept's hits in each of several texts (a page's sentences), in one pass over them all. */
export function conceptHitsEach(lang: Lang, texts: readonly string[]): ConceptHits[] {
  const out = texts.map(() => new ConceptHits());
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + APART.length;
  }
  let k = 0;
  for (const h of hitsOf(vocabFor(lang), texts.join(APART))) {
    while (k + 1 < starts.length && starts[k + 1]! <= h.start) k++;
    out[k]!.add(h.tag, { start: h.start - starts[k]!, end: h.end - starts[k]! });
  }
  return out;
}
