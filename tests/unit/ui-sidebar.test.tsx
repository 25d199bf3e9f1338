// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import deMessages from '../../public/_locales/de/messages.json';
import type { Source } from '../../lib/data/types';
import type { Analysis } from '../../lib/detect/types';
import { message, metricName, period } from '../../lib/math/message';
import type { CompanyView } from '../../lib/math/types';
import type { PageResult, UnlistedCutter } from '../../lib/messages';
import { qualifies, statusOf, UNLISTED_ID } from '../../lib/page-status';
import { counterpointText } from '../../lib/ui/counterpoint-text';
import { translateFrom } from '../../lib/ui/i18n';
import { sayWith } from '../../lib/ui/say';
import { mountSidebar, type SidebarHandle, type SidebarProps } from '../../lib/ui/sidebar';
import { everyLineViews } from './ui-fixtures';

const t = translateFrom(messages);

const tenK: Source = {
  url: 'https://example.org/acme-10k-2024',
  kind: '10-K',
  retrieved: '2026-11-01',
  snippet: 'Net sales were $100 billion.',
};
const proxy: Source = { url: 'https://example.org/acme-proxy', kind: 'DEF 14A', retrieved: '2026-11-01', snippet: 'Median pay $40,000.' };

const acme: CompanyView = {
  id: 'acme',
  name: 'Acme Corp',
  ceo: 'Jane Doe',
  layoff: { jobs: 14000, share: 0.04, announced: '2025-10-28', ai_link: 'The CEO credited AI in a memo.', ai_link_kind: 'executive', source: tenK },
  lines: [
    {
      id: 'revenue',
      kind: 'reported',
      label: message('line_revenue', period('FY2024')),
      value: 100e9,
      format: 'currency',
      currency: 'USD',
      inputs: [{ label: metricName('revenue'), period: 'FY2024', value: 100e9, unit: 'USD', source: tenK }],
    },
    {
      id: 'cut-jobs-wages',
      kind: 'derived',
      label: message('line_cutJobsWages', period('FY2024')),
      value: 560e6,
      format: 'currency',
      currency: 'USD',
      formula: message(
        'formula_times',
        message('formula_jobs', { value: 14000, format: 'number' }),
        message('formula_named', message('formula_figure', { value: 40000, format: 'currency', currency: 'USD' }, period('FY2024')), metricName('median_employee_pay')),
      ),
      caveats: [message('caveat_officeRoles')],
      inputs: [{ label: metricName('median_employee_pay'), period: 'FY2024', value: 40000, unit: 'USD', source: proxy }],
    },
  ],
  charts: [],
  unknown: [metricName('buybacks'), message('unknown_for', metricName('net_income'), period('FY2024'))],
  hasData: true,
};

const beta: CompanyView = {
  id: 'beta',
  name: 'Beta Inc',
  ceo: 'John Roe',
  layoff: { jobs: 300, share: null, announced: '2025-09-01' },
  lines: [],
  charts: [],
  unknown: [],
  hasData: false,
};

const analysis: Analysis = {
  label: 'ai_layoff',
  score: 0.9,
  kind: 'news',
  companies: [
    { id: 'acme', name: 'Acme Corp', role: 'cutting', mentions: 4, terms: ['Acme'] },
    { id: 'beta', name: 'Beta Inc', role: 'named', mentions: 1, terms: ['Beta'] },
  ],
  jobs: { count: 14000, bound: 'exact', share: null, text: '14,000 roles' },
  attributedBy: 'executive',
  denial: null,
  date: '2025-10-28',
  evidence: ['Acme will cut about 14,000 roles as AI takes over routine work.'],
  reasons: ['cuts_in_headline', 'ai_by_executive'],
};

const result: PageResult = { analysis, views: [acme, beta] };

let handle: SidebarHandle | null = null;

function mount(overrides: Partial<SidebarProps> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const props: SidebarProps = {
    result,
    t,
    locale: 'en-US',
    autoOpen: true,
    onEvidence: vi.fn(),
    onCopy: vi.fn(async () => {}),
    onOpenChoice: vi.fn(),
    ...overrides,
  };
  handle = mountSidebar(container, props);
  return { props, handle, sidebar: () => screen.getByTestId('mdm-sidebar') };
}

