import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickZoomAndConsent, openNewMeeting } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { clearGrant, readGrant } from '../harness/zoom-grant';

// The extension API as the injected function sees it (this file is compiled for Node).
declare const chrome: { storage: Record<'local' | 'session', { get(keys: null): Promise<Record<string, unknown>> }> };

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
beforeEach(async () => {
  stack.sim.state.revokeGrants();
  await clearGrant(stack.browser.worker);
  page = await stack.browser.context.newPage();
  await page.goto(stack.ontime.url);
});

/**
 * Runs in the extension's content-script (isolated) world on the OnTime tab, with that world's
 * chrome.* and the page origin's IndexedDB: everything a content script, ours or injected into
 * it, could try. Returns what it saw, as text.
 */
function contentScriptLooks() {
  const seen = (promise: Promise<unknown>) => promise.then((r) => JSON.stringify(r), (e: Error) => `refused: ${e.message}`);
  const everyRecord = (name: string) =>
    new Promise<string>((resolve) => {
      const open = indexedDB.open(name);
      // The database does not exist in this origin: leave it so.
      open.onupgradeneeded = () => open.transaction!.abort();
      open.onerror = () => resolve(`${name}: absent`);
      open.onsuccess = () => {
        const db = open.result;
        const stores = [...db.objectStoreNames];
        if (!stores.length) return resolve(`${name}: empty`);
        const tx = db.transaction(stores);
        const all = stores.map((s) => tx.objectStore(s).getAll());
        tx.oncomplete = () => resolve(`${name}: ${JSON.stringify(all.map((r) => r.result))}`);
        tx.onerror = () => resolve(`${name}: ${tx.error?.message}`);
      };
    });
  return (async () => {
    const names = (await indexedDB.databases()).map((d) => d.name!).filter(Boolean);
    return {
      local: await seen(chrome.storage.local.get(null)),
      session: await seen(chrome.storage.session.get(null)),
      pageDatabases: await Promise.all([...new Set([...names, 'ontime-zoom-auth', 'ontime-zoom'])].map(everyRecord)),
    };
  })();
}

describe('the Zoom tokens (real Chromium, simulator)', () => {
  it('code in the content-script world finds no token in storage.local, storage.session or IndexedDB, while the worker holds one', async () => {
    await openNewMeeting(page, 'Tokens');
    await (await clickZoomAndConsent(stack.browser.context, page)).getByRole('button', { name: 'Cancel' }).click();
    const grant = await readGrant(stack.browser.worker);
    expect(grant?.refreshToken).toMatch(/\S{8,}/);

    const seen = (await stack.browser.worker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ url: '${new URL(stack.ontime.url).origin}/*' });
      const [injection] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, world: 'ISOLATED', func: ${contentScriptLooks.toString()} });
      return injection.result;
    })()`)) as { local: string; session: string; pageDatabases: string[] };

    expect(seen.pageDatabases).toContain('ontime-zoom-auth: absent'); // the page origin has no such database
    for (const text of [seen.local, seen.session, ...seen.pageDatabases]) {
      expect(text).not.toContain(grant!.refreshToken);
      expect(text).not.toContain(grant!.accessToken);
    }
    // Nor is it left in storage.local for a browser without access levels (Firefox) to expose.
    const local = await stack.browser.worker.evaluate('chrome.storage.local.get(null).then(JSON.stringify)');
    expect(local).not.toContain(grant!.refreshToken);
  });
});
