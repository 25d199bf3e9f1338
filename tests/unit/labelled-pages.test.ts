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
    // Measured 0.820 / 0.774, not in English recall 0.743 (1,537 pages; the session-start code 0.826 / 0.749).
    expect(all.precision).toBeGreaterThanOrEqual(0.81);
    expect(all.recall).toBeGreaterThanOrEqual(0.76);
    expect(other.recall).toBeGreaterThanOrEqual(0.73);
  });
  it('names the company cutting on the AI-layoff pages it finds', () => {
    // 0.816 measured (360 of 441, 17 wrong; the session-start code 354 of 427, 17 wrong).
    expect(all.rightCutter).toBeGreaterThanOrEqual(0.81);
  });
  it('shows another company\'s figures on no more pages than measured', () => {
    // Measured 7 of 1,537 with the committed model (6 with the session-start code on the same pages): the README says so.
    expect(all.foreign).toBeLessThanOrEqual(7);
  });
  it('shows the cut\'s size as the labeller read it on most AI-layoff pages it finds', () => {
    // Measured 306 of 409 agreeing, 50 differing (the session-start code 290 of 398, 54).
    expect(all.jobs.agrees.length / all.jobs.labelled).toBeGreaterThanOrEqual(0.73);
    expect(all.jobs.differs.length / all.jobs.labelled).toBeLessThanOrEqual(0.13);
  });
});

describe('pages the model learned from', () => {
  it('real train split: no regression, and another company\'s figures on no more pages than measured', () => {
    const f = figures(runPages(loadReal('train')));
    expect(f.precision).toBeGreaterThanOrEqual(0.90);
    // Measured 0.909 / 0.861 and 1,094 of 1,234 right (the model's thresholds 0.65/0.45 take more borderline pages).
    expect(f.recall).toBeGreaterThanOrEqual(0.85);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.88);
    // One page that reports two companies' own cuts, labelled with one ("La Société Générale et BNP Paribas ont annoncé
    // des suppressions de postes", where BNP Paribas announces its own 1,200 too); two detector false positives showing
    // the page's own company: a roundup of AI and jobs read as Coinbase's cut, Foxconn's no-layoff pledge.
    expect(f.foreign).toBeLessThanOrEqual(3);
    // The cut's size the panel would show, against the labeller's words for it: measured 838 of 1,141 agreeing, 126
    // differing (most from another sentence of the story: an earlier round, a total, a part), 11 said where the
    // labeller gives none.
    expect(f.jobs.agrees.length / f.jobs.labelled).toBeGreaterThanOrEqual(0.72);
    expect(f.jobs.differs.length / f.jobs.labelled).toBeLessThanOrEqual(0.12);
  }, 120_000);
  it('hand-written sets: no regression', () => {
    const f = figures(runPages(loadHandWritten()));
    // Measured 0.885 / 0.875, 184 of 192 right; two false positives show the page's own company (IBM hiring for AI,
    // Salesforce's Agentforce history).
    expect(f.precision).toBeGreaterThanOrEqual(0.88);
    expect(f.recall).toBeGreaterThanOrEqual(0.87);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.95);
    expect(f.foreign).toBeLessThanOrEqual(2);
  }, 120_000);
});
