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
    // Measured 0.822 / 0.761, not in English recall 0.760 (1,981 pages; the session-start code 0.831 / 0.745, 0.739).
    expect(all.precision).toBeGreaterThanOrEqual(0.82);
    expect(all.recall).toBeGreaterThanOrEqual(0.75);
    expect(other.recall).toBeGreaterThanOrEqual(0.74);
  });
  it('names the company cutting on the AI-layoff pages it finds', () => {
    // 0.862 measured (480 of 557, 21 wrong; the session-start code 474 of 545, 21 wrong).
    expect(all.rightCutter).toBeGreaterThanOrEqual(0.86);
  });
  it('shows another company\'s figures on no more pages than measured', () => {
    // Measured 10 of 1,981 with the committed model (10 with the session-start code on the same pages): the README says so.
    expect(all.foreign).toBeLessThanOrEqual(10);
  });
  it('shows the right company, with its figures or an honest panel, on the AI-layoff stories as a reader meets them', () => {
    // Measured 321 of 732 with the right company's own figures, 153 more with an honest panel naming it (the
    // session-start code 315 and 153).
    expect(all.reader.figures / all.reader.stories).toBeGreaterThanOrEqual(0.43);
    expect((all.reader.figures + all.reader.honest) / all.reader.stories).toBeGreaterThanOrEqual(0.64);
  });
  it('shows the cut\'s size as the labeller read it on most AI-layoff pages it finds', () => {
    // Measured 395 of 519 agreeing, 53 differing (the session-start code 386 of 508, 53).
    expect(all.jobs.agrees.length / all.jobs.labelled).toBeGreaterThanOrEqual(0.75);
    expect(all.jobs.differs.length / all.jobs.labelled).toBeLessThanOrEqual(0.11);
  });
});

describe('pages the model learned from', () => {
  it('real train split: no regression, and another company\'s figures on no more pages than measured', () => {
    const f = figures(runPages(loadReal('train')));
    expect(f.precision).toBeGreaterThanOrEqual(0.90);
    // Measured 0.906 / 0.830 and 1,408 of 1,541 right (0.914) on 4,674 pages (0.916 / 0.833 on the 4,530 before the
    // eighteenth session's batches, many of whose cuts are tied to automation without a word of AI).
    expect(f.recall).toBeGreaterThanOrEqual(0.82);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.90);
    // One page that reports two companies' own cuts, labelled with one ("La Société Générale et BNP Paribas ont annoncé
    // des suppressions de postes", where BNP Paribas announces its own 1,200 too); one of General Motors cutting half of
    // Cruise's staff, labelled Cruise's; six detector false positives showing the page's own company: a roundup of AI
    // and jobs read as Coinbase's cut, Foxconn's no-layoff pledge, Lloyds hiring 300 AI experts, WPP's new chief's
    // review, Amazon's workforce bet, a Microsoft rumour.
    expect(f.foreign).toBeLessThanOrEqual(8);
    // The cut's size the panel would show, against the labeller's words for it: measured 1,052 of 1,429 agreeing, 138
    // differing (most from another sentence of the story: an earlier round, a total, a part), 11 said where the
    // labeller gives none.
    expect(f.jobs.agrees.length / f.jobs.labelled).toBeGreaterThanOrEqual(0.73);
    expect(f.jobs.differs.length / f.jobs.labelled).toBeLessThanOrEqual(0.10);
  }, 120_000);
  it('hand-written sets: no regression', () => {
    const f = figures(runPages(loadHandWritten()));
    // Measured 0.885 / 0.878, 189 of 196 right; one false positive shows the page's own company (IBM hiring for AI).
    expect(f.precision).toBeGreaterThanOrEqual(0.88);
    expect(f.recall).toBeGreaterThanOrEqual(0.86);
    expect(f.rightCutter).toBeGreaterThanOrEqual(0.95);
    expect(f.foreign).toBeLessThanOrEqual(1);
  }, 120_000);
});
