/**
 * What the extension stores, read and cleared through any driver (ExtensionSession.inExtension),
 * wherever the Zoom connection lives: storage.local (older builds) or the extension origin's
 * IndexedDB. Kept as source text: it runs in the browser.
 */
import type { ExtensionSession } from './ui/types';

/** Every IndexedDB record of the calling origin, as text (databases it does not have stay absent). */
const DUMP_INDEXED_DB = `async () => {
  const names = (await indexedDB.databases()).map((d) => d.name).filter(Boolean);
  const dump = (name) => new Promise((resolve) => {
    const open = indexedDB.open(name);
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => resolve(name + ': absent');
    open.onsuccess = () => {
      const db = open.result;
      const stores = [...db.objectStoreNames];
      if (!stores.length) { db.close(); return resolve(name + ': empty'); }
      const tx = db.transaction(stores);
      const all = stores.map((s) => tx.objectStore(s).getAll());
      tx.oncomplete = () => { db.close(); resolve(name + ': ' + JSON.stringify(all.map((r) => r.result))); };
      tx.onerror = () => { db.close(); resolve(name + ': ' + tx.error?.message); };
    };
  });
  return Promise.all([...new Set([...names, 'ontime-zoom-auth', 'ontime-zoom'])].map(dump));
}`;

/** What one extension context can read: storage.local, storage.session and its origin's IndexedDB. */
export interface StorageView {
  local: string;
  session: string;
  indexedDb: string[];
}

const VIEW = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const seen = (p) => Promise.resolve().then(() => p()).then((r) => JSON.stringify(r), (e) => 'refused: ' + e.message);
  return {
    local: await seen(() => api.storage.local.get(null)),
    session: await seen(() => api.storage.session.get(null)),
    indexedDb: await (${DUMP_INDEXED_DB})(),
  };
})()`;

/** What the extension itself can read (its pages or worker). */
export function extensionStorage(session: ExtensionSession): Promise<StorageView> {
  return session.inExtension<StorageView>(VIEW);
}

/**
 * What code in the extension's content-script (isolated) world of the first tab at `urlPattern`
 * can read: the world our content script runs in, and any code injected into it.
 */
export function contentScriptStorage(session: ExtensionSession, urlPattern: string): Promise<StorageView> {
  return session.inExtension<StorageView>(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const [tab] = await api.tabs.query({ url: ${JSON.stringify(urlPattern)} });
    const [injection] = await api.scripting.executeScript({ target: { tabId: tab.id }, func: () => ${VIEW} });
    return injection.result;
  })()`);
}

/** Forgets the Zoom connection, as if the user had never connected (both places it can live). */
export async function forgetZoomConnection(session: ExtensionSession): Promise<void> {
  await session.inExtension(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    await api.storage.local.remove('zoomConnection');
    if (!(await indexedDB.databases()).some((d) => d.name === 'ontime-zoom-auth')) return;
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('ontime-zoom-auth');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const stores = [...db.objectStoreNames];
        if (!stores.length) { db.close(); return resolve(); }
        const tx = db.transaction(stores, 'readwrite');
        stores.forEach((s) => tx.objectStore(s).clear());
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => { db.close(); reject(tx.error); };
      };
    });
  })()`);
}
