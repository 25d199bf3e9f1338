// The user's settings as one plain value, and the pure rules on it. Storage lives in
// lib/ext/settings-store.ts; this module never touches the browser so it can be tested alone.
import { UI_LANGUAGES, type UiLanguageCode } from '../locales';

/** The sidebar's language: the browser's, the page's (when we speak it), or one the reader picked. */
export type UiLanguageSetting = 'browser' | 'page' | UiLanguageCode;

export const UI_LANGUAGE_SETTINGS: readonly UiLanguageSetting[] = ['browser', 'page', ...UI_LANGUAGES];

export interface Settings {
  /** Global switch: when false nothing runs on any page. */
  enabled: boolean;
  /** Open the sidebar by itself on flagged pages (else it waits as a one-line tab in the corner).
   * Off until the reader opens the panel; their last open or close sets it. */
  autoOpen: boolean;
  /** Mark company mentions in the page with small buttons. */
  badges: boolean;
  /** Hostnames (lowercase, no "www.") where the extension stays off, subdomains included. */
  disabledSites: string[];
  uiLanguage: UiLanguageSetting;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  autoOpen: false,
  badges: true,
  disabledSites: [],
  uiLanguage: 'browser',
});

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/** "https://WWW.Example.com/path" or "example.com" → "example.com"; anything that is not a host → null. */
export function normalizeHost(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return HOST.test(host) ? host : null;
}

function normalizeSites(raw: unknown): string[] {
  const items = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : [];
  const hosts = items.filter((s): s is string => typeof s === 'string').map(normalizeHost);
  return [...new Set(hosts.filter((h): h is string => h !== null))];
}

const bool = (raw: unknown, fallback: boolean) => (typeof raw === 'boolean' ? raw : fallback);
const uiLanguage = (raw: unknown): UiLanguageSetting =>
  UI_LANGUAGE_SETTINGS.find((choice) => choice === raw) ?? DEFAULT_SETTINGS.uiLanguage;

/** Whatever storage held → valid Settings. Each field falls back on its own, so one corrupt value
 * never costs the user the rest (above all the list of disabled sites). */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    enabled: bool(r.enabled, DEFAULT_SETTINGS.enabled),
    autoOpen: bool(r.autoOpen, DEFAULT_SETTINGS.autoOpen),
    badges: bool(r.badges, DEFAULT_SETTINGS.badges),
    disabledSites: normalizeSites(r.disabledSites),
    uiLanguage: uiLanguage(r.uiLanguage),
  };
}

function covers(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** True unless this hostname (or a parent domain) is in the disabled list; ignores the global switch. */
export function isSiteOn(settings: Settings, hostname: string): boolean {
  const host = normalizeHost(hostname);
  return host === null || !settings.disabledSites.some((site) => covers(site, host));
}

/** True when the extension should run on this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && isSiteOn(settings, hostname);
}

/** Switch the extension on or off for one site. Turning a site on also lifts a parent-domain entry
 * that covered it, since otherwise the switch would do nothing. */
export function toggleSite(settings: Settings, hostname: string, on: boolean): Settings {
  const host = normalizeHost(hostname);
  if (host === null) return settings;
  const others = settings.disabledSites.filter((site) => !covers(site, host));
  return { ...settings, disabledSites: on ? others : [...settings.disabledSites.filter((s) => s !== host), host] };
}
