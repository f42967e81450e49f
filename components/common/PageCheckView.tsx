import { useState } from 'preact/hooks';
import type { PageCheckReport } from '@/utils/shared/page-check';
import type { Translate } from '@/utils/shared/translate';
import { editorLine, elementText, findingSummary, reportText } from '@/components/common/page-check-text';

interface Props {
  report: PageCheckReport;
  t: Translate;
}

/** One page check: the editor, each field found (and how) or not (and what was tried), and Copy report. */
export function PageCheckView({ report, t }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(reportText(report, t, t('extName'))).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  return (
    <div class="page-check">
      <p class={report.editorOpen ? 'pc-editor ok' : 'pc-editor warn'}>{editorLine(report, t)}</p>
      {report.inFrame ? <p class="help">{t('pc_inFrame')}</p> : null}
      {report.fields.length ? (
        <ul class="pc-fields" aria-label={t('pc_title')}>
          {report.fields.map((f) => {
            const { head, detail } = findingSummary(f, t, false);
            return (
              // Missing with a fallback (the browser's zone, our button after Location) is a warning.
              <li key={f.field} class={f.found ? 'ok' : f.fallback ? 'warn' : 'fail'} data-field={f.field}>
                <span class="mark" aria-hidden="true">
                  {f.found ? '✓' : f.fallback ? '!' : '✗'}
                </span>{' '}
                <strong>{head}</strong>
                {detail.map((d) => (
                  <p key={d}>{d}</p>
                ))}
              </li>
            );
          })}
        </ul>
      ) : null}
      {report.unmatched.length ? (
        <>
          <p class="help">{t('pc_unmatched')}</p>
          <ul class="pc-unmatched">
            {report.unmatched.map((u, i) => (
              <li key={i}>
                {elementText(u.element, u.label, t, false)} ({t(`pc_by_${u.by}`)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.container ? (
        <div class="pc-copy">
          <button type="button" onClick={copy}>
            {t('pc_copy')}
          </button>
          <span role="status">{copied ? t('pc_copied') : ''}</span>
          <p class="help">{t('pc_copyHelp')}</p>
        </div>
      ) : null}
    </div>
  );
}
