// The whole pipeline on labelled pages, and what it scores: the eval CLI prints these, the
// labelled-pages test holds them to floors. One definition of right, wrong and foreign for both.
import { companyNames } from '../data';
import { model, type Model } from '../detect/model';
import type { JobsFact, Label } from '../detect/types';
import { buildPageResult } from '../page-result';
import { featureNames, fitHeads, FOLDS, folds, rowsOf } from './cross-validation';
import { jobsAgreement, type JobsAgreement } from './eval-jobs';
import { sameCompany } from './eval-names';
import type { Labelled } from './labelled';

export interface Outcome {
  item: Labelled;
  said: Label;
  /** The cutter's names (its own, and the dataset's names for it). */
  cutterSaid: string[] | null;
  /** Each panel's company, by all its names. */
  panels: string[][];
  unlisted: string | null;
  /** The cut's size as the story states it, which the panel would show. */
  jobs: JobsFact | null;
}

export function runPages(items: Labelled[], m?: Model): Outcome[] {
  return items.map((item) => {
    const result = buildPageResult(item.page, m);
    const top = result.analysis.companies[0];
    return {
      item,
      said: result.analysis.label,
      cutterSaid: top?.role === 'cutting' ? companyNames(top.name, top.datasetId) : null,
      panels: result.views.map((v) => companyNames(v.name, v.id)),
      unlisted: result.unlisted?.name ?? null,
      jobs: result.analysis.jobs,
    };
  });
}

/** The whole pipeline on each page with heads fitted without its fold (the bundled model's
 * penalties and thresholds; the hand-written pages always in): what a page the model never
 * learned from meets, on far more pages than the blind set without tuning on that. */
export function runOutOfFold(items: Labelled[], hand: Labelled[]): Outcome[] {
  const real = rowsOf(items);
  const handRows = rowsOf(hand);
  const names = featureNames([...real, ...handRows]);
  const fold = folds(items, 0);
  const out: Outcome[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const w = fitHeads([...real.filter((_, i) => fold[i] !== k), ...handRows], names, model.trained.l2);
    const m: Model = { ...model, heads: { layoff: { ...model.heads.layoff, weights: w.layoff }, ai: { ...model.heads.ai, weights: w.ai } } };
    out.push(...runPages(items.filter((_, i) => fold[i] === k), m));
  }
  return out;
}

const isSame = (names: string[], labelled: string) => names.some((n) => sameCompany(n, labelled));

/** "ai_layoff" against the rest; the company cutting on the AI-layoff pages found (those the
 * labeller named one for); pages whose panels show a company other than the labelled cutter. */
export function scoreOutcomes(outcomes: Outcome[]) {
  const tp = outcomes.filter((o) => o.item.label === 'ai_layoff' && o.said === 'ai_layoff').length;
  const fp = outcomes.filter((o) => o.item.label !== 'ai_layoff' && o.said === 'ai_layoff').length;
  const fn = outcomes.filter((o) => o.item.label === 'ai_layoff' && o.said !== 'ai_layoff').length;
  const found = outcomes.filter((o) => o.item.label === 'ai_layoff' && o.said === 'ai_layoff' && o.item.cutter);
  const right = found.filter((o) => o.cutterSaid && isSame(o.cutterSaid, o.item.cutter!));
  const wrong = found.filter((o) => o.cutterSaid && !isSame(o.cutterSaid, o.item.cutter!));
  const foreign = outcomes.filter((o) => o.panels.length && (!o.item.cutter || o.panels.some((p) => !isSame(p, o.item.cutter!))));
  // The cut's size on the AI-layoff pages found: against the labeller's words, and said where they give none.
  const sized = found.filter((o) => o.item.jobs).map((o) => ({ o, agreement: jobsAgreement(o.jobs, o.item.jobs) }));
  const agreeing = (a: JobsAgreement) => sized.filter((x) => x.agreement === a).map((x) => x.o);
  const jobs = {
    labelled: sized.length,
    agrees: agreeing('agrees'),
    differs: agreeing('differs'),
    none: agreeing('none'),
    saidWithout: found.filter((o) => !o.item.jobs && o.jobs?.count != null),
  };
  // As a reader meets an AI-layoff story (one the labeller named a cutter for): the cutter's own figures and no one
  // else's, or the honest panel naming it (by any of its names: a TikTok story's panel names its owner, ByteDance).
  const stories = outcomes.filter((o) => o.item.label === 'ai_layoff' && o.item.cutter);
  const shown = stories.filter((o) => o.said === 'ai_layoff');
  const reader = {
    stories: stories.length,
    figures: shown.filter((o) => o.panels.length && o.panels.every((p) => isSame(p, o.item.cutter!))).length,
    honest: shown.filter((o) => !o.panels.length && o.unlisted && isSame(o.cutterSaid ?? [o.unlisted], o.item.cutter!)).length,
  };
  return {
    tp, fp, fn,
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    found, right, wrong,
    rightCutter: right.length / Math.max(1, found.length),
    foreign,
    jobs,
    reader,
  };
}
