// The sidebar's language: the browser's by default, the page's or the reader's pick on request;
// other locales' messages come from the background, which reads them from the package.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { intlLocale, uiLanguageOf } from '../../lib/locales';
import { uiLanguageFor } from '../../lib/ext/ui-language';
import { asMessages, readUiMessages } from '../../lib/ext/ui-messages';
import { translateFrom } from '../../lib/ui/i18n';
import { formatLocale, wantedLanguage } from '../../lib/ui/ui-language';

describe('choosing the language', () => {
  it('reads a language tag down to a language we speak', () => {
    expect(uiLanguageOf('de-CH')).toBe('de');
    expect(uiLanguageOf('pt_BR')).toBe('pt');
    expect(uiLanguageOf(' FR ')).toBe('fr');
    expect(uiLanguageOf('ja')).toBeNull();
    expect(uiLanguageOf('')).toBeNull();
    expect(uiLanguageOf(undefined)).toBeNull();
    expect(intlLocale('de_CH')).toBe('de-CH');
    expect(intlLocale('not a locale!')).toBeNull();
  });

  it('follows the browser by default, the page or a pick on request', () => {
    expect(wantedLanguage('browser', 'fr')).toBeNull();
    expect(wantedLanguage('page', 'fr-BE')).toBe('fr');
    expect(wantedLanguage('page', 'ar')).toBeNull(); // a page in a language we do not speak: the browser's
    expect(wantedLanguage('page', undefined)).toBeNull();
    expect(wantedLanguage('nl', 'fr')).toBe('nl');
  });

  it('formats numbers in the same language as the words', () => {
    expect(formatLocale('de', 'de-CH')).toBe('de-CH');
    expect(formatLocale('pt', 'pt-BR')).toBe('pt-BR');
    expect(formatLocale('de', 'en-US')).toBe('de'); // German words never come with English numbers
    expect(formatLocale('en', 'ja-JP')).toBe('en'); // nor English words with Japanese ones
    expect(formatLocale('fr', 'garbage!!')).toBe('fr');
  });
});

describe('the sidebar’s translator in the content script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    const english = translateFrom(en);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) => english(key, typeof subs === 'string' ? subs : subs?.map(String)));
  });
  afterEach(() => vi.restoreAllMocks());

  it('uses the browser’s own messages and locale by default, asking nothing', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const ui = await uiLanguageFor('browser', 'de');
    expect(ui.lang).toBe('en');
    expect(ui.locale).toBe('en-GB');
    expect(ui.t('sidebarTitle')).toBe("The math doesn't math");
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the background for the page’s language and formats for the page’s region', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(de as never);
    const ui = await uiLanguageFor('page', 'de-AT');
    expect(send).toHaveBeenCalledWith({ type: 'ui-messages', lang: 'de' });
    expect(ui).toMatchObject({ lang: 'de', locale: 'de-AT' });
    expect(ui.t('layoffJobs', '14.000')).toBe('14.000 Stellen gestrichen');
  });

  it('reads a key the other locale lacks in the browser’s language, never as an empty string', async () => {
    const { shareCopy: _dropped, ...partial } = de;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(partial as never);
    const ui = await uiLanguageFor('de', undefined);
    expect(ui.t('shareSave')).toBe('Bild speichern');
    expect(ui.t('shareCopy')).toBe('Copy as image');
  });

  it('needs no messages when the page speaks the browser’s language', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    expect((await uiLanguageFor('page', 'en-US')).lang).toBe('en');
    expect(send).not.toHaveBeenCalled();
  });

  it('falls back to the browser’s language when the background cannot answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated'));
    const ui = await uiLanguageFor('fr', undefined);
    expect(ui.lang).toBe('en');
    expect(ui.t('shareCopy')).toBe('Copy as image');
  });
});

describe('the background’s messages', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads a locale from the package once, and nothing for a language we do not ship', async () => {
    const fetch = vi.fn(async (url: string) => new Response(JSON.stringify(url.includes('/_locales/it/') ? { a: { message: 'ciao' } } : {})));
    vi.stubGlobal('fetch', fetch);
    expect(await readUiMessages('it')).toEqual({ a: { message: 'ciao' } });
    expect(await readUiMessages('it')).toEqual({ a: { message: 'ciao' } });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toMatch(/^chrome-extension:\/\/[^/]+\/_locales\/it\/messages\.json$/);
    expect(await readUiMessages('../../secrets')).toBeNull();
    expect(await readUiMessages('ja')).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('passes on only well-formed messages', () => {
    expect(asMessages({ a: { message: 'x' }, b: { message: 3 }, c: null, d: 'y' })).toEqual({ a: { message: 'x' } });
    expect(asMessages('garbage')).toBeNull();
    expect(asMessages({})).toBeNull();
  });
});
