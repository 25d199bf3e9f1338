// What the options page says about the bundled data: how many companies and figures, and when
// the figures were read from their sources. Built with the dataset into summary.json, so the
// options page does not ship the whole dataset to count it.
import type { Dataset } from './types';

export interface DataSummary {
  companies: number;
  figures: number;
  /** Earliest and latest retrieval dates (ISO), or null without figures. */
  readFrom: string | null;
  readTo: string | null;
}

export function summarizeDataset(dataset: Dataset): DataSummary {
  const dates = dataset.companies.flatMap((c) => c.figures.map((f) => f.source.retrieved)).filter(Boolean).sort();
  return {
    companies: dataset.companies.length,
    figures: dataset.companies.reduce((sum, c) => sum + c.figures.length, 0),
    readFrom: dates[0] ?? null,
    readTo: dates.at(-1) ?? null,
  };
}
