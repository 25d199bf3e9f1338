// The date the cuts were announced, when a sentence states it ("on Oct. 28", "January 22, 2025",
// "2025-10-28"). A bare weekday ("on Tuesday") resolves against the page's publication date.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_DAY =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(20\d\d))?\b/;
const ISO = /\b(20\d\d)-(\d\d)-(\d\d)\b/;
const WEEKDAY = /\b(?:on|last|this)\s(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;

const pad = (n: number): string => String(n).padStart(2, '0');

function fromSentence(s: string, published: Date | null): string | null {
  const iso = ISO.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const md = MONTH_DAY.exec(s);
  if (md) {
    const month = MONTHS.indexOf(md[1]!.slice(0, 3).toLowerCase()) + 1;
    const year = md[3] ? Number(md[3]) : published?.getUTCFullYear();
    if (!year) return null;
    return `${year}-${pad(month)}-${pad(Number(md[2]))}`;
  }
  const wd = WEEKDAY.exec(s);
  if (wd && published) {
    const back = (published.getUTCDay() - WEEKDAYS.indexOf(wd[1]!.toLowerCase()) + 7) % 7;
    const d = new Date(published.getTime() - back * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  return null;
}

/** First date stated in the given sentences, else null. */
export function extractDate(sentences: string[], published?: string): string | null {
  const pub = published && !Number.isNaN(Date.parse(published)) ? new Date(published) : null;
  for (const s of sentences) {
    const d = fromSentence(s, pub);
    if (d) return d;
  }
  return null;
}
