import { describe, expect, it } from 'vitest';
import { CREDIT_OPENINGS, isCreditLine } from '../../lib/page/credit-lines';

describe('credit lines', () => {
  it.each(CREDIT_OPENINGS)('knows "$opening" by its example', ({ opening, example }) => {
    expect(example.toLowerCase().startsWith(opening)).toBe(true);
    expect(isCreditLine(example)).toBe(true);
  });

  it('knows the US closing line and a credit in brackets', () => {
    expect(isCreditLine('Ana Lima in São Paulo contributed to this report.')).toBe(true);
    expect(isCreditLine('(Reporting by Jane Doe; Editing by John Roe)')).toBe(true);
  });

  it('leaves the story alone', () => {
    expect(isCreditLine('Amazon said on Tuesday it would cut 14,000 jobs, with input from its AI teams.')).toBe(false);
    expect(isCreditLine(`Reporting by the company showed ${'a long paragraph of the story itself '.repeat(10)}`)).toBe(false);
    expect(isCreditLine('')).toBe(false);
  });
});
