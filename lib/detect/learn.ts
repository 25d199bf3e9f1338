// L2-regularised logistic regression fitted by Newton's method: a few dozen features and a few
// thousand pages solve exactly in milliseconds, so there is nothing to tune but the penalty.
// Used by the trainer (lib/cli/train.ts), never by the extension.
import type { FeatureVector } from './features';

export interface Example {
  x: FeatureVector;
  y: 0 | 1;
  /** How much the example counts (hand-written pages count less than real ones). */
  weight: number;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Feature weights by name. `l2` is the penalty on every weight but the bias. */
export function fitLogistic(examples: Example[], names: string[], l2: number, iterations = 25): Record<string, number> {
  const d = names.length;
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => {
    const cols: [number, number][] = [];
    for (const [name, v] of e.x) {
      const i = index.get(name);
      if (i !== undefined && v) cols.push([i, v]);
    }
    return cols;
  });
  const bias = index.get('bias');
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    examples.forEach((e, k) => {
      const cols = rows[k]!;
      let z = 0;
      for (const [i, v] of cols) z += w[i]! * v;
      const p = 1 / (1 + Math.exp(-z));
      const r = e.weight * (p - e.y);
      const s = e.weight * Math.max(p * (1 - p), 1e-9);
      for (const [i, v] of cols) {
        g[i]! += r * v;
        const hi = h[i]!;
        for (const [j, u] of cols) hi[j]! += s * v * u;
      }
    });
    for (let i = 0; i < d; i++) {
      const penalty = i === bias ? 1e-6 : l2;
      g[i]! += penalty * w[i]!;
      h[i]![i]! += penalty;
    }
    const step = solve(h, g);
    let change = 0;
    for (let i = 0; i < d; i++) {
      w[i]! -= step[i]!;
      change = Math.max(change, Math.abs(step[i]!));
    }
    if (change < 1e-6) break;
  }
  return Object.fromEntries(names.map((n, i) => [n, w[i]!]));
}

export function predict(x: FeatureVector, weights: Record<string, number>): number {
  let z = 0;
  for (const [name, v] of x) z += (weights[name] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}
