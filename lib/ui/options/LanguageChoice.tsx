// Which language the sidebar speaks: the browser's (the default), the page's, or one of ours.
// Each language is named in itself ("Deutsch", "Français"), as people look for their own.
import { UI_LANGUAGES } from '../../locales';
import { UI_LANGUAGE_SETTINGS, type UiLanguageSetting } from '../../settings/model';
import type { Translate } from '../i18n';

interface Props {
  t: Translate;
  value: UiLanguageSetting;
  disabled: boolean;
  onChange(value: UiLanguageSetting): void;
}

export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

export function LanguageChoice({ t, value, disabled, onChange }: Props) {
  return (
    <label class="mdm-field">
      <span>{t('optLanguage')}</span>
      <select
        data-testid="opt-language"
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const chosen = UI_LANGUAGE_SETTINGS.find((choice) => choice === e.currentTarget.value);
          if (chosen) onChange(chosen);
        }}
      >
        <option value="browser">{t('optLanguageBrowser')}</option>
        <option value="page">{t('optLanguagePage')}</option>
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
