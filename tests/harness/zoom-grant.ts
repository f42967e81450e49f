import type { Worker } from 'playwright-core';

// Where the extension keeps the Zoom grant: utils/worker/auth/connection.ts (CONNECTION_DB,
// CONNECTION_STORE, CONNECTION_KEY). The extension origin's IndexedDB, read from its worker.
const DB = 'ontime-zoom-auth';
const STORE = 'connection';
const KEY = 'zoom';

export interface StoredGrant {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

/** Runs `body` with the grant's object store inside the worker; `body` is source text using `store`. */
function withStore(worker: Worker, mode: 'readonly' | 'readwrite', body: string): Promise<unknown> {
  return worker.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open(${JSON.stringify(DB)});
    open.onerror = () => reject(open.error);
    open.onupgradeneeded = () => open.result.createObjectStore(${JSON.stringify(STORE)});
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(${JSON.stringify(STORE)}, ${JSON.stringify(mode)});
      const store = tx.objectStore(${JSON.stringify(STORE)});
      const key = ${JSON.stringify(KEY)};
      let result = null;
      ${body}
      tx.oncomplete = () => { db.close(); resolve(result); };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  })`);
}

/** The grant the extension holds, or null. */
export function readGrant(worker: Worker): Promise<StoredGrant | null> {
  return withStore(worker, 'readonly', `const get = store.get(key); get.onsuccess = () => (result = get.result ?? null);`) as Promise<StoredGrant | null>;
}

/** Forgets the grant, as if the user had never connected. */
export async function clearGrant(worker: Worker): Promise<void> {
  await withStore(worker, 'readwrite', `store.delete(key);`);
}

/** Marks the access token as expired, so the next call refreshes it. */
export async function expireGrant(worker: Worker): Promise<void> {
  await withStore(worker, 'readwrite', `const get = store.get(key); get.onsuccess = () => get.result && store.put({ ...get.result, expiresAt: 0 }, key);`);
}
