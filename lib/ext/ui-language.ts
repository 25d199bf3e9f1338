// The sidebar's translator and locale in the content script, following the reader's setting.
//
// browser.i18n.getMessage speaks only the browser's language. For any other language the content
// script asks the background for that locale's messages.json: the background reads the file from
// the extension's own package (runtime.getURL + fetch, no network) in both Chrome and Firefox.
// Why not the alternatives: bundling all seven locales into the content script would add their
// text to the script every page loads, for the few pages that show a sidebar; and the content
// script cannot fetch the file itself without listing it in web_accessible_resources, which lets
// any page detect the extension.
import { browser } from 'wxt/browser';
import { uiLanguageOf, type UiLanguageCode } from '../locales';
import type { UiLanguageSetting } from '../settings/model';
import { browserTranslate } from '../ui/browser-translate';
import { translateFrom, type Translate } from '../ui/i18n';
import { formatLocale, wantedLanguage } from '../ui/ui-language';
import { sendToBackground } from './messaging';

export interface UiLanguage {
  lang: UiLanguageCode;
  /** Intl locale for numbers and dates, in the same language as the words. */
  locale: string;
  t: Translate;
}

export async function uiLanguageFor(setting: UiLanguageSetting, pageLang: string | undefined): Promise<UiLanguage> {
  const browserLocale = browser.i18n.getUILanguage();
  // The language getMessage actually answers in: each messages.json names its own.
  const own = uiLanguageOf(browserTranslate('messagesLanguage')) ?? 'en';
  const wanted = wantedLanguage(setting, pageLang);
  if (wanted && wanted !== own) {
    const messages = await sendToBackground({ type: 'ui-messages', lang: wanted }).catch(() => null);
    if (messages) {
      const inWanted = translateFrom(messages);
      // A key that locale lacks (tests forbid it, a half-merged file may not) reads in the browser's language, never as "".
      const t: Translate = (key, substitutions) => inWanted(key, substitutions) || browserTranslate(key, substitutions);
      return { lang: wanted, locale: formatLocale(wanted, setting === 'page' ? pageLang : undefined), t };
    }
  }
  return { lang: own, locale: formatLocale(own, browserLocale), t: browserTranslate };
}
