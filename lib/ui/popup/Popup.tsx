// The toolbar popup: what the extension found on this page, the switches for this site and for
// all sites, and the way to the options.
import { useEffect, useState } from 'preact/hooks';
import type { TabStatus } from '../../messages';
import { isActiveOn, isSiteOn, normalizeHost, toggleSite, type Settings } from '../../settings/model';
import type { Translate } from '../i18n';
import type { SettingsAccess } from '../settings-deps';
import { Switch } from '../Switch';
import { useSettings } from '../use-settings';

export interface PopupDeps extends SettingsAccess {
  t: Translate;
  /** The active tab's hostname (null for pages that are not http(s)) and its status from the
   * background (null when no content script answers there). */
  pageInfo(): Promise<{ hostname: string | null; status: TabStatus | null }>;
  openOptions(): void;
}

export function Popup({ deps }: { deps: PopupDeps }) {
  const { t } = deps;
  const { settings, saveFailed, change } = useSettings(deps);
  const [page, setPage] = useState<{ hostname: string | null; status: TabStatus | null } | null>(null);

  useEffect(() => {
    void deps.pageInfo().then(setPage, () => setPage({ hostname: null, status: null }));
  }, [deps]);

  if (!settings || !page) return <main class="mdm-page mdm-popup" aria-busy="true" />;
  const site = page.hostname ? normalizeHost(page.hostname) : null;

  return (
    <main class="mdm-page mdm-popup">
      <h1 class="mdm-page-title">{t('extName')}</h1>
      <p class="mdm-status" data-testid="popup-status" role="status">
        {statusText(t, settings, site, page.status)}
      </p>
      <div class="mdm-switches">
        <Switch
          testId="site-toggle"
          label={t('popupSiteToggle', site ?? '—')}
          checked={site !== null && isSiteOn(settings, site)}
          disabled={site === null}
          onChange={(on) => site && change(toggleSite(settings, site, on))}
        />
        <Switch
          testId="global-toggle"
          label={t('popupGlobalToggle')}
          checked={settings.enabled}
          onChange={(enabled) => change({ ...settings, enabled })}
        />
        <Switch
          testId="badges-toggle"
          label={t('optBadges')}
          checked={settings.badges}
          disabled={!settings.enabled}
          onChange={(badges) => change({ ...settings, badges })}
        />
      </div>
      {saveFailed && (
        <p class="mdm-error" role="alert">
          {t('saveFailed')}
        </p>
      )}
      <a
        class="mdm-options-link"
        href="#"
        data-testid="options-link"
        onClick={(e) => {
          e.preventDefault();
          deps.openOptions();
        }}
      >
        {t('popupOptions')}
      </a>
    </main>
  );
}

function statusText(t: Translate, settings: Settings, site: string | null, status: TabStatus | null): string {
  if (site === null) return t('popupUnavailable');
  if (!isActiveOn(settings, site)) return t('popupOff');
  if (!status) return t('popupUnavailable');
  // Flagged, but no company we can show: say what was found and what is missing.
  if (status.label === 'ai_layoff' && !status.flagged) return t('popupFlaggedNoCompany');
  if (!status.flagged) return t('popupNotFlagged');
  const { unlisted } = status;
  const listed = status.companies.filter((c) => c.name !== unlisted?.name).map((c) => c.name);
  return [
    t('popupFlagged'),
    unlisted ? t(`popupUnlisted_${unlisted.why.replace('-', '_')}`, unlisted.name) : '',
    listed.length ? t('popupCompanies', listed.join(', ')) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
