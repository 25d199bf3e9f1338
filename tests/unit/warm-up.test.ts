// The background's warm-up story (lib/ext/warm-up.ts) must take the whole way a flagged story
// takes, counterpoint included, or it leaves that code cold for the reader's first article.
import { describe, expect, it } from 'vitest';
import { WARM_UP_HEADLINES, WARM_UP_STORY } from '../../lib/ext/warm-up';
import { buildPageResult } from '../../lib/page-result';

describe('WARM_UP_STORY', () => {
  it('is flagged, with the cutting company found and its figures built', () => {
    const result = buildPageResult(WARM_UP_STORY);
    expect(result.analysis.label).toBe('ai_layoff');
    expect(result.analysis.companies[0]?.role).toBe('cutting');
    expect(result.views.length).toBeGreaterThan(0);
    expect(result.analysis.jobs?.count).toBe(14_000);
  });

  it('has a headline in each other language the detector reads, each read in its language', () => {
    expect(WARM_UP_HEADLINES.map((page) => buildPageResult(page).analysis.lang)).toEqual(['de', 'fr', 'es', 'nl', 'it', 'pt']);
  });
});
