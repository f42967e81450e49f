import type { ConnectionState } from '@/utils/shared/protocol';
import type { Translate } from '@/utils/shared/translate';

interface Props {
  state: ConnectionState;
  t: Translate;
  /**
   * The options page (the admin's): optional scopes are listed, also before anyone connects, since
   * the admin adds them in Zoom first. The popup (the user's) shows only what is missing.
   */
  forAdmin?: boolean;
}

/** Required versus granted scopes, what stops working without each missing one, and what optional ones add. */
export function ScopeList({ state, t, forAdmin = false }: Props) {
  if (!state.connected && !forAdmin) return null;
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
      {forAdmin ? (
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
      ) : null}
    </>
  );
}
