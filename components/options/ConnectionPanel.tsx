import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n/translate';
import type { ConnectionState } from '../../utils/messaging';
import { send } from '../../utils/send';
import { ScopeList } from '../ScopeList';

/** Options page: is this browser connected to Zoom, with which scopes; Disconnect. */
export function ConnectionPanel({ t, refreshKey }: { t: Translate; refreshKey: number }) {
  const [state, setState] = useState<ConnectionState | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const load = () => send('connectionState', {}).then(setState, () => undefined);
  useEffect(() => {
    load();
  }, [refreshKey]);

  const disconnect = async () => {
    const { revoked } = await send('disconnect', {});
    setNotice({ ok: revoked, text: t(revoked ? 'pop_disconnected' : 'pop_revokeFailed') });
    load();
  };

  if (!state) return null;
  return (
    <section class="panel" aria-labelledby="connection-title">
      <h2 id="connection-title">{t('opt_connection')}</h2>
      <div class="connection">
        <span class={`pill ${state.connected ? 'ok' : 'bad'}`}>
          {state.connected ? t('pop_connected') : state.configured ? t('pop_notConnected') : t('pop_notConfigured')}
        </span>
        {state.connected ? (
          <button type="button" onClick={disconnect}>
            {t('pop_disconnect')}
          </button>
        ) : null}
      </div>
      <ScopeList state={state} t={t} />
      {notice ? (
        <p class={`banner ${notice.ok ? 'ok' : 'bad'}`} role="status">
          {notice.text}
        </p>
      ) : null}
    </section>
  );
}
