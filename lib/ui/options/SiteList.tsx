// The editable list of sites where the extension stays off.
import { useState } from 'preact/hooks';
import { normalizeHost } from '../../settings/model';
import type { Translate } from '../i18n';

interface Props {
  t: Translate;
  sites: string[];
  onChange(sites: string[]): void;
}

export function SiteList({ t, sites, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);

  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(draft);
    setInvalid(host === null);
    if (host === null) return;
    if (!sites.includes(host)) onChange([...sites, host]);
    setDraft('');
  };

  return (
    <>
      {sites.length === 0 ? (
        <p class="mdm-muted" data-testid="disabled-sites-empty">
          {t('disabledSitesEmpty')}
        </p>
      ) : null}
      <ul class="mdm-site-list" data-testid="disabled-sites">
        {sites.map((site) => (
          <li key={site}>
            <span class="mdm-site">{site}</span>
            <button
              type="button"
              class="mdm-button"
              aria-label={t('removeSiteLabel', site)}
              onClick={() => onChange(sites.filter((s) => s !== site))}
            >
              {t('removeSite')}
            </button>
          </li>
        ))}
      </ul>
      <form class="mdm-add-site" onSubmit={add} noValidate>
        <label for="mdm-add-site-input">{t('addSiteLabel')}</label>
        <div class="mdm-add-site-row">
          <input
            id="mdm-add-site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            data-testid="add-site-input"
            value={draft}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'mdm-add-site-error' : undefined}
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              setInvalid(false);
            }}
          />
          <button type="submit" class="mdm-button" data-testid="add-site">
            {t('addSite')}
          </button>
        </div>
        {invalid && (
          <p id="mdm-add-site-error" class="mdm-error" role="alert">
            {t('addSiteInvalid')}
          </p>
        )}
      </form>
    </>
  );
}
