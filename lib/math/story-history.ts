// A company's layoffs on record, set against the story being read: those before it, and those after it (a reader
// of an October 2025 story in 2026 sees January 2026's cut under its own heading, not as an "earlier" one). A row
// within a week of the story's date is the story's own cut, which the panel already states.

/** How many reported layoffs a panel lists on each side of the story. */
export const HISTORY_SHOWN = 8;

/** Days either side of the story's date within which a tracker row is the story's own cut reported again. */
export const SAME_EVENT_DAYS = 7;

const DAY_MS = 86_400_000;

/** The first and last day a date names ("2025-10-28", or a month "2025-10"), in ms; null if it names none. */
function span(date: string): [number, number] | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const year = Number(m[1]), month = Number(m[2]) - 1;
  if (month < 0 || month > 11) return null;
  if (m[3]) {
    const day = Date.UTC(year, month, Number(m[3]));
    return Number.isNaN(day) ? null : [day, day];
  }
  return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1) - DAY_MS];
}

/** Rows before and after the story, each in the order given; with no story date (or a row without a readable
 * one), every row counts as earlier, as before. */
export function aroundStory<T extends { date: string }>(rows: readonly T[], storyDate: string | null | undefined): { earlier: T[]; later: T[] } {
  const story = storyDate ? span(storyDate) : null;
  if (!story) return { earlier: [...rows], later: [] };
  const from = story[0] - SAME_EVENT_DAYS * DAY_MS, to = story[1] + SAME_EVENT_DAYS * DAY_MS;
  const earlier: T[] = [], later: T[] = [];
  for (const row of rows) {
    const at = span(row.date);
    if (!at || at[1] < from) earlier.push(row);
    else if (at[0] > to) later.push(row);
  }
  return { earlier, later };
}

/** A company's reported layoffs as a panel lists them: newest first, split at the story, at most HISTORY_SHOWN on each side. */
export function storyHistory<T extends { date: string }>(rows: readonly T[], storyDate: string | null | undefined): { earlier: T[]; later: T[] } {
  const { earlier, later } = aroundStory([...rows].sort((a, b) => b.date.localeCompare(a.date)), storyDate);
  return { earlier: earlier.slice(0, HISTORY_SHOWN), later: later.slice(0, HISTORY_SHOWN) };
}
