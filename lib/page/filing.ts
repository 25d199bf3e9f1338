// An EDGAR filing's cover page names the form, the registrant and the date of report; its first
// line ("UNITED STATES SECURITIES AND EXCHANGE COMMISSION") is no headline. A filing's title and
// date come from the cover instead, so the main company is in the title as on any other page, and
// its text starts at its first item.
import type { PageInput } from './types';

const FORM = /\bFORM\s+(8-K|10-K|10-Q|6-K)\b/;
/** An 8-K's first item heading ("Item 2.05. Costs Associated with Exit or Disposal Activities."): what the
 * filing says starts there, after the cover page's boilerplate. */
const FIRST_ITEM = /^[ \t]*Item\s+\d\.\d{2}\b/im;
const REPORT_DATE = /Date of Report[^:\n]{0,80}:\s*([A-Z][a-z]+\.? \d{1,2}, \d{4})/i;

export function withFilingCover(page: PageInput): PageInput {
  if (page.kind !== 'filing') return page;
  const cover = page.text.slice(0, 5_000);
  const form = FORM.exec(cover)?.[1];
  const registrant = registrantOf(cover);
  const reported = REPORT_DATE.exec(cover)?.[1];
  const reportedTime = reported ? Date.parse(`${reported} UTC`) : NaN;
  // The filing is read from its first item, so that its opening is what it reports, not the cover.
  const item = cover.search(FIRST_ITEM);
  return {
    ...page,
    text: item > 0 ? page.text.slice(item) : page.text,
    title: registrant ? `Form ${form ?? '8-K'}: ${registrant}` : page.title,
    published: page.published ?? (Number.isNaN(reportedTime) ? undefined : new Date(reportedTime).toISOString().slice(0, 10)),
  };
}

/** The name printed just above "(Exact name of registrant ...)": its own line, or, where the cover's
 * lines were run together, the capitalised words right before it. */
function registrantOf(cover: string): string | undefined {
  const at = cover.search(/\(Exact name of/i);
  if (at < 0) return undefined;
  const line = cover.slice(Math.max(0, at - 200), at).trimEnd().split('\n').pop()!.trim();
  const words = line.split(/\s+/);
  if (words.length <= 8) return line || undefined;
  let start = words.length;
  while (start > 0 && /[A-Z]/.test(words[start - 1]!) && !/[a-z]/.test(words[start - 1]!)) start--;
  return words.slice(start).join(' ') || undefined;
}
