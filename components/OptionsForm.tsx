import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../utils/i18n/translate';
import { originPattern } from '../utils/settings/ontime-patterns';
import { settingsItem } from '../utils/settings/store';
import type { Settings, ZoomDomain } from '../utils/settings/types';
import { isLoopbackHost, normaliseSettings, type SettingsProblem } from '../utils/settings/validate';
import { ConnectionPanel } from './ConnectionPanel';
import { ZoomIcon } from './ZoomIcon';

interface Props {
  initial: Settings;
  t: Translate;
  redirectUrl: string;
}

interface Form {
  clientId: string;
  zoomDomain: ZoomDomain;
  customOAuthBase: string;
  customApiBase: string;
  ontimeAddresses: string;
}

type Banner = { ok: boolean; text: string } | null;

/** Origins the settings need at run time: OnTime hosts, and a custom Zoom host that is not loopback. */
function neededOrigins(settings: Settings): string[] {
  const origins = settings.ontimeAddresses.map(originPattern).filter((o): o is string => !!o);
  if (settings.zoomDomain === 'custom') {
    for (const base of [settings.customOAuthBase, settings.customApiBase]) {
      const url = new URL(base);
      if (!isLoopbackHost(url.hostname)) origins.push(`${url.protocol}//${url.hostname}/*`);
    }
  }
  return [...new Set(origins)];
}

async function grantedMap(addresses: string[]): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    addresses.map(async (a) => {
      const origin = originPattern(a);
      return [a, origin ? await browser.permissions.contains({ origins: [origin] }) : false] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export function OptionsForm({ initial, t, redirectUrl }: Props) {
  const [form, setForm] = useState<Form>({ ...initial, ontimeAddresses: initial.ontimeAddresses.join('\n') });
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const [banner, setBanner] = useState<Banner>(null);
  const [copied, setCopied] = useState(false);
  const [saved, setSaved] = useState<string[]>(initial.ontimeAddresses);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [savedCount, setSavedCount] = useState(0);

  useEffect(() => {
    grantedMap(saved).then(setGranted);
  }, [saved]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const problemsFor = (field: keyof Settings) => problems.filter((p) => p.field === field);
  const errorText = (p: SettingsProblem) => t(p.messageKey, p.value ?? '');

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const result = normaliseSettings({ ...form, ontimeAddresses: form.ontimeAddresses.split('\n') });
    if (!result.ok) {
      setProblems(result.problems);
      setBanner({ ok: false, text: t('opt_fixErrors') });
      return;
    }
    setProblems([]);
    const settings = result.settings;
    const origins = neededOrigins(settings);
    // Asked first, while the click still counts as a user gesture.
    const allowed = origins.length ? await browser.permissions.request({ origins }).catch(() => false) : true;
    await settingsItem.setValue(settings);
    setForm({ ...settings, ontimeAddresses: settings.ontimeAddresses.join('\n') });
    setSaved(settings.ontimeAddresses);
    const map = await grantedMap(settings.ontimeAddresses);
    setGranted(map);
    const refused = settings.ontimeAddresses.filter((a) => !map[a]);
    setSavedCount((n) => n + 1);
    setBanner(allowed && !refused.length ? { ok: true, text: t('opt_saved') } : { ok: false, text: t('opt_permissionDenied', refused.join(', ')) });
  };

  const copy = async () => {
    await navigator.clipboard.writeText(redirectUrl).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  return (
    <>
      <h1>
        <span class="logo">
          <ZoomIcon />
        </span>
        {t('opt_title')}
      </h1>
      <p class="lead">{t('opt_intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <div class="row">
          <label for="clientId">{t('opt_clientId')}</label>
          <input
            id="clientId"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={form.clientId}
            aria-invalid={problemsFor('clientId').length > 0}
            aria-describedby="clientId-help"
            onInput={(e) => set('clientId', e.currentTarget.value)}
          />
          <p id="clientId-help" class="help">{t('opt_clientIdHelp')}</p>
          {problemsFor('clientId').map((p) => (
            <p class="error" role="alert">{errorText(p)}</p>
          ))}
        </div>

        <div class="row" role="radiogroup" aria-labelledby="zoomDomain-label">
          <span id="zoomDomain-label" class="label">{t('opt_zoomDomain')}</span>
          <div class="radios">
            {(['zoom.us', 'zoomgov.com', 'custom'] as const).map((domain) => (
              <label>
                <input type="radio" name="zoomDomain" value={domain} checked={form.zoomDomain === domain} onChange={() => set('zoomDomain', domain)} />
                {t(domain === 'zoom.us' ? 'opt_domainZoom' : domain === 'zoomgov.com' ? 'opt_domainGov' : 'opt_domainCustom')}
              </label>
            ))}
          </div>
          {form.zoomDomain === 'custom' ? (
            <div class="custom">
              <label for="customOAuthBase">{t('opt_oauthBase')}</label>
              <input id="customOAuthBase" type="url" value={form.customOAuthBase} aria-invalid={problemsFor('customOAuthBase').length > 0} onInput={(e) => set('customOAuthBase', e.currentTarget.value)} />
              {problemsFor('customOAuthBase').map((p) => (
                <p class="error" role="alert">{errorText(p)}</p>
              ))}
              <label for="customApiBase">{t('opt_apiBase')}</label>
              <input id="customApiBase" type="url" value={form.customApiBase} aria-invalid={problemsFor('customApiBase').length > 0} onInput={(e) => set('customApiBase', e.currentTarget.value)} />
              {problemsFor('customApiBase').map((p) => (
                <p class="error" role="alert">{errorText(p)}</p>
              ))}
              <p class="help">{t('opt_customHelp')}</p>
            </div>
          ) : null}
        </div>

        <div class="row">
          <label for="ontimeAddresses">{t('opt_ontimeAddresses')}</label>
          <textarea
            id="ontimeAddresses"
            spellcheck={false}
            value={form.ontimeAddresses}
            aria-invalid={problemsFor('ontimeAddresses').length > 0}
            aria-describedby="ontime-help"
            onInput={(e) => set('ontimeAddresses', e.currentTarget.value)}
          />
          <p id="ontime-help" class="help">{t('opt_ontimeHelp')}</p>
          {problemsFor('ontimeAddresses').map((p) => (
            <p class="error" role="alert">{errorText(p)}</p>
          ))}
          {saved.length ? (
            <ul class="addresses">
              {saved.map((a) => (
                <li>
                  <span class={`pill ${granted[a] ? 'ok' : 'bad'}`}>{granted[a] ? t('opt_granted') : t('opt_notGranted')}</span>
                  {a}
                </li>
              ))}
            </ul>
          ) : null}
        </div>

        <div class="row">
          <label for="redirectUrl">{t('opt_redirectUrl')}</label>
          <div class="copy">
            <input id="redirectUrl" type="text" readOnly value={redirectUrl} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={copy}>
              {copied ? t('opt_copied') : t('opt_copy')}
            </button>
          </div>
          <p class="help">{t('opt_redirectHelp')}</p>
        </div>

        <div class="actions">
          <button type="submit" class="primary">
            {t('opt_save')}
          </button>
          {banner ? (
            <span class={`banner ${banner.ok ? 'ok' : 'bad'}`} role="status">
              {banner.text}
            </span>
          ) : null}
        </div>
      </form>
      <ConnectionPanel t={t} refreshKey={savedCount} />
    </>
  );
}
