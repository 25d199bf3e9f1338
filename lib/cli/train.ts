// npm run train: fits the classifier's two heads — "layoff" (does the page report an employer's
// job cuts?) on every page, "ai" (are those cuts tied to AI?) on the layoff pages — on the real
// train split and, counting a quarter, the hand-written sets. Penalties and thresholds are picked
// by 5-fold cross-validation on the real train pages (each cutter's pages in one fold), repeated
// over differently shuffled folds and pooled, for the final "ai_layoff" decision (one split's luck
// moved the chosen point, and with it every figure, each time pages were added); the pooled
// figures are printed and the weights written to lib/detect/model.json.
// The blind split is never read here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { predict } from '../detect/learn';
import type { Head, Model } from '../detect/model';
import { loadHandWritten, loadReal } from './labelled';
import { featureNames, fitHeads, FOLDS, folds, HAND_WRITTEN_WEIGHT, isAiLayoff, rowsOf, type Row } from './cross-validation';

/** Times the 5-fold split is redrawn; the threshold choice is made on all of them pooled. Three were once enough; on
 * 4,367 pages two sets of three chose different thresholds (0.65/0.50 and 0.70/0.45, a hair apart), six pooled settled it
 * until two sets of six did the same on 4,530 (0.70/0.50 and 0.70/0.45): the shipped model pools twelve
 * (`MDM_REPEATS=12 npm run train`, twice as long); six stay the default for trying a change against its baseline. */
const REPEATS = Number(process.env.MDM_REPEATS ?? 6) || 6;
const LAYOFF_PENALTIES = [0.3, 1, 3];
const AI_PENALTIES = [1, 3, 10];
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
/** The grid's step: a point's neighbours are one step away on either threshold. */
const STEP = 0.05;

interface Scored {
  row: Row;
  layoff: number;
  ai: number;
}

