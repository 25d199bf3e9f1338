// L2-regularised logistic regression fitted by L-BFGS over sparse feature vectors: hundreds of
// features and a few thousand pages fit in well under a second. Used by the trainer
// (lib/cli/train.ts), never by the extension.
import type { FeatureVector } from './features';

export interface Example {
  x: FeatureVector;
  y: 0 | 1;
  /** How much the example counts (hand-written pages count less than real ones). */
  weight: number;
}

/** Past steps L-BFGS keeps. */
const MEMORY = 8;

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** Feature weights by name. `l2` is the penalty on every weight but the bias. */
export function fitLogistic(examples: Example[], names: string[], l2: number, iterations = 300): Record<string, number> {
  const d = names.length;
  const index = new Map(names.map((n, i) => [n, i]));
  // The examples as one compressed sparse row matrix: the loss runs a few thousand times.
  const start = new Int32Array(examples.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  examples.forEach((e, k) => {
    for (const [name, v] of e.x) {
      const i = index.get(name);
      if (i !== undefined && v) {
        cols.push(i);
        vals.push(v);
      }
    }
    start[k + 1] = cols.length;
  });
  const col = Int32Array.from(cols);
  const val = Float64Array.from(vals);
  const ys = Float64Array.from(examples, (e) => e.y);
  const weights = Float64Array.from(examples, (e) => e.weight);
  const bias = index.get('bias') ?? -1;
  const total = weights.reduce((s, v) => s + v, 0) || 1;

  /** Mean weighted log-loss plus the penalty, and its gradient. */
  const loss = (w: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let f = 0;
    for (let k = 0; k < ys.length; k++) {
      let z = 0;
      for (let j = start[k]!; j < start[k + 1]!; j++) z += w[col[j]!]! * val[j]!;
      const p = 1 / (1 + Math.exp(-z));
      f += weights[k]! * (ys[k] ? Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
      const r = (weights[k]! * (p - ys[k]!)) / total;
      for (let j = start[k]!; j < start[k + 1]!; j++) g[col[j]!]! += r * val[j]!;
    }
    f /= total;
    for (let i = 0; i < d; i++) {
      if (i === bias) continue;
      f += (l2 / 2 / total) * w[i]! * w[i]!;
      g[i]! += (l2 / total) * w[i]!;
    }
    return f;
  };

  const w = new Float64Array(d);
  let g = new Float64Array(d);
  let f = loss(w, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  for (let it = 0; it < iterations; it++) {
    // Two-loop recursion: the search direction from the past steps.
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let j = s.length - 1; j >= 0; j--) {
      const a = dot(s[j]!, q) / dot(y[j]!, s[j]!);
      alpha[j] = a;
      for (let i = 0; i < d; i++) q[i]! -= a * y[j]![i]!;
    }
    if (s.length) {
      const gamma = dot(s[s.length - 1]!, y[y.length - 1]!) / dot(y[y.length - 1]!, y[y.length - 1]!);
      for (let i = 0; i < d; i++) q[i]! *= gamma;
    }
    for (let j = 0; j < s.length; j++) {
      const b = dot(y[j]!, q) / dot(y[j]!, s[j]!);
      for (let i = 0; i < d; i++) q[i]! += s[j]![i]! * (alpha[j]! - b);
    }
    // Backtracking line search along -q.
    let step = 1;
    const next = new Float64Array(d);
    const gNext = new Float64Array(d);
    const slope = -dot(g, q);
    let fNext = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < d; i++) next[i] = w[i]! - step * q[i]!;
      fNext = loss(next, gNext);
      if (fNext <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    const sk = new Float64Array(d);
    const yk = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      sk[i] = next[i]! - w[i]!;
      yk[i] = gNext[i]! - g[i]!;
    }
    w.set(next);
    const improved = f - fNext;
    f = fNext;
    g = gNext;
    if (dot(sk, yk) > 1e-12) {
      s.push(sk);
      y.push(yk);
      if (s.length > MEMORY) {
        s.shift();
        y.shift();
      }
    }
    if (improved < 1e-9 || Math.sqrt(dot(g, g)) < 1e-7) break;
  }
  return Object.fromEntries(names.map((n, i) => [n, w[i]!]));
}

export function predict(x: FeatureVector, weights: Record<string, number>): number {
  let z = 0;
  for (const [name, v] of x) z += (weights[name] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}
