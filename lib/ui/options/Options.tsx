// The options page: behaviour on news pages, the sites where it stays off, what the data covers,
// and the privacy statement.
import { formatPeriod } from '../../math/format';
import type { Translate } from '../i18n';
import type { SettingsAccess } from '../settings-deps';
import { Switch } from '../Switch';
import { useSettings } from '../use-settings';
import type { DataSummary } from '../../data/summary';
import { LanguageChoice } from './LanguageChoice';
import { SiteList } from './SiteList';

export interface OptionsDeps extends SettingsAccess {
  t: Translate;
  locale: string;
  data: DataSummary;
}

export function Options({ deps }: { deps: OptionsDeps }) {
  const { t, locale, data } = deps;
  const { settings, saveFailed, change } = useSettings(deps);
  if (!settings) return <main class="mdm-page mdm-options" aria-busy="true" />;

  return (
    <main class="mdm-page mdm-options">
      <h1 class="mdm-page-title">{t('optionsTitle')}</h1>
      {saveFailed && (
        <p class="mdm-error" role="alert">
          {t('saveFailed')}
        </p>
      )}

      <section aria-labelledby="mdm-behaviour">
        <h2 id="mdm-behaviour">{t('optionsBehaviour')}</h2>
        <Switch
          testId="opt-enabled"
          label={t('popupGlobalToggle')}
          checked={settings.enabled}
          onChange={(enabled) => change({ ...settings, enabled })}
        />
        <Switch
          testId="opt-auto-open"
          label={t('optAutoOpen')}
          checked={settings.autoOpen}
          disabled={!settings.enabled}
          onChange={(autoOpen) => change({ ...settings, autoOpen })}
        />
        <p class="mdm-hint">{t('optAutoOpenHint')}</p>
        <Switch
          testId="opt-badges"
          label={t('optBadges')}
          checked={settings.badges}
          disabled={!settings.enabled}
          onChange={(badges) => change({ ...settings, badges })}
        />
        <LanguageChoice
          t={t}
          value={settings.uiLanguage}
          disabled={!settings.enabled}
          onChange={(uiLanguage) => change({ ...settings, uiLanguage })}
        />
      </section>

      <section aria-labelledby="mdm-sites">
        <h2 id="mdm-sites">{t('disabledSitesTitle')}</h2>
        <SiteList t={t} sites={settings.disabledSites} onChange={(disabledSites) => change({ ...settings, disabledSites })} />
      </section>

      <section aria-labelledby="mdm-about-data">
        <h2 id="mdm-about-data">{t('aboutDataTitle')}</h2>
        <p data-testid="about-data">{t('aboutDataCount', String(data.companies))}</p>
        {data.readFrom && data.readTo && (
          <p>{t('aboutDataDates', [formatPeriod(data.readFrom, locale), formatPeriod(data.readTo, locale)])}</p>
        )}
      </section>

      <section aria-labelledby="mdm-privacy">
        <h2 id="mdm-privacy">{t('privacyTitle')}</h2>
        <p data-testid="privacy">{t('privacyText')}</p>
      </section>
    </main>
  );
}
