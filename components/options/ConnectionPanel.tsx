import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/utils/shared/translate';
import type { ConnectionState } from '@/utils/shared/protocol';
import { sendVerb } from '@/utils/shared/send-verb';
import { ConnectionStatus } from '@/components/common/ConnectionStatus';

/** Options page: is this browser connected to Zoom, with which scopes; Disconnect. */
export function ConnectionPanel({ t, refreshKey }: { t: Translate; refreshKey: number }) {
  const [state, setState] = useState<ConnectionState | null>(null);
  const load = () => sendVerb('connectionState', {}).then(setState, () => undefined);
  useEffect(() => {
    load();
  }, [refreshKey]);

  if (!state) return null;
  return (
    <section class="panel" aria-labelledby="connection-title">
      <h2 id="connection-title">{t('opt_connection')}</h2>
      <ConnectionStatus state={state} t={t} onChanged={load} forAdmin />
    </section>
  );
}
