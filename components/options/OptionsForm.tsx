import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '@/utils/shared/translate';
import { OVERRIDE_KEYS } from '@/utils/shared/settings/types';
import { grantedAddresses, originPattern } from '@/utils/shared/settings/ontime-patterns';
import { settingsItem, type EffectiveSettings } from '@/utils/shared/settings/settings-storage';
import type { LinkTarget, Settings, ZoomDomain } from '@/utils/shared/settings/types';
import { isLoopbackHost, normaliseSettings, type SettingsProblem } from '@/utils/shared/settings/validate';
import { ZoomIcon } from '@/components/common/ZoomIcon';
import { IgnoredNotes } from '@/components/options/IgnoredNotes';
import { ConnectionPanel } from '@/components/options/ConnectionPanel';
import { fromForm, isCssSelector, toForm, type FormState } from '@/components/options/form-state';
import { RedirectSection } from '@/components/options/RedirectSection';
import { RadioRow } from '@/components/options/RadioRow';
import { Row } from '@/components/options/Row';
import { TestConnection } from '@/components/options/TestConnection';
import { describedBy, errorIdOf, invalidControls } from '@/components/options/field-errors';
import { OverridePreview } from '@/components/options/OverridePreview';
import { Fragment } from 'preact';

interface Props {
  initial: EffectiveSettings;
  t: Translate;
  redirectUrl: string;
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
  return Object.fromEntries(await grantedAddresses(addresses, (origin) => browser.permissions.contains({ origins: [origin] })));
}

