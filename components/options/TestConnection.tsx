import { useState } from 'preact/hooks';
import type { StepResult } from '@/utils/shared/protocol';
import { failureMessage } from '@/utils/shared/failure-message';
import type { FailureData } from '@/utils/shared/failures';
import type { Translate } from '@/utils/shared/translate';
import { sendVerb } from '@/utils/shared/send-verb';
import type { IgnoredSetting } from '@/utils/shared/settings/resolve-settings';
import { SETTING_LABELS } from '@/components/options/setting-labels';
import { PageCheckSection } from '@/components/options/PageCheckSection';
import { testSummary } from '@/components/options/test-summary';

/** One ignored value: which setting, from where, and why. */
function ignoredLine(i: IgnoredSetting, t: Translate): string {
  const label = t(SETTING_LABELS[i.key]);
  const reason = t(i.messageKey, i.value ?? '');
  return i.source === 'policy' ? t('opt_ignoredFromPolicy', label, reason) : t('opt_ignoredFromStored', label, reason);
}

/** A step's failure as the admin on this page needs it: the Client ID is entered here, not asked for. */
function stepFailure(failure: FailureData, t: Translate, locale: string): string {
  return failure.kind === 'notConfigured' ? t('opt_testNoClientId') : failureMessage(failure, t, locale);
}

/** Runs the whole setup once (consent if needed, read the user's Zoom settings) and shows each step. */
export function TestConnection({ t, onFinished }: { t: Translate; onFinished?: () => void }) {
  const [steps, setSteps] = useState<StepResult[] | null>(null);
  const [running, setRunning] = useState(false);
  const [checks, setChecks] = useState(0);
  const locale = document.documentElement.lang || 'en';

  const run = async () => {
    setRunning(true);
    setSteps(null);
    setChecks((n) => n + 1);
    try {
      setSteps((await sendVerb('testConnection', {})).steps);
    } finally {
      setRunning(false);
      // The run may have connected (consent): the connection panel reads the state again.
      onFinished?.();
    }
  };

  return (
    <section class="panel" aria-labelledby="test-title">
      <h2 id="test-title">{t('opt_test')}</h2>
      <p class="help">{t('opt_testHelp')}</p>
      <div>
        <button type="button" onClick={run} disabled={running} aria-busy={running}>
          {running ? t('opt_testRunning') : t('opt_testRun')}
        </button>
      </div>
      {/* Always in the page, so that a screen reader hears the text that arrives in it. */}
      <p class="sr-only" role="status">
        {steps ? testSummary(steps, t) : ''}
      </p>
      {steps ? (
        <ol class="steps" aria-label={t('opt_test')}>
          {steps.map((s) => (
            <li key={s.step} class={s.status}>
              <span class="pill">{t(`opt_status_${s.status}`)}</span>
              <strong>{t(`opt_step_${s.step}`)}</strong>
              {s.failure ? <p>{stepFailure(s.failure, t, locale)}</p> : null}
              {s.ignored?.length ? (
                <ul class="ignored">
                  {s.ignored.map((i) => (
                    <li key={`${i.key}:${i.source}:${i.messageKey}:${i.value ?? ''}`}>{ignoredLine(i, t)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      <PageCheckSection t={t} runs={checks} />
    </section>
  );
}
