// The extension's Translate: the browser's own i18n over public/_locales.
import { browser } from 'wxt/browser';
import type { Translate } from './i18n';

// getMessage's key type lists only the keys WXT saw at prepare time; ours are checked by tests.
export const browserTranslate: Translate = (key, substitutions) => browser.i18n.getMessage(key as never, substitutions);
