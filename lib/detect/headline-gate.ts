// The first, cheapest gate in the browser: a story whose main subject is job cuts blamed on AI
// says so in its headline (job cuts, jobs, restructuring, or AI itself, in any language we read),
// or names job cuts in its opening lines (releases often lead with targets, then the cuts).
// Filings are the exception: their titles are form numbers, so EDGAR pages always pass.
import { gateHits, mentionsJobCuts } from './prefilter';

const FILING_URL = /^https?:\/\/(?:www\.)?sec\.gov\//i;

/** Every gate's words (job cuts, cut verbs, jobs, AI, restructuring) count in a headline. */
export function headlineMayQualify(headline: string, url: string, lead = ''): boolean {
  return FILING_URL.test(url) || gateHits(headline).size > 0 || mentionsJobCuts(lead);
}