export function OptionsForm({ initial, t, redirectUrl }: Props) {
  const locked = new Set(initial.locked);
  const [form, setForm] = useState<FormState>(toForm(initial.settings));
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const [banner, setBanner] = useState<Banner>(null);
  const [saved, setSaved] = useState<string[]>(initial.settings.ontimeAddresses);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [savedCount, setSavedCount] = useState(0);
  const [testRuns, setTestRuns] = useState(0);
  // Bumped by each refused save: focus then goes to the first invalid field, once it is rendered.
  const [refusals, setRefusals] = useState(0);
  const form$ = useRef<HTMLFormElement>(null);

  useEffect(() => {
    grantedMap(saved).then(setGranted);
  }, [saved]);

  useEffect(() => {
    const [first] = invalidControls(problems);
    if (refusals && first) form$.current?.querySelector<HTMLElement>(`#${CSS.escape(first)}`)?.focus();
  }, [refusals]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const problemsFor = (field: keyof Settings) => problems.filter((p) => p.field === field);
  const invalid = (field: keyof Settings) => problemsFor(field).length > 0;
  const badOverrides = new Set(invalidControls(problemsFor('selectorOverrides')));
  // Values the policy or storage held that broke the rules (as read when the page opened), beside their field.
  const ignoredFor = (...fields: (keyof Settings)[]) => initial.ignored.filter((i) => fields.includes(i.key));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const result = normaliseSettings(fromForm(form), isCssSelector);
    // A bad value set by policy is the administrator's to fix; it never blocks the user's own.
    const blocking = result.ok ? [] : result.problems.filter((p) => !locked.has(p.field));
    if (!result.ok && blocking.length) {
      setProblems(blocking);
      const count = invalidControls(blocking).length;
      setBanner({ ok: false, text: count === 1 ? t('opt_fixErrorsOne') : t('opt_fixErrors', String(count)) });
      setRefusals((n) => n + 1);
      return;
    }
    setProblems([]);
    const settings = result.ok ? result.settings : fromForm(form);
    const origins = neededOrigins(settings);
    // Asked first, while the click still counts as a user gesture.
    const allowed = origins.length ? await browser.permissions.request({ origins }).catch(() => false) : true;
    const stored = await settingsItem.getValue();
    const own = Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, locked.has(k as keyof Settings) ? stored[k as keyof Settings] : v]));
    await settingsItem.setValue({ ...stored, ...own } as Settings);
    setForm(toForm(settings));
    setSaved(settings.ontimeAddresses);
    const map = await grantedMap(settings.ontimeAddresses);
    setGranted(map);
    setSavedCount((n) => n + 1);
    const refused = settings.ontimeAddresses.filter((a) => !map[a]);
    setBanner(allowed && !refused.length ? { ok: true, text: t('opt_saved') } : { ok: false, text: t('opt_permissionDenied', refused.join(', ')) });
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
      <form ref={form$} onSubmit={onSubmit} noValidate>
        <Row id="clientId" label={t('opt_clientId')} help={t('opt_clientIdHelp')} locked={locked.has('clientId')} problems={problemsFor('clientId')} ignored={ignoredFor('clientId')} t={t}>
          <input
            id="clientId"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={form.clientId}
            disabled={locked.has('clientId')}
            aria-invalid={invalid('clientId')}
            aria-describedby={describedBy('clientId', { help: true, invalid: invalid('clientId') })}
            onInput={(e) => set('clientId', e.currentTarget.value)}
          />
        </Row>

        {/* The setup guide's order: the Redirect URL goes into Zoom right after the Client ID comes out of it (guide 1.5, 1.6). */}
        <RedirectSection
          t={t}
          redirectUrl={redirectUrl}
          relay={form.relayRedirectUrl}
          relayLocked={locked.has('relayRedirectUrl')}
          relayProblems={problemsFor('relayRedirectUrl')}
          relayIgnored={ignoredFor('relayRedirectUrl')}
          onRelay={(v) => set('relayRedirectUrl', v)}
        />

        <RadioRow
          name="zoomDomain"
          label={t('opt_zoomDomain')}
          choices={[
            { value: 'zoom.us' as ZoomDomain, label: t('opt_domainZoom') },
            { value: 'zoomgov.com' as ZoomDomain, label: t('opt_domainGov') },
            { value: 'custom' as ZoomDomain, label: t('opt_domainCustom') },
          ]}
          value={form.zoomDomain}
          locked={locked.has('zoomDomain')}
          // The custom bases are shown here while their fields are hidden.
          ignored={form.zoomDomain === 'custom' ? ignoredFor('zoomDomain') : ignoredFor('zoomDomain', 'customOAuthBase', 'customApiBase')}
          onChange={(v) => set('zoomDomain', v)}
          t={t}
        >
          {form.zoomDomain === 'custom' ? (
            <div class="custom">
              {(['customOAuthBase', 'customApiBase'] as const).map((key) => (
                <Row key={key} id={key} label={t(key === 'customOAuthBase' ? 'opt_oauthBase' : 'opt_apiBase')} locked={locked.has(key)} problems={problemsFor(key)} ignored={ignoredFor(key)} t={t}>
                  <input
                    id={key}
                    type="url"
                    value={form[key]}
                    disabled={locked.has(key)}
                    aria-invalid={invalid(key)}
                    aria-describedby={describedBy(key, { invalid: invalid(key) })}
                    onInput={(e) => set(key, e.currentTarget.value)}
                  />
                </Row>
              ))}
              <p class="help">{t('opt_customHelp')}</p>
            </div>
          ) : null}
        </RadioRow>

        <Row id="ontimeAddresses" label={t('opt_ontimeAddresses')} help={t('opt_ontimeHelp')} locked={locked.has('ontimeAddresses')} problems={problemsFor('ontimeAddresses')} ignored={ignoredFor('ontimeAddresses')} t={t}>
          <textarea
            id="ontimeAddresses"
            spellcheck={false}
            value={form.ontimeAddresses}
            disabled={locked.has('ontimeAddresses')}
            aria-invalid={invalid('ontimeAddresses')}
            aria-describedby={describedBy('ontimeAddresses', { help: true, invalid: invalid('ontimeAddresses') })}
            onInput={(e) => set('ontimeAddresses', e.currentTarget.value)}
          />
          {saved.length ? (
            <ul class="addresses">
              {saved.map((a) => (
                <li key={a}>
                  <span class={`pill ${granted[a] ? 'ok' : 'bad'}`}>{granted[a] ? t('opt_granted') : t('opt_notGranted')}</span>
                  {a}
                </li>
              ))}
            </ul>
          ) : null}
        </Row>

        <RadioRow
          name="linkTarget"
          label={t('opt_linkTarget')}
          choices={(['both', 'bothOrBody', 'location', 'body'] as LinkTarget[]).map((target) => ({ value: target, label: t(`opt_link_${target}`) }))}
          value={form.linkTarget}
          locked={locked.has('linkTarget')}
          ignored={ignoredFor('linkTarget')}
          onChange={(v) => set('linkTarget', v)}
          t={t}
        />

        <details
          class="row"
          open={problemsFor('selectorOverrides').length > 0 || ignoredFor('selectorOverrides').length > 0 || Object.values(form.selectorOverrides).some(Boolean)}
        >
          <summary class="label">
            {t('opt_overrides')}
            {locked.has('selectorOverrides') ? <span class="locked">{t('opt_locked')}</span> : null}
          </summary>
          <IgnoredNotes ignored={ignoredFor('selectorOverrides')} t={t} />
          <p class="help">{t('opt_overridesHelp')}</p>
          <div class="overrides">
            {OVERRIDE_KEYS.map((key) => (
              <Fragment key={key}>
                <label>
                  <span>{t(`opt_override_${key}`)}</span>
                  <input
                    id={`override-${key}`}
                    type="text"
                    spellcheck={false}
                    aria-invalid={badOverrides.has(`override-${key}`)}
                    aria-describedby={describedBy(`override-${key}`, { invalid: badOverrides.has(`override-${key}`) })}
                    value={form.selectorOverrides[key]}
                    disabled={locked.has('selectorOverrides')}
                    onInput={(e) => set('selectorOverrides', { ...form.selectorOverrides, [key]: e.currentTarget.value })}
                  />
                </label>
                <OverridePreview overrideKey={key} selector={form.selectorOverrides[key]} t={t} />
              </Fragment>
            ))}
          </div>
          {problemsFor('selectorOverrides').map((p) => (
            <p class="error" id={errorIdOf(invalidControls([p])[0]!)} key={p.value}>
              {t(p.messageKey, p.value ?? '')}
            </p>
          ))}
        </details>

        <div class="actions">
          <button type="submit" class="primary">
            {t('opt_save')}
          </button>
          {/* Always in the page: a status region created together with its text is often not announced. */}
          <span class={banner ? `banner ${banner.ok ? 'ok' : 'bad'}` : 'banner'} role="status">
            {banner?.text}
          </span>
        </div>
      </form>
      <ConnectionPanel t={t} refreshKey={savedCount + testRuns} />
      <TestConnection t={t} onFinished={() => setTestRuns((n) => n + 1)} />
    </>
  );
}
