// What every sidebar component needs to speak to the reader: the translator and the locale.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from './i18n';

export interface UiContextValue {
  t: Translate;
  locale: string;
}

export const UiContext = createContext<UiContextValue>({ t: (key) => key, locale: 'en-US' });

export const useUi = (): UiContextValue => useContext(UiContext);
