// A small company view and a flagged page for the UI tests of the share card and the languages.
import type { Source } from '../../lib/data/types';
import type { CompanyView, CounterpointLine } from '../../lib/math/types';
import type { PageResult } from '../../lib/messages';

export const tenK: Source = { url: 'https://www.sec.gov/acme-10k', kind: '10-K', retrieved: '2026-11-01', snippet: 'Net income was $4.1 billion.' };

function reported(id: string, label: string, value: number): CounterpointLine {
  return {
    id,
    kind: 'reported',
    label: `${label} in FY2024`,
    value,
    format: 'currency',
    currency: 'USD',
    inputs: [{ label, period: 'FY2024', value, unit: 'USD', source: tenK }],
  };
}

export const acme: CompanyView = {
  id: 'acme',
  name: 'Acme Corp',
  ceo: 'Jane Doe',
  layoff: { jobs: 14000, share: 0.04, announced: '2025-10-28', ai_link_kind: 'executive', source: tenK },
  lines: [reported('revenue', 'Revenue', 100e9), reported('net-income', 'Net income', 4.1e9)],
  charts: [],
  unknown: ['buybacks'],
  hasData: true,
};

export function flagged(views: CompanyView[]): PageResult {
  return {
    analysis: {
      label: 'ai_layoff',
      score: 0.9,
      kind: 'news',
      companies: [],
      jobs: { count: 14000, bound: 'exact', share: null, text: '14,000' },
      attributedBy: 'executive',
      denial: null,
      date: '2025-10-28',
      evidence: ['Acme will cut 14,000 jobs as AI takes over.'],
      reasons: ['cuts_in_headline'],
    },
    views,
  };
}
