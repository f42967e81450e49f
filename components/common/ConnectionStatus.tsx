import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/shared/translate';
import type { ConnectionState } from '@/utils/shared/protocol';
import { sendVerb } from '@/utils/shared/send-verb';
import { ScopeList } from '@/components/common/ScopeList';

interface Props {
  state: ConnectionState;
  t: Translate;
  /** Called after a disconnect, to read the state again. */
  onChanged(): void;
}

/** Connected or not, Disconnect (revoke at Zoom, then drop), missing scopes. Popup and options. */
export function ConnectionStatus({ state, t, onChanged }: Props) {
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const disconnect = async () => {
    const { revoked } = await sendVerb('disconnect', {});
    setNotice({ ok: revoked, text: t(revoked ? 'pop_disconnected' : 'pop_revokeFailed') });
    onChanged();
  };
  return (
    <>
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
        <p class={`notice ${notice.ok ? 'ok' : 'bad'}`} role="status">
          {notice.text}
        </p>
      ) : null}
    </>
  );
}
