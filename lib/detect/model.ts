// The learned part: two logistic heads over the page features. "layoff" says whether the page
// reports an employer's job cuts; "ai", learned on such pages only, whether those cuts are tied to
// AI. A page is an AI-attributed layoff when both pass their thresholds. Weights come from
// `npm run train` (lib/cli/train.ts) and are bundled as model.json.
import trained from './model.json';
import type { FeatureVector } from './features';

export type Head = 'layoff' | 'ai';

export interface Model {
  /** When and on what it was trained, for the README and the eval; `l2`, the penalties CV chose, so an
   * out-of-fold eval fits the same heads. */
  trained: { date: string; pages: number; note: string; l2: Record<Head, number> };
  heads: Record<Head, { weights: Record<string, number>; threshold: number }>;
}

export const model: Model = trained as Model;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The head's probability for a page. */
export function score(x: FeatureVector, head: Head, m: Model = model): number {
  const w = m.heads[head].weights;
  let z = 0;
  for (const [name, value] of x) z += (w[name] ?? 0) * value;
  return sigmoid(z);
}

/** Each feature's share of the head's score, largest first: what made the model decide. */
export function contributions(x: FeatureVector, head: Head, m: Model = model): [string, number][] {
  const w = m.heads[head].weights;
  return [...x].map(([name, value]): [string, number] => [name, (w[name] ?? 0) * value]).sort((a, b) => b[1] - a[1]);
}
