import { useEffect } from 'preact/hooks';
import type { Translate } from '@/utils/shared/translate';
import { PageCheckView } from '@/components/common/PageCheckView';
import { usePageCheck } from '@/components/common/usePageCheck';

/** The popup's page check: runs when the popup opens; shown only when an OnTime tab answers. */
export function PageCheck({ t }: { t: Translate }) {
  const [state, run] = usePageCheck();
  useEffect(() => void run(), []);
  if (state.status !== 'done') return null;
  return (
    <section class="page-check-section" aria-labelledby="pc-title">
      <h2 id="pc-title">{t('pc_title')}</h2>
      <PageCheckView report={state.report} t={t} />
      <button type="button" class="link" onClick={run}>
        {t('pc_run')}
      </button>
    </section>
  );
}
