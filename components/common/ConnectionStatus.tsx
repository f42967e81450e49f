import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/utils/shared/translate';
import type { ConnectionState } from '@/utils/shared/protocol';
import { sendVerb } from '@/utils/shared/send-verb';
import { ScopeList } from '@/components/common/ScopeList';

interface Props {
  state: ConnectionState;
  t: Translate;
  /** Called after a disconnect, to read the state again. */
  onChanged(): void;
  /** The options page: the optional scopes too (ScopeList). */
  forAdmin?: boolean;
}

/** Which account is connected (with user:read:user), or only that one is; or why none is. */
export function connectionLabel(state: ConnectionState, t: Translate, forAdmin = false): string {
  if (state.connected) return state.account ? t('pop_signedInAs', state.account) : t('pop_connected');
  if (state.configured) return t('pop_notConnected');
  // On the options page the Client ID is entered right there.
  return forAdmin ? t('opt_connectionNotConfigured') : t('pop_notConfigured');
}

/** Connected or not, Disconnect (revoke at Zoom, then drop), missing scopes. Popup and options. */
export function ConnectionStatus({ state, t, onChanged, forAdmin = false }: Props) {
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const notice$ = useRef<HTMLParagraphElement>(null);
  // Disconnect removes its own button: focus goes to what it did rather than to the page body.
  useEffect(() => {
    if (notice) notice$.current?.focus();
  }, [notice]);
  const disconnect = async () => {
    const { revoked } = await sendVerb('disconnect', {});
    setNotice({ ok: revoked, text: t(revoked ? 'pop_disconnected' : 'pop_revokeFailed') });
    onChanged();
  };
  return (
    <>
      <div class="connection">
        <span class={`pill ${state.connected ? 'ok' : 'bad'}`}>{connectionLabel(state, t, forAdmin)}</span>
        {state.connected ? (
          <button type="button" onClick={disconnect}>
            {t('pop_disconnect')}
          </button>
        ) : null}
      </div>
      <ScopeList state={state} t={t} forAdmin={forAdmin} />
      {/* Always in the page, so that its text is announced when it appears. */}
      <p ref={notice$} class={notice ? `notice ${notice.ok ? 'ok' : 'bad'}` : 'notice-empty'} role="status" tabIndex={-1}>
        {notice?.text}
      </p>
    </>
  );
}
