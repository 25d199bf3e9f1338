// @vitest-environment happy-dom
import { screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import type { CompanyView } from '../../lib/math/types';
import { translateFrom } from '../../lib/ui/i18n';
import { mountSidebar, type SidebarHandle } from '../../lib/ui/sidebar';

const t = translateFrom(messages);
let handle: SidebarHandle | null = null;

function mountView(view: CompanyView) {
  const container = document.createElement('div');
  document.body.append(container);
  handle = mountSidebar(container, {
    result: {
      analysis: {
        label: 'ai_layoff', score: 0.9, kind: 'news', companies: [{ id: view.id, name: view.name, role: 'cutting', mentions: 2, terms: [view.name] }],
        jobs: null, attributedBy: 'company', denial: null, date: null, evidence: [], reasons: [],
      },
      views: [view],
    },
    t,
    locale: 'en-US',
    autoOpen: true,
    onEvidence: vi.fn(),
    onCopy: vi.fn(async () => {}),
    onOpenChoice: vi.fn(),
  });
}

afterEach(() => {
  handle?.unmount();
  handle = null;
  document.body.innerHTML = '';
});

const view: CompanyView = {
  id: 'acme', name: 'Acme', ceo: '', layoff: null, lines: [], charts: [], unknown: [], hasData: false,
  history: [
    { date: '2026-01-28', jobs: 16_000, share: null, url: 'https://www.example-news.com/acme-cuts' },
    { date: '2024-06-03', jobs: null, share: null, url: null },
    { date: '2023-01-18', jobs: null, share: 0.05, url: 'https://techcrunch.example/acme-cloud', as: 'Acme Cloud' },
    { date: '2022-11-02', jobs: 40, share: null, url: 'javascript:alert(1)' },
  ],
};

describe('earlier layoffs in the sidebar', () => {
  it('lists each as a news report, newest first, linked to the site that reported it; a row with no report to open is left out', () => {
    mountView(view);
    const list = screen.getByTestId('layoff-history');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Jan 28, 2026: 16,000 jobs cut · reported by example-news.com (opens in a new tab)',
      'Jan 18, 2023 (Acme Cloud): 5.0% of the workforce · reported by techcrunch.example (opens in a new tab)',
    ]);
    const link = within(items[0]!).getByRole('link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://www.example-news.com/acme-cuts');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('lists the layoffs dated after the story under their own heading, above the earlier ones', () => {
    mountView({ ...view, history: view.history!.slice(1), laterHistory: view.history!.slice(0, 1) });
    const later = screen.getByTestId('later-layoffs');
    expect(within(later).getByRole('heading').textContent).toBe('Since this story, as news reported them');
    expect(within(later).getAllByRole('listitem').map((i) => i.textContent)).toEqual(['Jan 28, 2026: 16,000 jobs cut · reported by example-news.com (opens in a new tab)']);
    expect(within(screen.getByTestId('layoff-history')).getAllByRole('listitem')).toHaveLength(1);
    expect(later.compareDocumentPosition(screen.getByTestId('layoff-history')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows nothing without earlier layoffs', () => {
    mountView({ ...view, history: [] });
    expect(screen.queryByTestId('layoff-history')).toBeNull();
    expect(screen.queryByTestId('later-layoffs')).toBeNull();
  });
});
