// Whether the cut's size the sidebar would show agrees with the labeller's words for it.
import { describe, expect, it } from 'vitest';
import { jobsAgreement } from '../../lib/cli/eval-jobs';
import type { JobsFact } from '../../lib/detect/types';

const fact = (count: number | null, share: number | null = null, max?: number): JobsFact =>
  ({ count, share, bound: 'exact', text: '', ...(max ? { max } : {}) });

describe('jobsAgreement', () => {
  it('compares the count when the story gives one, else the share', () => {
    expect(jobsAgreement(fact(4000), 'fewer than 4,000 roles')).toBe('agrees');
    expect(jobsAgreement(fact(4000), '9,000 jobs')).toBe('differs');
    expect(jobsAgreement(fact(null, 0.15), 'about 15% of its workforce')).toBe('agrees');
    expect(jobsAgreement(fact(600, null, 1000), 'approximately 600-1,000 people')).toBe('agrees');
    expect(jobsAgreement(null, '4,000 jobs')).toBe('none');
    expect(jobsAgreement(fact(4000), null)).toBeNull();
  });
  it('takes a fall the labeller wrote as its two ends', () => {
    expect(jobsAgreement(fact(1200), 'von 5000 auf 3800')).toBe('agrees');
    expect(jobsAgreement(fact(5000), 'from 45,000 to 40,000 employees')).toBe('agrees');
    expect(jobsAgreement(fact(1300), 'von 5000 auf 3800')).toBe('differs');
  });
  it('checks the share where the labeller gave only a share', () => {
    expect(jobsAgreement(fact(4000, 0.4), '40% van het personeel')).toBe('agrees');
    expect(jobsAgreement(fact(4000, 0.3), '40% van het personeel')).toBe('differs');
    expect(jobsAgreement(fact(4000, 0.4), '3,000 jobs, or 40%')).toBe('differs');
  });
});
