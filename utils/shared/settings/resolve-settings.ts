import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings } from '@/utils/shared/settings/types';
import { isPlausibleSelector, SETTING_RULES, type SelectorCheck } from '@/utils/shared/settings/validate';

/** Where a setting's value came from: the administrator's policy or the options page's storage. */
export type SettingSource = 'policy' | 'stored';

/** A value that broke its setting's rule and was not used; messageKey and value as in SettingsProblem. */
export interface IgnoredSetting {
  key: keyof Settings;
  source: SettingSource;
  messageKey: string;
  value?: string;
}

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the administrator's policy: shown locked, never overwritten from the options page. */
  locked: (keyof Settings)[];
  /** Values that were not used, and why; the setting fell back to the next source or the default. */
  ignored: IgnoredSetting[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The settings in force, each key from the first source whose value passes the options page's
 * rule: the policy, then the stored value, then the default. Nothing from outside is used
 * unchecked, and one bad value never takes the other settings down with it.
 */
export function resolveSettings(stored: unknown, policy: unknown, isSelector: SelectorCheck = isPlausibleSelector): EffectiveSettings {
  const sources: [SettingSource, Record<string, unknown>][] = [
    ['policy', isRecord(policy) ? policy : {}],
    ['stored', isRecord(stored) ? stored : {}],
  ];
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const ignored: IgnoredSetting[] = [];
  const chosenFrom: Partial<Record<keyof Settings, SettingSource>> = {};

  const apply = <K extends keyof Settings>(key: K) => {
    for (const [source, values] of sources) {
      if (values[key] === undefined) continue;
      const checked = SETTING_RULES[key](values[key], isSelector);
      if (checked.problems.length) {
        for (const { messageKey, value } of checked.problems) ignored.push({ key, source, messageKey, ...(value === undefined ? {} : { value }) });
        continue;
      }
      settings[key] = checked.value;
      chosenFrom[key] = source;
      return;
    }
  };
  for (const key of SETTING_KEYS) apply(key);

  // A custom Zoom domain is usable only with both of its base URLs.
  if (settings.zoomDomain === 'custom' && (!settings.customOAuthBase || !settings.customApiBase)) {
    ignored.push({ key: 'zoomDomain', source: chosenFrom.zoomDomain ?? 'stored', messageKey: 'err_customBasesMissing' });
    settings.zoomDomain = DEFAULT_SETTINGS.zoomDomain;
  }

  const locked = SETTING_KEYS.filter((key) => sources[0][1][key] !== undefined);
  return { settings, locked, ignored };
}
