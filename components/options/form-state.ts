import { OVERRIDE_KEYS, type PageOverrides } from '@/utils/shared/settings/types';
import type { Settings } from '@/utils/shared/settings/types';

/** The options form's editable text, one string per control. */
export interface FormState extends Omit<Settings, 'ontimeAddresses' | 'selectorOverrides'> {
  ontimeAddresses: string;
  selectorOverrides: Record<(typeof OVERRIDE_KEYS)[number], string>;
}

export function toForm(settings: Settings): FormState {
  const overrides = Object.fromEntries(OVERRIDE_KEYS.map((k) => [k, settings.selectorOverrides[k] ?? ''])) as FormState['selectorOverrides'];
  return { ...settings, ontimeAddresses: settings.ontimeAddresses.join('\n'), selectorOverrides: overrides };
}

export function fromForm(form: FormState): Settings {
  const overrides: PageOverrides = {};
  for (const key of OVERRIDE_KEYS) if (form.selectorOverrides[key].trim()) overrides[key] = form.selectorOverrides[key];
  return { ...form, ontimeAddresses: form.ontimeAddresses.split('\n'), selectorOverrides: overrides };
}

/** A selector the browser can parse. */
export function isCssSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
