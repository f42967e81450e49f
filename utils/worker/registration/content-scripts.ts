import type { browser } from 'wxt/browser';
import { contentMatchPattern, grantedAddresses } from '@/utils/shared/settings/ontime-patterns';

const SCRIPT_ID = 'ontime';
const SCRIPT_FILE = 'content-scripts/ontime.js';

type Browser = typeof browser;
type Api = Pick<Browser, 'scripting' | 'permissions' | 'tabs'>;

/** The content-script match patterns for the addresses whose host permission is granted. */
export async function grantedMatches(api: Pick<Browser, 'permissions'>, addresses: readonly string[]): Promise<string[]> {
  const granted = await grantedAddresses(addresses, (origin) => api.permissions.contains({ origins: [origin] }));
  const matches = addresses.filter((a) => granted.get(a)).map(contentMatchPattern);
  return [...new Set(matches.filter((m): m is string => !!m))];
}

/** The on-demand part of the page script: in no manifest entry, injected only when a content script asks. */
export const PART_FILE = '/content-scripts/ontime-part.js';

/** One frame of a tab; `documentId` (Chromium) pins the document, which a navigation replaces. */
export interface FrameTarget {
  tabId: number;
  frameId: number;
  documentId?: string;
}

const scriptTarget = ({ tabId, frameId, documentId }: FrameTarget) => (documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] });

/** Runs the on-demand part in the one frame that asked for it. */
export async function injectPart(api: Pick<Browser, 'scripting'>, target: FrameTarget): Promise<void> {
  await api.scripting.executeScript({ target: scriptTarget(target), files: [PART_FILE] });
}

/** Whether the frame (its document, where the browser names it) is still there: closed tabs and left pages are not. */
export function frameAlive(api: Pick<Browser, 'scripting'>, target: FrameTarget): Promise<boolean> {
  return api.scripting.executeScript({ target: scriptTarget(target), func: () => true }).then(
    () => true,
    () => false,
  );
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Registers the OnTime content script for exactly the granted addresses, and injects it into
 * OnTime tabs already open, so a settings change needs no reload. Calls are serialised: two
 * overlapping registrations would fail with a duplicate id.
 */
export function syncContentScripts(api: Api, addresses: readonly string[]): Promise<string[]> {
  const run = queue.then(async () => {
    const matches = await grantedMatches(api, addresses);
    const registered = await api.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    const before = registered[0]?.matches ?? [];
    if (sameSet(before, matches)) return matches;
    if (registered.length) await api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (!matches.length) return matches;
    await api.scripting.registerContentScripts([
      // All frames: an OnTime release may open its editor in a frame of the same address.
      { id: SCRIPT_ID, js: [SCRIPT_FILE], matches, runAt: 'document_idle', allFrames: true, persistAcrossSessions: true },
    ]);
    const added = matches.filter((m) => !before.includes(m));
    if (added.length) {
      const tabs = await api.tabs.query({ url: added });
      await Promise.all(
        tabs.map((tab: { id?: number }) =>
          tab.id === undefined ? null : injectOpenTab(api, tab.id),
        ),
      );
    }
    return matches;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Every frame of an OnTime tab that was open before its address was granted: the editor may live in
 * a frame. Frames of other addresses are skipped by the browser or end at the script's hello; a
 * frame that already runs a copy hands over to the new one (utils/page/script-lifetime.ts).
 */
function injectOpenTab(api: Api, tabId: number): Promise<unknown> {
  const files = ['/content-scripts/ontime.js'] as const;
  return api.scripting
    .executeScript({ target: { tabId, allFrames: true }, files: [...files] })
    .catch(() => api.scripting.executeScript({ target: { tabId }, files: [...files] }))
    .catch(() => null);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
