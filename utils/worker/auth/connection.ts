import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { storage } from 'wxt/utils/storage';
import { exclusive } from '@/utils/worker/auth/exclusive';

/** The one record of a Zoom grant. Written whole, in one write. */
export interface ZoomConnection {
  accessToken: string;
  /** Epoch ms when the access token expires. */
  expiresAt: number;
  refreshToken: string;
  scopes: string[];
  apiBase: string;
  /** The client and domain the grant belongs to; a change of either invalidates it. */
  clientId: string;
  zoomDomain: string;
  oauthBase: string;
  /** One per consent, kept through refreshes: what Zoom data read with this grant is cached under. */
  grantId?: string;
  updatedAt: number;
}

/*
 * The grant lives in the extension origin's IndexedDB: no content script can open it, in
 * Chromium or Firefox (storage.local is readable from content scripts in Firefox, which has no
 * setAccessLevel). It has a database of its own rather than a store in the meetings database,
 * so each keeps its own schema version and neither module's upgrade waits on the other's.
 */
export const CONNECTION_DB = 'ontime-zoom-auth';
export const CONNECTION_STORE = 'connection';
// The single row's key: there is one grant per browser profile.
export const CONNECTION_KEY = 'zoom';
const DB_VERSION = 1;

interface Schema extends DBSchema {
  connection: { key: string; value: ZoomConnection };
}

// Where versions before 0.2 kept the grant.
const legacyItem = storage.defineItem<ZoomConnection | null>('local:zoomConnection', { fallback: null });

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(CONNECTION_DB, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore(CONNECTION_STORE);
    },
    // Another context upgrading (a newer version of the extension) needs us out of the way.
    blocking() {
      void db?.then((d) => d.close());
      db = null;
    },
  })
    .then(async (database) => {
      await migrateLegacy(database);
      return database;
    })
    .catch((error: unknown) => {
      db = null; // the next call tries again
      throw error;
    });
  return db;
}

/** Moves a grant from storage.local into the database once, then deletes it there. */
async function migrateLegacy(database: IDBPDatabase<Schema>): Promise<void> {
  // Its own lock: the refresh lock may be held by the caller that is opening the database.
  await exclusive('zoom-connection-migration', async () => {
    const legacy = await legacyItem.getValue();
    if (!legacy) return;
    // A grant already in the database is newer than one left behind in storage.local.
    if (!(await database.get(CONNECTION_STORE, CONNECTION_KEY))) await database.put(CONNECTION_STORE, legacy, CONNECTION_KEY);
    await legacyItem.removeValue({ removeMeta: true });
  });
}

/** The grant, read and written whole in the extension's own database. */
export const connectionItem = {
  async getValue(): Promise<ZoomConnection | null> {
    return (await (await open()).get(CONNECTION_STORE, CONNECTION_KEY)) ?? null;
  },
  async setValue(connection: ZoomConnection | null): Promise<void> {
    const database = await open();
    if (connection) await database.put(CONNECTION_STORE, connection, CONNECTION_KEY);
    else await database.delete(CONNECTION_STORE, CONNECTION_KEY);
  },
};

export function parseScopes(scope: unknown): string[] {
  return typeof scope === 'string' ? scope.split(/[\s,]+/).filter(Boolean) : [];
}
