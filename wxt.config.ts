import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

// Fixed Firefox add-on id: AMO needs one, and the e2e tests use it to know the moz-extension URL.
export const GECKO_ID = 'math-doesnt-math@example.org';

/** The always-on content script, evaluated on every page (see lib/ext/page-ui.ts). */
const ALWAYS_ON = 'content';

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The always-on script is built without webextension-polyfill (a third of its size): it uses
    // only APIs that return promises in both browsers (sendMessage, storage) and answers the popup
    // with sendResponse, so `browser` there is Firefox's own, or Chrome's `chrome`.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entry) => entry.name === ALWAYS_ON)) return;
      config.resolve ??= {};
      config.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
        // Only what the extension uses of WXT's content-script context (see the file).
        { find: /^wxt\/utils\/content-script-context$/, replacement: resolve(import.meta.dirname, 'entrypoints/content/context.ts') },
        ...aliasList(config.resolve.alias),
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings. scripting: the UI part of the content script is injected only into pages
    // that pass the quick check (lib/ext/page-ui.ts), which needs the same hosts the content
    // script already runs on. Nothing else: the popup learns the page's site from our content script.
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 is the first version that knows data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

type Alias = { find: string | RegExp; replacement: string };

/** Vite takes aliases as a list or as an object; the hook above puts its own first. */
function aliasList(alias: unknown): Alias[] {
  if (Array.isArray(alias)) return alias as Alias[];
  return Object.entries((alias ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
}
