// The languages the extension's UI speaks: one folder each in public/_locales (a test checks that
// the two agree). English is the default locale and the fallback for every other language.
export const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt'] as const;

export type UiLanguageCode = (typeof UI_LANGUAGES)[number];

/** "de-CH", "pt_BR", " FR " → "de", "pt", "fr" when we speak it; anything else → null. */
export function uiLanguageOf(tag: string | null | undefined): UiLanguageCode | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguageCode) : null;
}

/** A BCP 47 tag Intl accepts ("de_CH" → "de-CH"), or null for a tag it rejects. */
export function intlLocale(tag: string | null | undefined): string | null {
  if (!tag?.trim()) return null;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}