/** Out-of-fold scores of every real page, once per repeat. */
function crossValidate(real: Row[], hand: Row[], names: string[], l2: Record<Head, number>): Scored[] {
  const out: Scored[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const fold = folds(real.map((r) => r.item), repeat);
    for (let k = 0; k < FOLDS; k++) {
      const w = fitHeads([...real.filter((_, i) => fold[i] !== k), ...hand], names, l2);
      real.forEach((row, i) => {
        if (fold[i] === k) out.push({ row, layoff: row.cut ? predict(row.x, w.layoff) : 0, ai: predict(row.x, w.ai) });
      });
    }
  }
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** The verdict classify.ts would give: both heads pass and the headline does not deny AI. */
const saysAiLayoff = (s: Scored, t: Record<Head, number>) => s.layoff >= t.layoff && s.ai >= t.ai && !s.row.denied;

function counts(scored: Scored[], t: Record<Head, number>): Counts {
  let tp = 0, fp = 0, fn = 0;
  for (const s of scored) {
    const said = saysAiLayoff(s, t);
    const truth = isAiLayoff(s.row);
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
/** Counts pooled over the repeats, shown per repeat (each page once) so they read as one split's. */
const fmt = (c: Counts) =>
  `P ${precision(c).toFixed(3)} R ${recall(c).toFixed(3)} (per repeat: tp ${(c.tp / REPEATS).toFixed(1)}, fp ${(c.fp / REPEATS).toFixed(1)}, fn ${(c.fn / REPEATS).toFixed(1)})`;

function main(): void {
  const real = rowsOf(loadReal('train'));
  const hand = rowsOf(loadHandWritten());
  const names = featureNames([...real, ...hand]);
  console.log(`train: ${real.length} real pages, ${hand.length} hand-written (weight ${HAND_WRITTEN_WEIGHT}); ${names.length} features; ${FOLDS}-fold CV x ${REPEATS}`);

  interface Point { l2: Record<Head, number>; t: Record<Head, number>; c: Counts; scored: Scored[] }
  const points: Point[] = [];
  for (const layoff of LAYOFF_PENALTIES) {
    for (const ai of AI_PENALTIES) {
      const scored = crossValidate(real, hand, names, { layoff, ai });
      let local: Point | null = null;
      for (const tl of THRESHOLDS) for (const ta of THRESHOLDS) {
        const point = { l2: { layoff, ai }, t: { layoff: tl, ai: ta }, c: counts(scored, { layoff: tl, ai: ta }), scored };
        points.push(point);
        if (!local || fScore(point.c) > fScore(local.c) + 1e-9) local = point;
      }
      console.log(`l2 layoff ${layoff}, ai ${ai}: best thresholds ${local!.t.layoff}/${local!.t.ai}: CV ${fmt(local!.c)}`);
    }
  }
  // The F0.7 surface is a flat ridge from more recall to more precision (with each cutter's pages
  // in one fold, P 0.83-0.88), and its single best point hopped a whole step with any change to
  // the pages or features. Each point is scored by the mean F0.7 of it and its neighbours in the
  // threshold grid (same penalties), which favours the middle of a broad plateau over a lucky spike.
  const near = (a: number, b: number) => Math.abs(a - b) <= STEP + 1e-9;
  const smoothed = (p: Point) => {
    const around = points.filter((q) => q.l2.layoff === p.l2.layoff && q.l2.ai === p.l2.ai && near(q.t.layoff, p.t.layoff) && near(q.t.ai, p.t.ai));
    return around.reduce((sum, q) => sum + fScore(q.c), 0) / around.length;
  };
  const best = points.map((p) => ({ p, f: smoothed(p) })).reduce((a, b) => (b.f > a.f + 1e-9 ? b : a)).p;
  console.log(`chose l2 ${best.l2.layoff}/${best.l2.ai}, thresholds ${best.t.layoff}/${best.t.ai}: CV ${fmt(best.c)}`);
  if (process.argv.includes('--curve')) {
    for (const tl of THRESHOLDS) console.log(`  layoff ≥ ${tl}: ${THRESHOLDS.map((ta) => { const c = counts(best.scored, { layoff: tl, ai: ta }); return `${ta}:${precision(c).toFixed(2)}/${recall(c).toFixed(2)}`; }).join(' ')}`);
  }
  for (const lang of [...new Set(real.map((r) => r.item.lang))].sort()) {
    console.log(`  ${lang}: ${fmt(counts(best.scored.filter((s) => s.row.item.lang === lang), best.t))}`);
  }
  if (process.argv.includes('--errors')) {
    // The first repeat's scores: each page once.
    for (const s of best.scored.slice(0, real.length)) {
      const said = saysAiLayoff(s, best.t);
      if (said !== isAiLayoff(s.row)) console.log(`   ${said ? 'FALSE' : 'MISS '} ${s.layoff.toFixed(2)}/${s.ai.toFixed(2)} ${s.row.item.id} (${s.row.item.label})`);
    }
  }

  const w = fitHeads([...real, ...hand], names, best.l2);
  const round = (weights: Record<string, number>) =>
    Object.fromEntries(Object.entries(weights).filter(([, v]) => Math.abs(v) >= 1e-4).map(([n, v]) => [n, Math.round(v * 10_000) / 10_000]));
  const cv = best.c;
  const model: Model = {
    trained: {
      date: new Date().toISOString().slice(0, 10),
      pages: real.length + hand.length,
      l2: best.l2,
      note: `${real.length} real train pages + ${hand.length} hand-written (weight ${HAND_WRITTEN_WEIGHT}); ${FOLDS}-fold CV x ${REPEATS} on the real pages: P ${precision(cv).toFixed(3)} R ${recall(cv).toFixed(3)}`,
    },
    heads: {
      layoff: { weights: round(w.layoff), threshold: best.t.layoff },
      ai: { weights: round(w.ai), threshold: best.t.ai },
    },
  };
  writeFileSync(join(import.meta.dirname, '../detect/model.json'), `${JSON.stringify(model, null, 2)}\n`);
  console.log('wrote lib/detect/model.json');
}

main();
