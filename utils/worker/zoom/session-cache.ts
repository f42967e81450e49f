import { storage } from 'wxt/utils/storage';

interface Entry<T> {
  at: number;
  owner: string;
  value: T;
}

const KEYS = ['userSettings', 'contacts', 'account'] as const;
type CacheKey = (typeof KEYS)[number];

/**
 * A value from Zoom kept in storage.session (trusted contexts only; survives a worker restart,
 * not a browser restart) for `ttlMs`, and only for the grant `owner` that read it.
 */
export async function cached<T>(key: CacheKey, owner: string, ttlMs: number, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const item = `session:cache:${key}` as const;
  const entry = await storage.getItem<Entry<T>>(item);
  if (entry && entry.owner === owner && now - entry.at < ttlMs) return entry.value;
  const value = await load();
  await storage.setItem(item, { at: now, owner, value } satisfies Entry<T>);
  return value;
}

/** On disconnect and on a Client ID or domain change: nothing read for the old grant stays. */
export async function clearZoomCaches(): Promise<void> {
  await storage.removeItems(KEYS.map((key) => `session:cache:${key}` as const));
}
