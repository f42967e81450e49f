import type { ComponentChildren } from 'preact';
import type { Translate } from '@/utils/shared/translate';
import type { SettingsProblem } from '@/utils/shared/settings/validate';
import type { IgnoredSetting } from '@/utils/shared/settings/resolve-settings';
import { IgnoredNotes } from '@/components/options/IgnoredNotes';
import { errorIdOf } from '@/components/options/field-errors';

interface Props {
  id: string;
  label: string;
  help?: string;
  locked?: boolean;
  problems?: SettingsProblem[];
  /** Policy or stored values of this setting that were not used. */
  ignored?: IgnoredSetting[];
  t: Translate;
  children: ComponentChildren;
}

/**
 * One labelled setting: its control, help text, errors, and the policy lock. The control names
 * `${id}-help` and `${id}-error` in its aria-describedby (field-errors.ts describedBy).
 */
export function Row({ id, label, help, locked, problems = [], ignored = [], t, children }: Props) {
  return (
    <div class="row">
      <div class="row-head">
        <label for={id}>{label}</label>
        {locked ? <span class="locked">{t('opt_locked')}</span> : null}
      </div>
      {children}
      <IgnoredNotes ignored={ignored} t={t} />
      {help ? (
        <p id={`${id}-help`} class="help">
          {help}
        </p>
      ) : null}
      {/* Read with the field (aria-describedby) when focus lands on it after a failed save. */}
      {problems.length ? (
        <div id={errorIdOf(id)} class="error">
          {problems.map((p) => (
            <p key={p.messageKey + (p.value ?? '')}>{t(p.messageKey, p.value ?? '')}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
