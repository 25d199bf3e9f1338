// The job concept's one-word entries in every language, as one pattern ("Stellen", "*stellen",
// "workers"): for readers that need a staff noun without knowing the page's language.
import { escapeRegExp } from '../../escape-regexp';
import job from './job';

export const STAFF_WORDS: string = job.entries
  .filter((e) => !/[\s=]/.test(e.phrase))
  .map((e) => escapeRegExp(e.phrase).replace(/\\\*/g, '\\p{L}*'))
  .join('|');
