import type { ComponentChildren } from 'preact';
import type { Translate } from '@/utils/shared/translate';
import type { SettingsProblem } from '@/utils/shared/settings/validate';

interface Props {
  id: string;
  label: string;
  help?: string;
  locked?: boolean;
  problems?: SettingsProblem[];
  t: Translate;
  children: ComponentChildren;
}

/** One labelled setting: its control, help text, errors, and the policy lock. */
export function Row({ id, label, help, locked, problems = [], t, children }: Props) {
  return (
    <div class="row">
      <div class="row-head">
        <label for={id}>{label}</label>
        {locked ? <span class="locked">{t('opt_locked')}</span> : null}
      </div>
      {children}
      {help ? (
        <p id={`${id}-help`} class="help">
          {help}
        </p>
      ) : null}
      {problems.map((p) => (
        <p class="error" role="alert" key={p.messageKey + (p.value ?? '')}>
          {t(p.messageKey, p.value ?? '')}
        </p>
      ))}
    </div>
  );
}
