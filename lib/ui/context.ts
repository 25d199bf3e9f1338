// What every sidebar component needs to speak to the reader: the translator and the locale.
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Translate } from './i18n';
import { sayWith, type Say } from './say';

export interface UiContextValue {
  t: Translate;
  locale: string;
}

export const UiContext = createContext<UiContextValue>({ t: (key) => key, locale: 'en-US' });

/** The translator, the locale, and `say` for what the math says (lib/math/message.ts). */
export function useUi(): UiContextValue & { say: Say } {
  const ui = useContext(UiContext);
  const say = useMemo(() => sayWith(ui.t, ui.locale), [ui.t, ui.locale]);
  return { ...ui, say };
}
