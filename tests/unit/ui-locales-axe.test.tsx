// @vitest-environment happy-dom
// The sidebar in every UI language: axe finds nothing (colour contrast needs real layout and is
// checked in the browsers, in German and French), and no visible text is left empty.
import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { Source } from '../../lib/data/types';
import { UI_LANGUAGES } from '../../lib/locales';
import type { CompanyView } from '../../lib/math/types';
import { translateFrom, type Messages } from '../../lib/ui/i18n';
import { mountSidebar } from '../../lib/ui/sidebar';

const source: Source = { url: 'https://www.sec.gov/acme-10k', kind: '10-K', retrieved: '2026-11-01', snippet: 'Revenue was $100 billion.' };
const view: CompanyView = {
  id: 'acme',
  name: 'Acme Corp',
  ceo: 'Jane Doe',
  layoff: { jobs: 14000, share: 0.04, announced: '2025-10-28', ai_link_kind: 'executive', source },
  lines: [
    {
      id: 'revenue',
      kind: 'reported',
      label: 'Revenue in FY2024',
      value: 100e9,
      format: 'currency',
      currency: 'USD',
      inputs: [{ label: 'revenue', period: 'FY2024', value: 100e9, unit: 'USD', source }],
    },
  ],
  charts: [],
  unknown: ['buybacks'],
  hasData: true,
};

describe.each([...UI_LANGUAGES])('the sidebar in %s', (lang) => {
  it('has no axe violations and no empty button or heading', async () => {
    const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
    const container = document.createElement('div');
    container.lang = lang;
    document.body.append(container);
    const handle = mountSidebar(container, {
      result: {
        analysis: {
          label: 'ai_layoff',
          score: 0.9,
          kind: 'news',
          companies: [],
          jobs: { count: 14000, share: null, text: '14,000' },
          attributedBy: 'executive',
          denial: null,
          date: '2025-10-28',
          evidence: ['Acme will cut 14,000 jobs as AI takes over.'],
          reasons: ['headline is about job cuts'],
        },
        views: [view],
      },
      t: translateFrom(messages),
      locale: lang,
      autoOpen: true,
      onEvidence: vi.fn(),
      onCopy: vi.fn(async () => {}),
    });
    try {
      const found = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(found.violations).toEqual([]);
      const named = [...container.querySelectorAll('button, h2, h3, h4, legend, label')].filter((el) => !el.textContent?.trim() && !el.getAttribute('aria-label'));
      expect(named).toEqual([]);
    } finally {
      handle.unmount();
      container.remove();
    }
  });
});
