// The detector and the panels on labelled pages. The real published pages' blind split is the
// honest figure (nothing was tuned on it); the floors below are the measured figures less a small
// margin, so a change that makes real pages worse fails here. The train split and the older
// hand-written sets are what the model learned from: there it must simply not regress.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHandWritten, loadReal } from '../../lib/cli/labelled';
import { runPages, scoreOutcomes, type Outcome } from '../../lib/cli/outcomes';

const figures = (outcomes: Outcome[]) => {
  const f = scoreOutcomes(outcomes);
  return { ...f, foreign: f.foreign.length };
};

describe('real published pages, blind split (measured, never tuned on)', () => {
  let outcomes: Outcome[] = [];
  let all: ReturnType<typeof figures>;
  let other: ReturnType<typeof figures>;
  beforeAll(() => {
    outcomes = runPages(loadReal('blind'));
    all = figures(outcomes);
    other = figures(outcomes.filter((o) => o.item.lang !== 'en'));
  }, 120_000);

  it('holds at least 250 pages, a quarter of them not in English', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(250);
    expect(outcomes.filter((o) => o.item.lang !== 'en').length).toBeGreaterThanOrEqual(60);
  });
  it('finds AI-attributed layoffs at no worse than the measured precision and recall', () => {
    // Measured 0.820 / 0.777, not in English recall 0.762 (1,868 pages; the session-start code 0.814 / 0.769, 0.751).
    expect(all.precision).toBeGreaterThanOrEqual(0.81);
    expect(all.recall).toBeGreaterThanOrEqual(0.77);
    expect(other.recall).toBeGreaterThanOrEqual(0.75);
  });
  it('names the company cutting on the AI-layoff pages it finds', () => {
    // 0.870 measured (460 of 529, 18 wrong; the session-start code 451 of 524, 19 wrong).
    expect(all.rightCutter).toBeGreaterThanOrEqual(0.86);
  });
  it('shows another company\'s figures on no more pages than measured', () => {
    // Measured 8 of 1,868 with the committed model (9 with the session-start code on the same pages): the README says so.
    expect(all.foreign).toBeLessThanOrEqual(8);
  });
  it('shows the cut\'s size as the labeller read it on most AI-layoff pages it finds', () => {
    // Measured 366 of 491 agreeing, 48 differing (the session-start code 365 of 489, 49; 362 of 482 on the 1,839 pages
    // before the sixteenth session's batches).
    expect(all.jobs.agrees.length / all.jobs.labelled).toBeGreaterThanOrEqual(0.74);
    expect(all.jobs.differs.length / all.jobs.labelled).toBeLessThanOrEqual(0.11);
  });
});

describe('pages the model learned from', () => {
  it('real train split: no regression, and another company\'s figures on no more pages than measured', () => {
    const f = figures(runPages(loadReal('train')));
    expect(f.precision).toBeGreaterThanOrEqual(0.90);
    // Measured 0.909 / 0.839 and 1,329 of 1,445 right (0.920) on 4,367 pages.
    expect(f.recall).toBeGreaterThanOrEqual(0.83);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.90);
    // One page that reports two companies' own cuts, labelled with one ("La Société Générale et BNP Paribas ont annoncé
    // des suppressions de postes", where BNP Paribas announces its own 1,200 too); six detector false positives showing
    // the page's own company: a roundup of AI and jobs read as Coinbase's cut, Foxconn's no-layoff pledge, Lloyds hiring
    // 300 AI experts, WPP's new chief's review, Amazon's workforce bet, a rumour of Microsoft's January 2026 cuts.
    expect(f.foreign).toBeLessThanOrEqual(7);
    // The cut's size the panel would show, against the labeller's words for it: measured 980 of 1,338 agreeing, 126
    // differing (most from another sentence of the story: an earlier round, a total, a part), 10 said where the
    // labeller gives none.
    expect(f.jobs.agrees.length / f.jobs.labelled).toBeGreaterThanOrEqual(0.73);
    expect(f.jobs.differs.length / f.jobs.labelled).toBeLessThanOrEqual(0.10);
  }, 120_000);
  it('hand-written sets: no regression', () => {
    const f = figures(runPages(loadHandWritten()));
    // Measured 0.902 / 0.871, 189 of 196 right; one false positive shows the page's own company (IBM hiring for AI).
    expect(f.precision).toBeGreaterThanOrEqual(0.89);
    expect(f.recall).toBeGreaterThanOrEqual(0.86);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.95);
    expect(f.foreign).toBeLessThanOrEqual(1);
  }, 120_000);
});
