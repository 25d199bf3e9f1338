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
    expect(all.precision).toBeGreaterThanOrEqual(0.80);
    expect(all.recall).toBeGreaterThanOrEqual(0.73);
    expect(other.recall).toBeGreaterThanOrEqual(0.69);
  });
  it('names the company cutting on the AI-layoff pages it finds', () => {
    expect(all.rightCutter).toBeGreaterThanOrEqual(0.85);
  });
  it('shows another company\'s figures on no more pages than measured', () => {
    expect(all.foreign).toBeLessThanOrEqual(3);
  });
});

describe('pages the model learned from', () => {
  it('real train split: no regression, and another company\'s figures only where the page reports both companies cutting', () => {
    const f = figures(runPages(loadReal('train')));
    expect(f.precision).toBeGreaterThanOrEqual(0.90);
    expect(f.recall).toBeGreaterThanOrEqual(0.84);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.88);
    // Two pages that report two companies' own cuts, labelled with one: a headline about UPS's cut whose
    // opening reports Amazon's own 30,000 (labelled UPS), and "AT&T and Verizon cut jobs another 6%" (labelled AT&T).
    // A third since SAP has figures: an interview in which SAP's technology chief says AI will change jobs rather
    // than end them (labelled ai_no_layoff), which the detector reads as SAP's AI layoff: SAP's own figures, on a
    // page about SAP, where none should show. A detector false positive, not another company's figures.
    expect(f.foreign).toBeLessThanOrEqual(3);
  }, 120_000);
  it('hand-written sets: no regression', () => {
    const f = figures(runPages(loadHandWritten()));
    expect(f.precision).toBeGreaterThanOrEqual(0.88);
    expect(f.recall).toBeGreaterThanOrEqual(0.82);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.94);
    expect(f.foreign).toBeLessThanOrEqual(1);
  }, 120_000);
});
