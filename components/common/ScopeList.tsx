import type { ConnectionState } from '@/utils/shared/protocol';
import type { Translate } from '@/utils/shared/translate';

interface Props {
  state: ConnectionState;
  t: Translate;
  /** The options page lists the optional scopes before anyone connects: the admin adds them in Zoom first. */
  listOptionalUnconnected?: boolean;
}

/** Required versus granted scopes, what stops working without each missing one, and what optional ones add. */
export function ScopeList({ state, t, listOptionalUnconnected = false }: Props) {
  if (!state.connected && !listOptionalUnconnected) return null;
  const required = !state.connected ? null : !state.missing.length ? (
    <p class="scopes ok">{t('opt_scopesOk')}</p>
  ) : (
    <div class="scopes bad" role="alert">
      <p>{t('opt_scopesMissing')}</p>
      <ul>
        {state.missing.map((m) => (
          <li key={m.scope}>
            <code>{m.scope}</code>: {t('scope_stops', t(m.feature))}
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <>
      {required}
      <div class="scopes optional">
        <p>{t('opt_scopesOptional')}</p>
        <ul>
          {state.optional.map((o) => (
            <li key={o.scope}>
              <code>{o.scope}</code>
              {state.connected ? ` (${t(o.granted ? 'opt_scopeGranted' : 'opt_scopeNotGranted')})` : ''}: {t('scope_adds', t(o.feature))}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
