// npm run train: fits the classifier's two heads on the real train split (and, counting half,
// the hand-written sets), picks the penalty and the threshold by 5-fold cross-validation on the
// real train pages, prints the cross-validated figures and writes lib/detect/model.json.
// The blind split is never read here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readForDetection } from '../detect';
import { firmCut, pageFeatures, type FeatureVector } from '../detect/features';
import { fitLogistic, predict, type Example } from '../detect/learn';
import type { Head, Model } from '../detect/model';
import { loadHandWritten, loadReal, type Labelled } from './labelled';

const HAND_WRITTEN_WEIGHT = 0.5;
const FOLDS = 5;
const PENALTIES = [0.03, 0.1, 0.3, 1, 3];

interface Row {
  item: Labelled;
  x: FeatureVector;
  /** The page has a firm cut sentence: without one, no layoff label is given. */
  cut: boolean;
}

const positive: Record<Head, (r: Row) => boolean> = {
  ai_layoff: (r) => r.item.label === 'ai_layoff',
  layoff: (r) => r.item.label === 'ai_layoff' || r.item.label === 'layoff_not_ai',
};

function rowsOf(items: Labelled[]): Row[] {
  return items.flatMap((item) => {
    const input = readForDetection(item.page);
    if (typeof input === 'string') return [{ item, x: new Map([['bias', 1]]), cut: false }];
    return [{ item, x: pageFeatures(input.reads, item.page.kind), cut: input.reads.some(firmCut) }];
  });
}

const examples = (rows: Row[], head: Head): Example[] =>
  rows.map((r) => ({ x: r.x, y: positive[head](r) ? 1 : 0, weight: r.item.handWritten ? HAND_WRITTEN_WEIGHT : 1 }));

/** Features seen on at least this many training pages: rarer ones would only learn those pages. */
const MIN_PAGES = 5;

function featureNames(rows: Row[]): string[] {
  const pages = new Map<string, number>();
  for (const r of rows) for (const name of r.x.keys()) pages.set(name, (pages.get(name) ?? 0) + 1);
  return [...pages].filter(([, n]) => n >= MIN_PAGES).map(([name]) => name).sort();
}

/** Deterministic folds, stratified by label and language. */
function foldOf(rows: Row[]): number[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const key = `${r.item.label}/${r.item.lang}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n % FOLDS;
  });
}

interface Scored {
  row: Row;
  p: number;
}

function crossValidate(real: Row[], hand: Row[], head: Head, l2: number, names: string[]): Scored[] {
  const folds = foldOf(real);
  const out: Scored[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = [...real.filter((_, i) => folds[i] !== k), ...hand];
    const w = fitLogistic(examples(train, head), names, l2);
    real.forEach((row, i) => folds[i] === k && out.push({ row, p: predict(row.x, w) }));
  }
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function counts(scored: Scored[], head: Head, threshold: number): Counts {
  let tp = 0, fp = 0, fn = 0;
  for (const { row, p } of scored) {
    const said = p >= threshold && row.cut;
    const truth = positive[head](row);
    if (said && truth) tp++;
    else if (said) fp++;
    else if (truth) fn++;
  }
  return { tp, fp, fn };
}

const precision = (c: Counts) => c.tp / Math.max(1, c.tp + c.fp);
const recall = (c: Counts) => c.tp / Math.max(1, c.tp + c.fn);
/** F with beta 0.7: precision weighs a little more (a wrong panel is worse than none). */
const fScore = (c: Counts) => {
  const p = precision(c), r = recall(c), b2 = 0.49;
  return p + r ? ((1 + b2) * p * r) / (b2 * p + r) : 0;
};

function bestThreshold(scored: Scored[], head: Head): { threshold: number; c: Counts } {
  let best = { threshold: 0.5, c: counts(scored, head, 0.5) };
  for (let t = 0.2; t <= 0.85; t += 0.025) {
    const c = counts(scored, head, t);
    if (fScore(c) > fScore(best.c) + 1e-9) best = { threshold: Math.round(t * 1000) / 1000, c };
  }
  return best;
}

const fmt = (c: Counts) => `P ${precision(c).toFixed(3)} R ${recall(c).toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;

function main(): void {
  const realItems = loadReal('train');
  const handItems = loadHandWritten();
  const real = rowsOf(realItems);
  const hand = rowsOf(handItems);
  const names = featureNames([...real, ...hand]);
  console.log(`train: ${real.length} real pages, ${hand.length} hand-written (weight ${HAND_WRITTEN_WEIGHT}); ${names.length} features`);

  const heads = {} as Model['heads'];
  for (const head of ['ai_layoff', 'layoff'] as const) {
    let chosen = { l2: PENALTIES[0]!, threshold: 0.5, c: { tp: 0, fp: 0, fn: 0 } as Counts, scored: [] as Scored[] };
    for (const l2 of PENALTIES) {
      const scored = crossValidate(real, hand, head, l2, names);
      const { threshold, c } = bestThreshold(scored, head);
      console.log(`${head} l2=${l2}: CV best threshold ${threshold}: ${fmt(c)}; at 0.5: ${fmt(counts(scored, head, 0.5))}`);
      if (fScore(c) > fScore(chosen.c)) chosen = { l2, threshold, c, scored };
    }
    console.log(`${head}: chose l2=${chosen.l2}, threshold ${chosen.threshold}: CV ${fmt(chosen.c)}`);
    if (process.argv.includes('--errors')) {
      for (const { row, p } of chosen.scored) {
        const said = p >= chosen.threshold && row.cut;
        if (said !== positive[head](row)) console.log(`   ${said ? 'FALSE' : 'MISS '} ${p.toFixed(2)} ${row.item.id} (${row.item.label})`);
      }
    }
    for (const lang of [...new Set(real.map((r) => r.item.lang))].sort()) {
      const part = chosen.scored.filter((s) => s.row.item.lang === lang);
      console.log(`  ${lang}: n=${part.length} ${fmt(counts(part, head, chosen.threshold))}`);
    }
    const weights = fitLogistic(examples([...real, ...hand], head), names, chosen.l2);
    heads[head] = {
      weights: Object.fromEntries(
        Object.entries(weights).filter(([, w]) => Math.abs(w) >= 1e-4).map(([n, w]) => [n, Math.round(w * 10_000) / 10_000]),
      ),
      threshold: chosen.threshold,
    };
  }
  const model: Model = {
    trained: {
      date: new Date().toISOString().slice(0, 10),
      pages: real.length + hand.length,
      note: `${real.length} real train pages + ${hand.length} hand-written (weight ${HAND_WRITTEN_WEIGHT}); penalty and threshold by ${FOLDS}-fold CV on the real pages`,
    },
    heads,
  };
  writeFileSync(join(import.meta.dirname, '../detect/model.json'), `${JSON.stringify(model, null, 2)}\n`);
  console.log('wrote lib/detect/model.json');
}

main();
