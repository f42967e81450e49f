import { useEffect } from 'preact/hooks';
import type { Translate } from '@/utils/shared/translate';
import { PageCheckView } from '@/components/common/PageCheckView';
import { usePageCheck } from '@/components/common/usePageCheck';
import { missingFields, shortStatus } from '@/components/common/page-check-text';

/**
 * The popup's page check: runs when the popup opens on an OnTime tab, shown only when one answers.
 * Folded to one line unless a field is missing, so the meetings stay in view for everyone else.
 */
export function PageCheck({ t }: { t: Translate }) {
  const [state, run] = usePageCheck('popup');
  useEffect(() => void run(), []);
  if (state.status !== 'done') return null;
  const report = state.report;
  const problem = !!report.container && (!report.editorOpen || missingFields(report).length > 0);
  return (
    <section class="page-check-section">
      <details open={problem}>
        <summary>
          <h2>{t('pc_title')}</h2> <span class={problem ? 'pc-status fail' : 'pc-status'}>{shortStatus(report, t)}</span>
        </summary>
        <PageCheckView report={report} t={t} />
        <button type="button" class="link" onClick={run}>
          {t('pc_run')}
        </button>
      </details>
    </section>
  );
}
