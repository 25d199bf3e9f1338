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
    // Measured 0.828 / 0.755, not in English recall 0.742 (1,929 pages; the session-start code 0.822 / 0.768, 0.757:
    // the seventeenth session's model chose an AI threshold of 0.50 where the one before chose 0.45).
    expect(all.precision).toBeGreaterThanOrEqual(0.82);
    expect(all.recall).toBeGreaterThanOrEqual(0.75);
    expect(other.recall).toBeGreaterThanOrEqual(0.74);
  });
  it('names the company cutting on the AI-layoff pages it finds', () => {
    // 0.871 measured (467 of 536, 20 wrong; the session-start code 472 of 545, 19 wrong).
    expect(all.rightCutter).toBeGreaterThanOrEqual(0.86);
  });
  it('shows another company\'s figures on no more pages than measured', () => {
    // Measured 10 of 1,929 with the committed model (9 with the session-start code on the same pages): the README says so.
    expect(all.foreign).toBeLessThanOrEqual(10);
  });
  it('shows the cut\'s size as the labeller read it on most AI-layoff pages it finds', () => {
    // Measured 378 of 499 agreeing, 52 differing (the session-start code 376 of 505, 50; 366 of 491 on the 1,868 pages
    // before the seventeenth session's batches).
    expect(all.jobs.agrees.length / all.jobs.labelled).toBeGreaterThanOrEqual(0.75);
    expect(all.jobs.differs.length / all.jobs.labelled).toBeLessThanOrEqual(0.11);
  });
});

describe('pages the model learned from', () => {
  it('real train split: no regression, and another company\'s figures on no more pages than measured', () => {
    const f = figures(runPages(loadReal('train')));
    expect(f.precision).toBeGreaterThanOrEqual(0.91);
    // Measured 0.916 / 0.833 and 1,367 of 1,492 right (0.916) on 4,530 pages.
    expect(f.recall).toBeGreaterThanOrEqual(0.83);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.90);
    // One page that reports two companies' own cuts, labelled with one ("La Société Générale et BNP Paribas ont annoncé
    // des suppressions de postes", where BNP Paribas announces its own 1,200 too); five detector false positives showing
    // the page's own company: a roundup of AI and jobs read as Coinbase's cut, Foxconn's no-layoff pledge, Lloyds hiring
    // 300 AI experts, WPP's new chief's review, Amazon's workforce bet; two stories of a cut at Covalen, a contractor
    // no list knows, read as its client Meta's.
    expect(f.foreign).toBeLessThanOrEqual(8);
    // The cut's size the panel would show, against the labeller's words for it: measured 1,017 of 1,379 agreeing, 134
    // differing (most from another sentence of the story: an earlier round, a total, a part), 11 said where the
    // labeller gives none.
    expect(f.jobs.agrees.length / f.jobs.labelled).toBeGreaterThanOrEqual(0.73);
    expect(f.jobs.differs.length / f.jobs.labelled).toBeLessThanOrEqual(0.10);
  }, 120_000);
  it('hand-written sets: no regression', () => {
    const f = figures(runPages(loadHandWritten()));
    // Measured 0.905 / 0.871, 188 of 194 right; one false positive shows the page's own company (IBM hiring for AI).
    expect(f.precision).toBeGreaterThanOrEqual(0.89);
    expect(f.recall).toBeGreaterThanOrEqual(0.86);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.95);
    expect(f.foreign).toBeLessThanOrEqual(1);
  }, 120_000);
});
