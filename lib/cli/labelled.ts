// The labelled pages the classifier learns from and is measured on: the real published pages
// (tests/fixtures/real, train and blind splits) and the older hand-written sets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFromFile, pageFromJson, type PageInput } from '../page';
import { getCompany } from '../data';
import type { Label } from '../detect/types';

export interface Labelled {
  /** "real/train/en-reuters-…", "corpus/amazon-….html" */
  id: string;
  page: PageInput;
  label: Label;
  lang: string;
  genre: string;
  /** The employer doing the cutting, as the labeller named it (real pages only). */
  cutter: string | null;
  /** Companies the labeller says are only mentioned (real pages only). */
  mentioned: string[];
  /** The cut as the labeller read it in the page's words ("fewer than 4,000 roles"); null when the page gives no size or for hand-written pages. */
  jobs: string | null;
  /** Written by us (the older sets) rather than published by others. */
  handWritten: boolean;
}

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');

export const HAND_WRITTEN_SETS = [
  'corpus', 'holdout', 'blind-c', 'blind-d', 'blind-e', 'blind-f', 'blind-g', 'blind-h', 'blind-i', 'blind-j', 'blind-k',
];

interface RealRecord {
  url: string;
  title: string;
  text: string;
  lang: string;
  site: string | null;
  published: string | null;
  genre: string;
  label: Label;
  cutter: string | null;
  mentioned: string[];
  jobs: string | null;
}

export function loadReal(split: 'train' | 'blind'): Labelled[] {
  const dir = join(FIXTURES, 'real', split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const r = JSON.parse(readFileSync(join(dir, f), 'utf8')) as RealRecord;
      return {
        id: `real/${split}/${f.replace(/\.json$/, '')}`,
        page: pageFromJson({ url: r.url, title: r.title, text: r.text, lang: r.lang, site: r.site ?? undefined, published: r.published ?? undefined }),
        label: r.label,
        lang: r.lang,
        genre: r.genre,
        cutter: r.cutter,
        mentioned: r.mentioned,
        jobs: r.jobs,
        handWritten: false,
      };
    });
}

interface HandEntry {
  file: string;
  label: Label;
  lang?: string;
  kind?: string;
  /** Dataset ids, the company cutting first. */
  companies?: string[];
}

export function loadHandWritten(): Labelled[] {
  return HAND_WRITTEN_SETS.flatMap((set) => {
    const dir = join(FIXTURES, set);
    const entries = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as HandEntry[];
    return entries.map((e) => ({
      id: `${set}/${e.file}`,
      page: pageFromFile(e.file, readFileSync(join(dir, e.file), 'utf8')),
      label: e.label,
      lang: e.lang ?? 'en',
      genre: e.kind ?? 'news',
      // The sets name companies by dataset id, the one cutting first (when the dataset has it).
      cutter: (e.label === 'ai_layoff' || e.label === 'layoff_not_ai') && e.companies?.[0] ? (getCompany(e.companies[0])?.short ?? null) : null,
      mentioned: [],
      jobs: null,
      handWritten: true,
    }));
  });
}
