import type { ConnectionState } from '@/utils/shared/protocol';
import type { Translate } from '@/utils/shared/translate';

/** Required versus granted scopes, and what stops working without each missing one. */
export function ScopeList({ state, t }: { state: ConnectionState; t: Translate }) {
  if (!state.connected) return null;
  if (!state.missing.length) return <p class="scopes ok">{t('opt_scopesOk')}</p>;
  return (
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
}
