import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/shared/settings/types';
import { resolveSettings, type EffectiveSettings } from '@/utils/shared/settings/resolve-settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export type { EffectiveSettings, IgnoredSetting } from '@/utils/shared/settings/resolve-settings';

/**
 * Policy values as the browser gives them (Chrome/Edge managed storage; Firefox policies.json →
 * 3rdparty), not yet checked. An extension without a policy, or a browser without managed
 * storage, has none.
 */
export async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get(null)) as Record<string, unknown>) ?? {};
  } catch {
    return {};
  }
}

/** Policy and stored values, each checked by the options page's rules; a bad one is ignored and reported. */
async function readEffectiveSettings(): Promise<EffectiveSettings> {
  const [stored, policy] = await Promise.all([settingsItem.getValue(), readPolicy()]);
  return resolveSettings(stored, policy);
}

// Every message needs the settings: read storage once, and again after forgetSettings().
let current: Promise<EffectiveSettings> | null = null;

/** Call when the settings or the policy changed (the background watches both). */
export function forgetSettings(): void {
  current = null;
}

/** The settings in force: the policy's valid values over the options page's valid values over the defaults. */
export function loadEffectiveSettings(): Promise<EffectiveSettings> {
  current ??= readEffectiveSettings();
  current.catch(() => (current = null));
  return current;
}

export async function loadSettings(): Promise<Settings> {
  return (await loadEffectiveSettings()).settings;
}
