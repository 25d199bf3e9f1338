// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import type { TabStatus } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/model';
import { translateFrom } from '../../lib/ui/i18n';
import { Popup, type PopupDeps } from '../../lib/ui/popup/Popup';

const flagged: TabStatus = { site: 'news.example', flagged: true, label: 'ai_layoff', companies: [{ id: 'acme', name: 'Acme Corp' }], unlisted: null };

function setup(overrides: Partial<PopupDeps> & { stored?: Settings; hostname?: string | null; status?: TabStatus | null } = {}) {
  let stored = overrides.stored ?? DEFAULT_SETTINGS;
  const deps: PopupDeps = {
    t: translateFrom(messages),
    pageInfo: async () => ({ hostname: overrides.hostname === undefined ? 'www.news.example' : overrides.hostname, status: overrides.status === undefined ? flagged : overrides.status }),
    loadSettings: async () => stored,
    saveSettings: vi.fn(async (s: Settings) => {
      stored = s;
      return true;
    }),
    openOptions: vi.fn(),
    ...overrides,
  };
  render(<Popup deps={deps} />);
  return { deps, stored: () => stored };
}

afterEach(cleanup);

describe('popup', () => {
  it('says the page is flagged and names the companies', async () => {
    setup();
    expect((await screen.findByTestId('popup-status')).textContent).toBe(
      'This page reports job cuts blamed on AI. Companies: Acme Corp',
    );
  });

  it('says when there is nothing to check, and when the page cannot be annotated', async () => {
    setup({ status: { site: 'news.example', flagged: false, label: 'other', companies: [], unlisted: null } });
    expect((await screen.findByTestId('popup-status')).textContent).toBe('Nothing to check on this page.');
    cleanup();
    setup({ hostname: null, status: null });
    expect((await screen.findByTestId('popup-status')).textContent).toBe("This page can't be annotated.");
    expect((screen.getByTestId('site-toggle') as HTMLInputElement).disabled).toBe(true);
  });

  // Issue 18, point 8: a flagged page whose company has no figures is not "nothing to check".
  it('names a cutting company outside the dataset and says what is missing', async () => {
    const unlisted = { name: 'Brightwave Robotics', why: 'private' as const };
    setup({ status: { ...flagged, companies: [{ id: '__unlisted', name: unlisted.name }], unlisted } });
    const text = (await screen.findByTestId('popup-status')).textContent!;
    expect(text).toBe(
      'This page reports job cuts blamed on AI. Brightwave Robotics is a private company: its figures are not bundled, as it files none.',
    );
    cleanup();
    setup({ status: { ...flagged, unlisted: { name: 'Brightwave Robotics', why: 'not-covered' } } });
    expect((await screen.findByTestId('popup-status')).textContent).toBe(
      "This page reports job cuts blamed on AI. Brightwave Robotics's figures are not bundled yet: it is not one of the filers we cover. Companies: Acme Corp",
    );
  });

  it('says what was found on a flagged page with no company to show', async () => {
    setup({ status: { site: 'news.example', flagged: false, label: 'ai_layoff', companies: [], unlisted: null } });
    const text = (await screen.findByTestId('popup-status')).textContent!;
    expect(text).not.toBe('Nothing to check on this page.');
    expect(text).toBe('This page reports job cuts blamed on AI, but names no company we have figures for.');
  });

  // Issue 18, point 6: the reader can turn the badges off where they meet them.
  it('turns the badges in pages off', async () => {
    const { stored } = setup();
    const toggle = (await screen.findByTestId('badges-toggle')) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(stored().badges).toBe(false));
  });

  it('turns this site off and saves at once', async () => {
    const { stored } = setup();
    const toggle = (await screen.findByTestId('site-toggle')) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(screen.getByText('Annotations on news.example')).toBeTruthy();
    fireEvent.click(toggle);
    await waitFor(() => expect(stored().disabledSites).toEqual(['news.example']));
    expect(screen.getByTestId('popup-status').textContent).toBe('Annotations are off here.');
  });

  it('shows a site as off when a parent domain is disabled, and turning it on lifts that', async () => {
    const { stored } = setup({ stored: { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, hostname: 'live.news.example' });
    const toggle = (await screen.findByTestId('site-toggle')) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(stored().disabledSites).toEqual([]));
  });

  it('switches the extension off everywhere', async () => {
    const { stored } = setup();
    fireEvent.click(await screen.findByTestId('global-toggle'));
    await waitFor(() => expect(stored().enabled).toBe(false));
  });

  it('puts the switch back and says so when saving fails', async () => {
    setup({ saveSettings: async () => false });
    const toggle = (await screen.findByTestId('global-toggle')) as HTMLInputElement;
    fireEvent.click(toggle);
    expect((await screen.findByRole('alert')).textContent).toContain("Couldn't save");
    expect((screen.getByTestId('global-toggle') as HTMLInputElement).checked).toBe(true);
  });

  it('has no axe violations', async () => {
    setup();
    await screen.findByTestId('popup-status');
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.passes.map((rule) => rule.id)).toContain('label');
    expect(results.violations).toEqual([]);
  });

  it('opens the options page', async () => {
    const { deps } = setup();
    fireEvent.click(await screen.findByTestId('options-link'));
    expect(deps.openOptions).toHaveBeenCalledOnce();
  });
});
