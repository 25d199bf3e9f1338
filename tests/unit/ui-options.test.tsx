// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import type { Dataset } from '../../lib/data/types';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/model';
import { translateFrom } from '../../lib/ui/i18n';
import { summarizeDataset } from '../../lib/data/summary';
import { Options, type OptionsDeps } from '../../lib/ui/options/Options';

function setup(initial: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] }) {
  let stored = initial;
  const deps: OptionsDeps = {
    t: translateFrom(messages),
    locale: 'en-US',
    data: { companies: 12, figures: 300, readFrom: '2026-10-01', readTo: '2026-11-23' },
    loadSettings: async () => stored,
    saveSettings: vi.fn(async (s: Settings) => {
      stored = s;
      return true;
    }),
  };
  render(<Options deps={deps} />);
  return { deps, stored: () => stored };
}

afterEach(cleanup);

describe('options', () => {
  it('saves auto-open and badges as they are switched', async () => {
    const { stored } = setup();
    const autoOpen = (await screen.findByTestId('opt-auto-open')) as HTMLInputElement;
    expect(autoOpen.checked).toBe(false);
    fireEvent.click(autoOpen);
    await waitFor(() => expect(stored().autoOpen).toBe(true));
    fireEvent.click(screen.getByTestId('opt-badges'));
    await waitFor(() => expect(stored()).toMatchObject({ autoOpen: true, badges: false }));
  });

  it('switches the extension off everywhere, which greys out the other switches, and back on', async () => {
    const { stored } = setup();
    const enabled = (await screen.findByTestId('opt-enabled')) as HTMLInputElement;
    expect(enabled.checked).toBe(true);
    fireEvent.click(enabled);
    await waitFor(() => expect(stored().enabled).toBe(false));
    expect((screen.getByTestId('opt-badges') as HTMLInputElement).disabled).toBe(true);
    // The user's other choices and site list are kept while it is off.
    expect(stored()).toMatchObject({ autoOpen: false, badges: true, disabledSites: ['a.example', 'b.example'] });
    fireEvent.click(screen.getByTestId('opt-enabled'));
    await waitFor(() => expect(stored().enabled).toBe(true));
    expect((screen.getByTestId('opt-badges') as HTMLInputElement).disabled).toBe(false);
  });

  it('lists the disabled sites and removes one', async () => {
    const { stored } = setup();
    const list = await screen.findByTestId('disabled-sites');
    expect(within(list).getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual(['a.example', 'b.example']);
    fireEvent.click(within(list).getByRole('button', { name: 'Remove a.example' }));
    await waitFor(() => expect(stored().disabledSites).toEqual(['b.example']));
    expect(within(screen.getByTestId('disabled-sites')).getAllByRole('listitem')).toHaveLength(1);
  });

  it('adds a site typed as a URL, and refuses what is not a site', async () => {
    const { stored } = setup();
    const input = (await screen.findByTestId('add-site-input')) as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'https://WWW.C.example/path' } });
    fireEvent.click(screen.getByTestId('add-site'));
    await waitFor(() => expect(stored().disabledSites).toEqual(['a.example', 'b.example', 'c.example']));
    expect(input.value).toBe('');

    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByTestId('add-site'));
    expect((await screen.findByRole('alert')).textContent).toBe("That doesn't look like a site name.");
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(stored().disabledSites).toHaveLength(3);
  });

  it('sets the sidebar’s language: the browser’s, the page’s, or one named in itself', async () => {
    const { stored } = setup();
    const select = (await screen.findByRole('combobox', { name: 'Language of the sidebar' })) as HTMLSelectElement;
    expect(select.value).toBe('browser');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      "The browser's language",
      "The page's language (when it is one of these)",
      'English',
      'Deutsch',
      'Français',
      'Español',
      'Nederlands',
      'Italiano',
      'Português',
    ]);
    expect(select.options[3]!.lang).toBe('de');
    fireEvent.change(select, { target: { value: 'page' } });
    await waitFor(() => expect(stored().uiLanguage).toBe('page'));
    fireEvent.change(select, { target: { value: 'nl' } });
    await waitFor(() => expect(stored().uiLanguage).toBe('nl'));
    expect(stored().disabledSites).toEqual(['a.example', 'b.example']);
  });

  it('has no axe violations', async () => {
    setup();
    await screen.findByTestId('about-data');
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.passes.map((rule) => rule.id)).toContain('label');
    expect(results.violations).toEqual([]);
  });

  it('says what the data covers and that nothing leaves the device', async () => {
    setup();
    expect((await screen.findByTestId('about-data')).textContent).toContain('12 companies');
    expect(screen.getByText('Figures read between Oct 1, 2026 and Nov 23, 2026.')).toBeTruthy();
    expect(screen.getByTestId('privacy').textContent).toContain('no network requests');
  });
});

describe('summarizeDataset', () => {
  it('counts companies and figures and spans the retrieval dates', () => {
    const figure = (retrieved: string) => ({
      metric: 'revenue' as const,
      period: 'FY2024',
      value: 1,
      unit: 'USD' as const,
      source: { url: 'https://example.org', kind: '10-K' as const, retrieved, snippet: 'x' },
    });
    const company = { id: 'x', name: 'X', short: 'X', aliases: [], ambiguous_aliases: [], tickers: [], fiscal_year_end: '12-31', fy_named_by: 'end' as const, ceo: 'Y', layoffs: [], history: [] };
    const dataset: Dataset = {
      generated: '2026-11-23',
      companies: [
        { ...company, figures: [figure('2026-11-02'), figure('2026-10-05')] },
        { ...company, id: 'z', figures: [figure('2026-11-20')] },
      ],
    };
    expect(summarizeDataset(dataset)).toEqual({ companies: 2, figures: 3, readFrom: '2026-10-05', readTo: '2026-11-20' });
  });
});
