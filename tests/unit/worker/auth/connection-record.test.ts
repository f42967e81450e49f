import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteDB } from 'idb';
import type { ZoomConnection } from '@/utils/worker/auth/connection';

const grant = (refreshToken: string): ZoomConnection => ({
  accessToken: `at-${refreshToken}`,
  expiresAt: 1_900_000_000_000,
  refreshToken,
  scopes: ['meeting:write:meeting'],
  apiBase: 'https://api.zoom.us/v2',
  clientId: 'client',
  zoomDomain: 'zoom.us',
  oauthBase: 'https://zoom.us',
  updatedAt: 1,
});

/** A fresh copy of the module, as a newly started worker would load it. */
async function load() {
  vi.resetModules();
  return import('@/utils/worker/auth/connection');
}

describe('the Zoom connection record', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    const { CONNECTION_DB } = await load();
    await deleteDB(CONNECTION_DB);
  });

  it('is kept in the extension IndexedDB, not in storage.local', async () => {
    const { connectionItem } = await load();
    await connectionItem.setValue(grant('r1'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await (await load()).connectionItem.getValue()).toEqual(grant('r1'));
    await connectionItem.setValue(null);
    expect(await connectionItem.getValue()).toBeNull();
  });

  it('moves a grant left in storage.local into the database once, and deletes it there', async () => {
    await fakeBrowser.storage.local.set({ zoomConnection: grant('legacy') });
    const { connectionItem } = await load();
    expect(await connectionItem.getValue()).toEqual(grant('legacy'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // A later start finds nothing to move and keeps what the database holds.
    await connectionItem.setValue(grant('rotated'));
    expect(await (await load()).connectionItem.getValue()).toEqual(grant('rotated'));
  });

  it('keeps the database grant when a stale one is still in storage.local', async () => {
    const first = await load();
    await first.connectionItem.setValue(grant('current'));
    await fakeBrowser.storage.local.set({ zoomConnection: grant('stale') });
    const { connectionItem } = await load();
    expect(await connectionItem.getValue()).toEqual(grant('current'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
