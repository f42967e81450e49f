import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/shared/translate';
import type { SettingsProblem } from '@/utils/shared/settings/validate';
import type { IgnoredSetting } from '@/utils/shared/settings/resolve-settings';
import { Row } from '@/components/options/Row';
import { describedBy } from '@/components/options/field-errors';

// Every browser has its own redirect URL; all of them go into Zoom's OAuth Allow List.
export const KNOWN_REDIRECTS = [
  { browser: 'Chrome, Edge', url: 'https://nbnacpffkajggpgikcajlfpemmpeghdj.chromiumapp.org/' },
  { browser: 'Firefox', url: 'https://b4daaf6759016d72b8d6a314e580852f38d10d45.extensions.allizom.org/' },
];

interface Props {
  t: Translate;
  redirectUrl: string;
  relay: string;
  relayLocked: boolean;
  relayProblems: SettingsProblem[];
  relayIgnored: IgnoredSetting[];
  onRelay(value: string): void;
}

/** This browser's Redirect URL to paste into Zoom, the other browsers' ones, and the relay option. */
export function RedirectSection({ t, redirectUrl, relay, relayLocked, relayProblems, relayIgnored, onRelay }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    // Refused (no focus, a policy): the field is selected instead, ready for Ctrl+C.
    const done = await navigator.clipboard.writeText(redirectUrl).then(() => true, () => false);
    if (!done) document.querySelector<HTMLInputElement>('#redirectUrl')?.select();
    setCopied(done);
    setTimeout(() => setCopied(false), 3000);
  };
  return (
    <>
      <Row id="redirectUrl" label={t('opt_redirectUrl')} t={t}>
        <div class="copy">
          <input id="redirectUrl" type="text" readOnly value={redirectUrl} aria-describedby="redirectUrl-help" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={copy}>
            {t('opt_copy')}
          </button>
          <span class="copied" role="status">
            {copied ? t('opt_copied') : ''}
          </span>
        </div>
        <p id="redirectUrl-help" class="help">
          {t('opt_redirectHelp')}
        </p>
        <p class="help">{t('opt_otherBrowsers')}</p>
        <ul class="addresses">
          {KNOWN_REDIRECTS.map((r) => (
            <li key={r.url}>
              <span class="pill">{r.browser}</span>
              <code>{r.url}</code>
            </li>
          ))}
        </ul>
      </Row>
      <details class="row" open={!!relay || relayProblems.length > 0 || relayIgnored.length > 0}>
        <summary class="label">{t('opt_relay')}</summary>
        <Row id="relayRedirectUrl" label={t('opt_relayLabel')} help={t('opt_relayHelp')} locked={relayLocked} problems={relayProblems} ignored={relayIgnored} t={t}>
          <input
            id="relayRedirectUrl"
            type="url"
            value={relay}
            disabled={relayLocked}
            aria-invalid={relayProblems.length > 0}
            aria-describedby={describedBy('relayRedirectUrl', { help: true, invalid: relayProblems.length > 0 })}
            onInput={(e) => onRelay(e.currentTarget.value)}
          />
        </Row>
      </details>
    </>
  );
}
