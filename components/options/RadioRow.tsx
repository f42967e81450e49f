import type { ComponentChildren } from 'preact';
import type { Translate } from '@/utils/shared/translate';
import type { IgnoredSetting } from '@/utils/shared/settings/resolve-settings';
import { IgnoredNotes } from '@/components/options/IgnoredNotes';

interface Props<V extends string> {
  name: string;
  label: string;
  choices: { value: V; label: string }[];
  value: V;
  locked: boolean;
  /** Policy or stored values of this setting that were not used. */
  ignored?: IgnoredSetting[];
  onChange(value: V): void;
  t: Translate;
  children?: ComponentChildren;
}

/** A labelled group of radio buttons, with the policy lock. */
export function RadioRow<V extends string>({ name, label, choices, value, locked, ignored = [], onChange, t, children }: Props<V>) {
  return (
    <div class="row" role="radiogroup" aria-labelledby={`${name}-label`}>
      <div class="row-head">
        <span id={`${name}-label`} class="label">
          {label}
        </span>
        {locked ? <span class="locked">{t('opt_locked')}</span> : null}
      </div>
      <div class="radios">
        {choices.map((choice) => (
          <label key={choice.value}>
            <input type="radio" name={name} value={choice.value} checked={value === choice.value} disabled={locked} onChange={() => onChange(choice.value)} />
            {choice.label}
          </label>
        ))}
      </div>
      <IgnoredNotes ignored={ignored} t={t} />
      {children}
    </div>
  );
}
