// What the trainer and the out-of-fold eval share: the pages as feature rows, the two heads
// fitted on some of them, and the folds that keep each cutter's pages together.
import { createHash } from 'node:crypto';
import { cutterOf, readForDetection } from '../detect';
import { deniedInHeadline, firmCut, pageFeatures, type FeatureVector } from '../detect/features';
import { fitLogistic } from '../detect/learn';
import type { Head } from '../detect/model';
import type { Labelled } from './labelled';

export const HAND_WRITTEN_WEIGHT = 0.25;
export const FOLDS = 5;
/** MDM_SHUFFLE_OFFSET=12 draws other folds (the shipped model pools shuffles 0–11): to check that the chosen point does not hop with the shuffle. */
const SHUFFLE_OFFSET = Number(process.env.MDM_SHUFFLE_OFFSET ?? 0) || 0;
/** Features seen on at least this many training pages: rarer ones would only learn those pages. */
const MIN_PAGES = 5;

export interface Row {
  item: Labelled;
  x: FeatureVector;
  /** The page has a firm cut sentence: without one, no layoff label is given. */
  cut: boolean;
  /** The headline denies AI is the reason: never an AI layoff, whatever the heads say (classify.ts). */
  denied: boolean;
}

export const isLayoff = (r: Row) => r.item.label === 'ai_layoff' || r.item.label === 'layoff_not_ai';
export const isAiLayoff = (r: Row) => r.item.label === 'ai_layoff';
const weightOf = (r: Row) => (r.item.handWritten ? HAND_WRITTEN_WEIGHT : 1);

export function rowsOf(items: Labelled[]): Row[] {
  return items.map((item) => {
    const input = readForDetection(item.page);
    if (typeof input === 'string') return { item, x: new Map([['bias', 1]]), cut: false, denied: false };
    const { reads } = input;
    return { item, x: pageFeatures(reads, item.page.kind, cutterOf(item.page, input)), cut: reads.some(firmCut), denied: deniedInHeadline(reads) };
  });
}

export function featureNames(rows: Row[]): string[] {
  const pages = new Map<string, number>();
  for (const r of rows) for (const name of r.x.keys()) pages.set(name, (pages.get(name) ?? 0) + 1);
  return [...pages].filter(([, n]) => n >= MIN_PAGES).map(([name]) => name).sort();
}

export function fitHeads(train: Row[], names: string[], l2: Record<Head, number>): Record<Head, Record<string, number>> {
  return {
    layoff: fitLogistic(train.map((r) => ({ x: r.x, y: isLayoff(r) ? 1 : 0, weight: weightOf(r) })), names, l2.layoff),
    ai: fitLogistic(train.filter(isLayoff).map((r) => ({ x: r.x, y: isAiLayoff(r) ? 1 : 0, weight: weightOf(r) })), names, l2.ai),
  };
}

/** The event a page tells of, as far as the labels say: its cutter's first word ("Amazon Web
 * Services" is Amazon), else the page alone. */
const eventOf = (item: Labelled) => item.cutter?.toLowerCase().match(/[\p{L}\d]+/u)?.[0] ?? item.id;

/** Deterministic folds that keep each cutter's pages together: a page about a company the model
 * learned from other pages about it would flatter CV (a new page is mostly a new event). Each
 * repeat hashes the groups differently. */
export function folds(items: Labelled[], repeat: number): number[] {
  return items.map((item) => parseInt(createHash('sha256').update(`${repeat + SHUFFLE_OFFSET}:${eventOf(item)}`).digest('hex').slice(0, 8), 16) % FOLDS);
}
