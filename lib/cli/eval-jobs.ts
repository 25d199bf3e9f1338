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
  const shareAgrees = said.share !== null && shares.some((s) => close(s, said.share!));
  // Words that give only a share are checked on the share ("40% van het personeel" for "4.000 ontslagen; 40%").
  if (said.count === null || (!counts.length && shareAgrees)) return shareAgrees ? 'agrees' : 'differs';
  // A fall is shown as its difference ("von 5000 auf 3800" is 1,200 jobs).
  const falls = counts.flatMap((a, i) => counts.slice(i + 1).map((b) => a - b)).filter((d) => d > 0);
  return [...counts, ...falls].includes(said.count) || (said.max !== undefined && counts.includes(said.max)) ? 'agrees' : 'differs';
}
