// A company's layoffs on record, before and after the story being read.
import { describe, expect, it } from 'vitest';
import { aroundStory, HISTORY_SHOWN, storyHistory } from '../../lib/math/story-history';

const rows = [
  { date: '2026-01-28', jobs: 16_000 },
  { date: '2025-10-27', jobs: 14_000 },
  { date: '2025-07', jobs: null },
  { date: '2023-01-18', jobs: 18_000 },
];

describe('aroundStory', () => {
  it('splits the rows at the story, leaving out the story\'s own cut reported within a week of its date', () => {
    expect(aroundStory(rows, '2025-10-28')).toEqual({
      earlier: [{ date: '2025-07', jobs: null }, { date: '2023-01-18', jobs: 18_000 }],
      later: [{ date: '2026-01-28', jobs: 16_000 }],
    });
  });
  it('reads a story dated by its month as the whole month', () => {
    expect(aroundStory(rows, '2025-10').earlier.map((r) => r.date)).toEqual(['2025-07', '2023-01-18']);
    expect(aroundStory(rows, '2026-01').later).toEqual([]);
  });
  it('counts every row as earlier without a story date, and a row without a readable date as earlier', () => {
    expect(aroundStory(rows, null)).toEqual({ earlier: rows, later: [] });
    expect(aroundStory(rows, 'soon')).toEqual({ earlier: rows, later: [] });
    expect(aroundStory([{ date: '' }], '2025-10-28')).toEqual({ earlier: [{ date: '' }], later: [] });
  });
});

describe('storyHistory', () => {
  it('lists a panel\'s rows newest first, whatever order they come in, and at most a few on each side of the story', () => {
    const shuffled = [rows[2]!, rows[0]!, rows[3]!, rows[1]!];
    expect(storyHistory(shuffled, '2025-10-28')).toEqual(aroundStory(rows, '2025-10-28'));
    const many = Array.from({ length: 2 * HISTORY_SHOWN + 2 }, (_, i) => ({ date: `${2010 + i}-03-01` }));
    const { earlier, later } = storyHistory(many, '2013-06-01');
    expect(earlier.map((r) => r.date)).toEqual(['2013-03-01', '2012-03-01', '2011-03-01', '2010-03-01']);
    expect(later).toHaveLength(HISTORY_SHOWN);
    expect(later[0]!.date).toBe(`${2010 + 2 * HISTORY_SHOWN + 1}-03-01`);
  });
});
