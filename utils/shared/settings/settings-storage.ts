import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings } from '@/utils/shared/settings/types';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the administrator's policy: shown locked, never overwritten from the options page. */
  locked: (keyof Settings)[];
}

/**
 * Policy values (Chrome/Edge managed storage; Firefox policies.json → 3rdparty). An extension
 * without a policy, or a browser without managed storage, has none.
 */
export async function readPolicy(): Promise<Partial<Settings>> {
  try {
    const managed = (await browser.storage.managed.get(null)) as Record<string, unknown>;
    return Object.fromEntries(SETTING_KEYS.filter((k) => managed[k] !== undefined).map((k) => [k, managed[k]])) as Partial<Settings>;
  } catch {
    return {};
  }
}

async function readEffectiveSettings(): Promise<EffectiveSettings> {
  const [local, policy] = await Promise.all([settingsItem.getValue(), readPolicy()]);
  return { settings: { ...DEFAULT_SETTINGS, ...local, ...policy }, locked: Object.keys(policy) as (keyof Settings)[] };
}

// Every message needs the settings: read storage once, and again after forgetSettings().
let current: Promise<EffectiveSettings> | null = null;

/** Call when the settings or the policy changed (the background watches both). */
export function forgetSettings(): void {
  current = null;
}

/** The settings in force: the options page's values with the policy's on top. */
export function loadEffectiveSettings(): Promise<EffectiveSettings> {
  current ??= readEffectiveSettings();
  current.catch(() => (current = null));
  return current;
}

export async function loadSettings(): Promise<Settings> {
  return (await loadEffectiveSettings()).settings;
}
