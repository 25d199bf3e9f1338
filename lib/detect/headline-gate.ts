// The first, cheapest gate in the browser: a story whose main subject is job cuts blamed on AI
// says so in its headline (job cuts, jobs, restructuring, or AI itself, in any language we read),
// or names job cuts in its opening lines (releases often lead with targets, then the cuts).
// Filings are the exception: their titles are form numbers, so EDGAR pages always pass.
import { gateHits, jobCutsIn } from './prefilter';

const FILING_URL = /^https?:\/\/(?:www\.)?sec\.gov\//i;

/** Every gate's words (job cuts, cut verbs, jobs, AI, restructuring, a filing's marks) count in a
 * headline; in the opening, job cuts or a filing's marks. */
export function headlineMayQualify(headline: string, url: string, lead = ''): boolean {
  if (FILING_URL.test(url) || gateHits(headline).size > 0) return true;
  const opening = gateHits(lead);
  return opening.has('filing') || jobCutsIn(opening);
}
