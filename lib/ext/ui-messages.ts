// The background's side of the sidebar's languages: one locale's messages.json, read from the
// extension's own package (see lib/ext/ui-language.ts for why the content script asks us).
import { browser } from 'wxt/browser';
import { UI_LANGUAGES, type UiLanguageCode } from '../locales';
import type { Messages } from '../ui/i18n';

const loaded = new Map<UiLanguageCode, Promise<Messages | null>>();

export function readUiMessages(lang: unknown): Promise<Messages | null> {
  const code = UI_LANGUAGES.find((known) => known === lang);
  if (!code) return Promise.resolve(null);
  let messages = loaded.get(code);
  if (!messages) {
    messages = fetch(browser.runtime.getURL(`/_locales/${code}/messages.json` as never))
      .then((response) => response.json() as Promise<unknown>)
      .then(asMessages)
      .catch(() => null);
    loaded.set(code, messages);
  }
  return messages;
}

/** Only entries with a string message: anything else in the file is not ours to pass on. */
export function asMessages(json: unknown): Messages | null {
  if (json === null || typeof json !== 'object') return null;
  const entries = Object.entries(json).filter(
    ([, entry]) => typeof (entry as { message?: unknown } | null)?.message === 'string',
  );
  return entries.length > 0 ? (Object.fromEntries(entries) as Messages) : null;
}