afterEach(() => {
  handle?.unmount();
  handle = null;
  document.body.innerHTML = '';
});

describe('sidebar', () => {
  it('is a labelled complementary landmark with the title and the main company', () => {
    const { sidebar } = mount();
    expect(screen.getByRole('complementary', { name: "The math doesn't math: the company's own numbers" })).toBe(sidebar());
    expect(sidebar().getAttribute('data-state')).toBe('open');
    expect(screen.getByRole('heading', { name: "The math doesn't math" })).toBeTruthy();
    expect(screen.getByTestId('company-name').textContent).toBe('Acme Corp');
  });

  it('renders each line with its figure, kind and a source link that opens safely', () => {
    mount();
    const lines = screen.getAllByTestId('line');
    expect(lines).toHaveLength(2);
    const [revenue, wages] = lines as [HTMLElement, HTMLElement];
    expect(revenue.textContent).toContain('$100B');
    expect(revenue.textContent).toContain('Revenue in FY2024');
    expect(within(revenue).getByText('Reported')).toBeTruthy();
    expect(within(wages).getByText('Derived')).toBeTruthy();
    for (const line of lines) {
      const link = within(line).getByTestId('source') as HTMLAnchorElement;
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(within(revenue).getByTestId('source').getAttribute('href')).toBe(tenK.url);
    expect(within(wages).getByTestId('source').getAttribute('href')).toBe(proxy.url);
    expect(within(wages).getByTestId('source').textContent).toBe('Source: proxy statement (FY2024) (opens in a new tab)');
  });

  // Issue 18, point 5: a caveat hidden inside a collapsed detail.
  it('shows a line\'s caveat with its figure, and keeps the formula and inputs in a collapsed details', () => {
    mount();
    const wages = screen.getAllByTestId('line')[1]!;
    const caveat = within(wages).getByTestId('caveat');
    expect(caveat.textContent).toBe(`Caveat: ${t('caveat_officeRoles')}`);
    expect(caveat.textContent).toContain('If the cut roles are office or engineering jobs');
    expect(caveat.closest('details')).toBeNull();
    const details = wages.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('How we got this');
    expect(details.textContent).toContain('14,000 jobs × $40,000 (FY2024) median employee pay');
    expect(details.textContent).toContain('median employee pay: $40,000 (FY2024)');
    expect(within(details).getByTestId('input-source').getAttribute('href')).toBe(proxy.url);
  });

  it('shows why the page was flagged and calls onEvidence with the sentence', () => {
    const { props } = mount();
    expect(screen.getByText('An executive ties the cuts to AI')).toBeTruthy();
    fireEvent.click(screen.getByTestId('evidence'));
    expect(props.onEvidence).toHaveBeenCalledWith(analysis.evidence[0]);
    expect(screen.getByRole('complementary').textContent).toContain('14,000 jobs cut');
    expect(screen.queryByTestId('denial')).toBeNull();
  });

  it('states a denial plainly', () => {
    mount({ result: { ...result, analysis: { ...analysis, denial: 'These cuts are not about AI.' } } });
    expect(screen.getByTestId('denial').textContent).toContain('These cuts are not about AI.');
  });

  // Issue 18, point 2: evidence that argues against the verdict.
  it('shows a denial as a denial, above every reason, and never as a quote for the verdict', () => {
    const denial = 'The bank did not point its finger at AI, a spokesperson said.';
    const denying: Analysis = {
      ...analysis,
      reasons: ['cuts_in_headline', 'ai_by_reporting', 'ai_denied'],
      evidence: ['The bank will cut 3,000 jobs.', denial],
      denial,
    };
    mount({ result: { ...result, analysis: denying } });
    const shown = screen.getByTestId('denial');
    expect(shown.textContent).toContain(denial);
    const tie = screen.getByText('The article ties the cuts to AI');
    expect(shown.compareDocumentPosition(tie) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByTestId('evidence').map((button) => button.textContent)).toEqual(['“The bank will cut 3,000 jobs.”']);
  });

  it('states a denial with no sentence of its own once, before anything else', () => {
    mount({ result: { ...result, analysis: { ...analysis, attributedBy: 'denied', denial: null } } });
    const why = screen.getByRole('region', { name: 'Why this page' });
    expect(why.querySelector('h3 + *')).toBe(screen.getByTestId('denial'));
    expect(why.textContent!.split('The company says the cuts are not about AI.')).toHaveLength(2);
  });

  // Issue 18, point 3: quotes repeated, doubled quotation marks.
  it('quotes each sentence once, in one pair of quotation marks', () => {
    const evidence = [
      'Amazon to cut 16,000 jobs as it bets on AI',
      'Amazon to cut  16,000 jobs as it bets on AI.',
      '"We will use AI to do more with less," the chief executive said.',
    ];
    mount({ result: { ...result, analysis: { ...analysis, evidence } } });
    expect(screen.getAllByTestId('evidence').map((button) => button.textContent)).toEqual([
      '“Amazon to cut 16,000 jobs as it bets on AI”',
      '"We will use AI to do more with less," the chief executive said.',
    ]);
  });

  // Issue 18, point 7: the story's cuts shown twice.
  it('states the story\'s job count once, with the company, when it is the company\'s latest cuts', () => {
    const fromStory: CompanyView = { ...acme, layoff: { jobs: 14000, share: null } };
    mount({ result: { ...result, views: [fromStory, beta] } });
    const sidebar = screen.getByRole('complementary');
    expect(sidebar.textContent!.split('14,000 jobs cut')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'The cuts in this story' }).textContent).toContain('14,000 jobs cut');
    expect(screen.getByRole('region', { name: 'What the story says' }).textContent).not.toContain('jobs cut');
  });

  // Issue 13, point 5: a count the story only bounds keeps its qualifier.
  it('says a bounded count with its bound, never as a bare number, in the panel and on the tab', () => {
    const bounded: CompanyView = { ...acme, layoff: { jobs: 6000, share: null, bound: 'at-most', words: 'up to 6,000 roles' } };
    const analysisBounded = { ...result.analysis, jobs: { count: 6000, bound: 'at-most' as const, share: null, text: 'up to 6,000 roles' } };
    mount({ result: { ...result, analysis: analysisBounded, views: [bounded] } });
    const sidebar = screen.getByRole('complementary');
    expect(screen.getByRole('region', { name: 'The cuts in this story' }).textContent).toContain('Up to 6,000 jobs cut');
    expect(sidebar.textContent!.replace(/Up to 6,000 jobs cut/g, '')).not.toContain('6,000 jobs cut');
  });

  it('says a bounded share with its bound, in the company panel and for a company without figures', () => {
    const shareBound = { bound: 'about' as const, words: 'about 14%' };
    const bounded: CompanyView = { ...acme, layoff: { jobs: null, share: 0.14, shareBound } };
    const analysisBounded = { ...result.analysis, jobs: { count: null, bound: 'exact' as const, share: 0.14, shareBound, text: 'about 14%' } };
    mount({ result: { ...result, analysis: analysisBounded, views: [bounded] } });
    const sidebar = screen.getByRole('complementary');
    expect(screen.getByRole('region', { name: 'The cuts in this story' }).textContent).toContain('About 14.0% of the workforce');
    expect(sidebar.textContent!.replace(/About 14\.0% of the workforce/g, '')).not.toContain('14.0% of the workforce');
  });

  it('keeps a range as a range', () => {
    const ranged = { ...result.analysis, jobs: { count: 4000, bound: 'range' as const, max: 6000, share: null, text: '4,000 to 6,000 jobs' } };
    mount({ result: { ...result, analysis: ranged, views: [{ ...acme, layoff: null }] } });
    expect(screen.getByRole('region', { name: 'What the story says' }).textContent).toContain('4,000 to 6,000 jobs cut');
  });

  it('keeps the story\'s count in view on another company\'s tab', async () => {
    const fromStory: CompanyView = { ...acme, layoff: { jobs: 14000, share: null } };
    mount({ result: { ...result, views: [fromStory, beta] } });
    fireEvent.click(screen.getAllByRole('tab')[1]!);
    await waitFor(() => expect(screen.getByTestId('company-name').textContent).toBe('Beta Inc'));
    expect(screen.getByRole('region', { name: 'What the story says' }).textContent).toContain('14,000 jobs cut');
  });

  it('lists what is not known, in plain words', () => {
    mount();
    expect(screen.getByTestId('unknown').textContent).toBe('Not known: buybacks, net income for FY2024');
  });

  it('switches companies with tabs, by click and by arrow keys', async () => {
    mount();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('data-company'))).toEqual(['acme', 'beta']);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[0]!.id);

    fireEvent.click(tabs[1]!);
    await waitFor(() => expect(screen.getByTestId('company-name').textContent).toBe('Beta Inc'));
    expect(screen.getAllByRole('tab')[1]!.getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(screen.getAllByRole('tab')[1]!, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByTestId('company-name').textContent).toBe('Acme Corp'));
    expect(document.activeElement).toBe(screen.getAllByRole('tab')[0]);
  });

  it('says plainly when a company has no data, and shows what is known', async () => {
    mount();
    fireEvent.click(screen.getAllByRole('tab')[1]!);
    const noData = await screen.findByTestId('no-data');
    expect(noData.textContent).toBe("We don't have sourced figures for Beta Inc yet.");
    expect(screen.getByRole('tabpanel').textContent).toContain('300 jobs cut');
    expect(screen.queryAllByTestId('line')).toHaveLength(0);
    expect(screen.queryByTestId('copy')).toBeNull();
  });

  it('copies the counterpoint summary and confirms it', async () => {
    const { props } = mount();
    fireEvent.click(screen.getByTestId('copy'));
    expect(props.onCopy).toHaveBeenCalledWith(counterpointText(acme, t, 'en-US'));
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toBe('Copied'));
  });

  it('says so when copying fails', async () => {
    mount({ onCopy: async () => Promise.reject(new Error('denied')) });
    fireEvent.click(screen.getByTestId('copy'));
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toContain("Couldn't copy"));
  });

  it('collapses to the edge tab and reopens, moving focus with it', async () => {
    const { sidebar } = mount();
    fireEvent.click(screen.getByTestId('collapse'));
    await waitFor(() => expect(sidebar().getAttribute('data-state')).toBe('collapsed'));
    expect(screen.queryByTestId('company-name')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('reopen'));
    // The accessible name is the visible text, so voice users can say what they see.
    expect(screen.getByRole('button', { name: 'Acme Corp 14,000 jobs cut · the math' })).toBe(screen.getByTestId('reopen'));

    fireEvent.click(screen.getByTestId('reopen'));
    await waitFor(() => expect(sidebar().getAttribute('data-state')).toBe('open'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: "The math doesn't math" }));
  });

  // Issue 18, point 1: the collapsed tab says what waits inside, and the reader's choice is kept.
  it('waits as a one-line tab naming the company and the cuts; the reader\'s open and close are remembered', async () => {
    const onOpenChoice = vi.fn();
    const { sidebar, handle } = mount({ autoOpen: false, onOpenChoice });
    expect(sidebar().getAttribute('data-state')).toBe('collapsed');
    expect(screen.getByTestId('reopen').textContent).toBe('$Acme Corp 14,000 jobs cut · the math');
    handle.show('beta'); // a badge opens it: not a choice to remember
    fireEvent.click(screen.getByTestId('collapse'));
    await waitFor(() => expect(sidebar().getAttribute('data-state')).toBe('collapsed'));
    fireEvent.click(screen.getByTestId('reopen'));
    await waitFor(() => expect(sidebar().getAttribute('data-state')).toBe('open'));
    fireEvent.keyDown(screen.getByTestId('company-name'), { key: 'Escape' });
    expect(onOpenChoice.mock.calls).toEqual([[false], [true], [false]]);
  });

  it('closes on Escape', async () => {
    const { sidebar } = mount();
    fireEvent.keyDown(screen.getByTestId('company-name'), { key: 'Escape' });
    await waitFor(() => expect(sidebar().getAttribute('data-state')).toBe('collapsed'));
  });

  it('starts collapsed without autoOpen, and show() opens it on the asked company', () => {
    const { sidebar, handle } = mount({ autoOpen: false });
    expect(sidebar().getAttribute('data-state')).toBe('collapsed');
    expect(document.activeElement).toBe(document.body);
    handle.show('beta');
    expect(sidebar().getAttribute('data-state')).toBe('open');
    expect(screen.getByTestId('company-name').textContent).toBe('Beta Inc');
  });

  it('stays collapsed on narrow screens even with autoOpen', () => {
    const matchMedia = vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: true } as MediaQueryList);
    const { sidebar } = mount();
    expect(sidebar().getAttribute('data-state')).toBe('collapsed');
    matchMedia.mockRestore();
  });

  it('unmount() removes everything', () => {
    const { handle } = mount();
    handle.unmount();
    expect(screen.queryByTestId('mdm-sidebar')).toBeNull();
  });

  it('has no axe violations, open or collapsed', async () => {
    const { sidebar } = mount();
    // Colour contrast needs real layout, which happy-dom lacks; the palette is checked by hand.
    const options = { rules: { 'color-contrast': { enabled: false } } };
    const open = await axe.run(sidebar(), options);
    expect(open.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['button-name', 'link-name', 'aria-allowed-role']));
    expect(open.violations).toEqual([]);
    fireEvent.click(screen.getByTestId('collapse'));
    await waitFor(() => expect(sidebar().getAttribute('data-state')).toBe('collapsed'));
    expect((await axe.run(sidebar(), options)).violations).toEqual([]);
  });

  it('never renders page text as HTML', () => {
    mount({ result: { ...result, analysis: { ...analysis, evidence: ['<img src=x onerror=alert(1)> cut jobs'] } } });
    expect(screen.getByTestId('evidence').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});

// Issue 18, point 8 (and issue 13): the company doing the cutting is outside the dataset.
describe('sidebar for a cutting company outside the dataset', () => {
  const unlisted: UnlistedCutter = {
    name: 'Brightwave Robotics',
    parent: 'Halden Group',
    ticker: null,
    why: 'private',
    layoffs: [
      { date: '2024-03-12', jobs: 120, share: 0.05, url: 'https://techcrunch.example/brightwave-cuts' },
      { date: '2023-05', jobs: null, share: null, url: 'https://www.news.example/brightwave' },
      { date: '2023-01', jobs: 40, share: null, url: 'javascript:alert(1)' },
    ],
  };
  const story: Analysis = {
    ...analysis,
    companies: [{ id: 'brightwave-robotics', name: 'Brightwave Robotics', role: 'cutting', mentions: 5, terms: ['Brightwave'] }],
    jobs: { count: 300, bound: 'about', share: 0.12, text: 'about 300 roles' },
    attributedBy: 'company',
    evidence: ['Brightwave Robotics will cut about 300 roles as AI agents take over its support desk.'],
  };
  const onlyUnlisted: PageResult = { analysis: story, views: [], unlisted };

  it('is shown: the page qualifies and the popup hears of it', () => {
    expect(qualifies(onlyUnlisted)).toBe(true);
    expect(statusOf('news.example', onlyUnlisted)).toEqual({
      site: 'news.example',
      flagged: true,
      label: 'ai_layoff',
      companies: [{ id: UNLISTED_ID, name: 'Brightwave Robotics' }],
      unlisted: { name: 'Brightwave Robotics', why: 'private' },
    });
  });

  it('names it, says what the story says and why there are no figures, and lists its earlier cuts with their reports', () => {
    const { sidebar } = mount({ result: onlyUnlisted });
    const panel = screen.getByTestId('unlisted');
    expect(within(panel).getByTestId('company-name').textContent).toBe('Brightwave Robotics');
    expect(panel.textContent).toContain('Part of Halden Group');
    expect(within(panel).getByRole('region', { name: 'What the story says' }).textContent).toBe(
      'What the story saysAbout 300 jobs cut · 12.0% of the workforce · Announced Oct 28, 2025The company tied the cuts to AI.',
    );
    expect(within(panel).getByTestId('no-data').textContent).toBe(
      "We don't have figures for Brightwave Robotics: it is a private company and files no public accounts to read them from.",
    );
    const earlier = within(panel).getAllByTestId('reported-layoff');
    // A row whose report cannot be opened (not a web address) is not listed.
    expect(earlier.map((item) => item.textContent)).toEqual([
      'Mar 12, 2024: 120 jobs cut, 5.0% of the workforce · reported by techcrunch.example (opens in a new tab)',
      'May 2023: number not reported · reported by news.example (opens in a new tab)',
    ]);
    const link = within(earlier[0]!).getByTestId('report-source') as HTMLAnchorElement;
    expect(link.href).toBe('https://techcrunch.example/brightwave-cuts');
    expect(link.rel).toBe('noopener noreferrer');
    expect(panel.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.getAllByTestId('evidence')).toHaveLength(1);
    // The story's facts are stated once, in the company's panel.
    expect(sidebar().textContent!.split('12.0% of the workforce')).toHaveLength(2);
    expect(screen.queryByTestId('copy')).toBeNull();
    expect(sidebar().textContent).not.toMatch(/undefined|NaN|\$0\b|null/);
  });

  it('lists the cuts the tracker dates after the story under their own heading', () => {
    const later = [{ date: '2026-02-03', jobs: 80, share: null, url: 'https://news.example/brightwave-again' }];
    mount({ result: { ...onlyUnlisted, unlisted: { ...unlisted, later } } });
    const section = screen.getByTestId('later-layoffs');
    expect(within(section).getByRole('heading').textContent).toBe('Since this story, as news reported them');
    expect(within(section).getAllByTestId('reported-layoff').map((item) => item.textContent)).toEqual([
      'Feb 3, 2026: 80 jobs cut · reported by news.example (opens in a new tab)',
    ]);
  });

  it('says why the figures are missing in words for each reason (locales.test.ts holds every language to the same keys)', () => {
    for (const why of ['private', 'partnership', 'subsidiary', 'not-covered', 'unknown'] as const) {
      const { handle } = mount({ result: { ...onlyUnlisted, unlisted: { ...unlisted, why } } });
      const text = screen.getByTestId('no-data').textContent!;
      expect(text, why).toContain('Brightwave Robotics');
      expect(text, why).not.toMatch(/undefined|\$|unlistedWhy/);
      handle.unmount();
      document.body.innerHTML = '';
    }
  });

  it('says which one it is in the collapsed tab', () => {
    mount({ result: onlyUnlisted, autoOpen: false });
    expect(screen.getByTestId('reopen').textContent).toBe('$Brightwave Robotics What we know about the cuts');
  });

  it('comes first among the companies, and a badge can open its panel', async () => {
    const { handle } = mount({ result: { ...onlyUnlisted, views: [acme] }, autoOpen: false });
    handle.show(UNLISTED_ID);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Brightwave Robotics', 'Acme Corp']);
    expect(screen.getByRole('tabpanel').getAttribute('data-testid')).toBe('unlisted');
    fireEvent.click(screen.getAllByRole('tab')[1]!);
    await waitFor(() => expect(screen.getByTestId('company-name').textContent).toBe('Acme Corp'));
  });

  it('shows nothing it does not know when the story gives no numbers and the tracker has nothing', () => {
    const bare: PageResult = {
      analysis: { ...story, jobs: null, date: null, attributedBy: 'reporting' },
      views: [],
      unlisted: { ...unlisted, parent: null, why: 'unknown', layoffs: [] },
    };
    const { sidebar } = mount({ result: bare });
    expect(screen.queryByTestId('reported-layoff')).toBeNull();
    expect(screen.getByTestId('no-data').textContent).toBe("We don't have figures for Brightwave Robotics.");
    expect(sidebar().textContent).not.toMatch(/undefined|NaN|\$0\b|null|Part of/);
  });

  it('has no axe violations', async () => {
    const { sidebar } = mount({ result: { ...onlyUnlisted, views: [acme] } });
    const results = await axe.run(sidebar(), { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);
  });
});

describe('the counterpoint in the reader\'s language', () => {
  const de = translateFrom(deMessages);
  const sayDe = sayWith(de, 'de-DE');
  // English words with German numbers: what a line would read if a message were left untranslated.
  const sayEn = sayWith(t, 'de-DE');
  const views = everyLineViews();

  it('builds views with every kind of line, chart and caveat to check', () => {
    const ids = new Set(views.flatMap((view) => view.lines.map((line) => line.id)));
    for (const id of ['revenue', 'revenue-growth', 'gross-margin-then', 'operating-margin-now', 'net-income', 'operating-income', 'buybacks', 'capex',
      'ai-capex', 'jobs-cut', 'cut-jobs-wages', 'wages-vs-net-income', 'wages-vs-operating-income', 'wages-vs-buybacks', 'wages-vs-ai-capex',
      'wages-vs-ceo-pay', 'wages-vs-ceo-raise', 'ceo-pay-ratio', 'ceo-pay-ratio-change', 'ceo-raise', 'profit-per-employee-then', 'profit-per-employee-now']) {
      expect(ids, id).toContain(id);
    }
    expect(views.flatMap((view) => view.charts.map((chart) => chart.id))).toEqual(expect.arrayContaining(['margins', 'ceo-vs-median', 'wages-vs-spending']));
    expect(views.flatMap((view) => view.lines.flatMap((line) => line.caveats ?? [])).map((c) => c.key)).toEqual(
      expect.arrayContaining(['caveat_medianOfAll', 'caveat_frontline', 'caveat_officeRoles', 'caveat_boundAtMost', 'caveat_jobsFromShare']),
    );
  });

  it.each(views.map((view, i) => [i, view] as const))('shows view %i\'s labels, caveats, formulas, charts and unknowns in German, none in English', (_i, view) => {
    mount({ result: { analysis, views: [view] }, t: de, locale: 'de-DE' });
    const items = screen.getAllByTestId('line');
    expect(items.map((item) => item.getAttribute('data-line'))).toEqual(view.lines.map((line) => line.id));
    view.lines.forEach((line, i) => {
      const item = items[i]!;
      const label = item.querySelector('.mdm-line-label')!.textContent;
      expect(label, line.id).toBe(sayDe(line.label));
      expect(label, line.id).not.toBe(sayEn(line.label));
      const caveat = within(item).queryByTestId('caveat');
      expect(caveat === null, line.id).toBe(!line.caveats);
      for (const said of line.caveats ?? []) {
        expect(caveat!.textContent, line.id).toContain(sayDe(said));
        expect(caveat!.textContent, line.id).not.toContain(sayEn(said));
      }
      if (line.formula) expect(item.querySelector('details')!.textContent).toContain(sayDe(line.formula));
    });
    const titles = [...document.querySelectorAll('.mdm-figure-title')].map((el) => el.textContent);
    expect(titles).toEqual(view.charts.map((chart) => sayDe(chart.title)));
    expect(titles).not.toContain(sayEn(view.charts[0]!.title));
    // The panel's own words: the page's sentences and the filings' quoted words stay as written.
    const panel = document.querySelector('.mdm-company')!.cloneNode(true) as HTMLElement;
    panel.querySelectorAll('.mdm-snippet').forEach((quote) => quote.remove());
    const text = panel.textContent!;
    expect(text).toContain('Jahreslöhne der gestrichenen Stellen (FY2024)'); // a bar of the wages chart
    expect(text).not.toMatch(/\b(?:Revenue|Net income|Operating|Buybacks|Capital spending|Yearly wages|The cut jobs|Margins by|CEO pay vs|Uses the|jobs \(|employees|people|article)/);
    if (view.unknown.length > 0) expect(screen.getByTestId('unknown').textContent).toBe(de('notKnown', view.unknown.map(sayDe).join(', ')));
  });

  it('copies the counterpoint in German', () => {
    const view = views[0]!;
    const text = counterpointText(view, de, 'de-DE').split('\n');
    expect(text[0]).toBe('Die Rechnung geht nicht auf: Globex');
    expect(text[1]).toBe('Der Abbau in diesem Artikel: 5,0\u00a0% der Belegschaft');
    expect(text).toContain(`- ${sayDe(view.lines[0]!.label)}: 100\u00a0Mrd.\u00a0$`);
    expect(text[2]).toBe('- Umsatz im FY2024: 100\u00a0Mrd.\u00a0$');
    expect(text).toContain('Quellen:');
  });
});
