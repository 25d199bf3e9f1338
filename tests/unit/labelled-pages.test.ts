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
    // Measured 0.835 / 0.756, not in English recall 0.732 (1,461 pages; the session-start code 0.827 / 0.756).
    expect(all.precision).toBeGreaterThanOrEqual(0.82);
    expect(all.recall).toBeGreaterThanOrEqual(0.75);
    expect(other.recall).toBeGreaterThanOrEqual(0.72);
  });
  it('names the company cutting on the AI-layoff pages it finds', () => {
    // 0.839 measured (344 of 410, 14 wrong; the session-start code 342 of 410, 18 wrong).
    expect(all.rightCutter).toBeGreaterThanOrEqual(0.83);
  });
  it('shows another company\'s figures on no more pages than measured', () => {
    // Measured 6 of 1,461 with the committed model (7 with the session-start code on the same pages): the README says so.
    expect(all.foreign).toBeLessThanOrEqual(6);
  });
});

describe('pages the model learned from', () => {
  it('real train split: no regression, and another company\'s figures only where the page reports both companies cutting', () => {
    const f = figures(runPages(loadReal('train')));
    expect(f.precision).toBeGreaterThanOrEqual(0.91);
    // Measured 0.926 / 0.860 and 1,048 of 1,165 right (the 355 pages added in the eleventh session hold harder cases).
    expect(f.recall).toBeGreaterThanOrEqual(0.85);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.89);
    // Three pages that report two companies' own cuts, labelled with one: a headline about UPS's cut whose opening
    // reports Amazon's own 30,000 (labelled UPS); "La Société Générale et BNP Paribas ont annoncé des suppressions
    // de postes", where BNP Paribas announces its own 1,200 too; JPMorgan's AI-linked hiring restraint beside Goldman
    // Sachs' layoffs (labelled JPMorgan, Goldman's figures shown). One a detector false positive, a roundup of AI and
    // jobs (labelled ai_no_layoff) read as Coinbase's cut.
    expect(f.foreign).toBeLessThanOrEqual(4);
  }, 120_000);
  it('hand-written sets: no regression', () => {
    const f = figures(runPages(loadHandWritten()));
    expect(f.precision).toBeGreaterThanOrEqual(0.89);
    expect(f.recall).toBeGreaterThanOrEqual(0.86);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.95);
    expect(f.foreign).toBeLessThanOrEqual(1);
  }, 120_000);
});
