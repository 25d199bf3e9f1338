// Whether the cut's size the sidebar would show agrees with the labeller's words for it
// ("fewer than 4,000 roles"): the count when the story gives one, else the share.
import { statedNumbers } from '../detect/jobs';
import type { JobsFact } from '../detect/types';

export type JobsAgreement = 'agrees' | 'differs' | 'none';

const close = (a: number, b: number) => Math.abs(a - b) < 0.005;

/** Null where the labeller gave no size (see `saidWithout`). */
export function jobsAgreement(said: JobsFact | null, labelled: string | null): JobsAgreement | null {
  if (!labelled) return null;
  if (!said || (said.count === null && said.share === null)) return 'none';
  const { counts, shares } = statedNumbers(labelled);
  if (said.count !== null) return counts.includes(said.count) || (said.max !== undefined && counts.includes(said.max)) ? 'agrees' : 'differs';
  return shares.some((s) => close(s, said.share!)) ? 'agrees' : 'differs';
}
