// Which language the sidebar speaks, decided from the reader's setting and the page: pure, so the
// rules are tested without a browser. lib/ext/ui-language.ts applies the decision.
import { intlLocale, uiLanguageOf, type UiLanguageCode } from '../locales';
import type { UiLanguageSetting } from '../settings/model';

/** The language asked for, or null for "the browser's" (also when the page's is one we do not speak). */
export function wantedLanguage(setting: UiLanguageSetting, pageLang: string | undefined): UiLanguageCode | null {
  if (setting === 'browser') return null;
  if (setting === 'page') return uiLanguageOf(pageLang);
  return setting;
}

/** The Intl locale for numbers and dates in `lang`: the fuller tag ("de-CH", "pt-BR") when it is
 * that language, else the bare language, so words and numbers never come from two languages. */
export function formatLocale(lang: UiLanguageCode, tag: string | undefined): string {
  const full = intlLocale(tag);
  return full && uiLanguageOf(full) === lang ? full : lang;
}
