import { useEffect } from 'preact/hooks';
import type { Translate } from '@/utils/shared/translate';
import { PageCheckView } from '@/components/common/PageCheckView';
import { usePageCheck } from '@/components/common/usePageCheck';

/** Test connection's page check: the OnTime tab's editor as our detection reads it. Runs with each test, or alone. */
export function PageCheckSection({ t, runs }: { t: Translate; runs: number }) {
  const [state, run] = usePageCheck('options');
  useEffect(() => {
    if (runs) void run();
  }, [runs]);
  return (
    <div class="page-check-section" role="group" aria-labelledby="pc-title">
      <h3 id="pc-title">{t('pc_title')}</h3>
      <p class="help">{t('pc_help')}</p>
      <div>
        <button type="button" onClick={run} disabled={state.status === 'running'} aria-busy={state.status === 'running'}>
          {state.status === 'running' ? t('pc_running') : t('pc_run')}
        </button>
      </div>
      {state.status === 'noTab' ? <p class="warn" role="status">{t('pc_noTab')}</p> : null}
      {state.status === 'done' ? <PageCheckView report={state.report} t={t} /> : null}
    </div>
  );
}
