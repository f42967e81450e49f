import { browser } from 'wxt/browser';
import { loadSettings } from '@/utils/shared/settings/settings-storage';
import { isOnTimeUrl } from '@/utils/shared/settings/ontime-patterns';
import type { TabAnswers, TabRequest, TabVerb } from '@/utils/shared/page-check';

export interface TabInfo {
  id?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
  windowId?: number;
}

/**
 * The OnTime tab a page check is about: among tabs on a configured OnTime address, the active tab
 * of the current window; else, unless only that one counts (the toolbar popup, which is about the
 * tab it was opened on), the one used last (the options page, our pages opened in a tab).
 */
export function pickOnTimeTab<T extends TabInfo>(tabs: readonly T[], addresses: readonly string[], currentWindowId?: number, activeOnly = false): T | null {
  const ontime = tabs.filter((tab) => tab.id !== undefined && isOnTimeUrl(tab.url, addresses));
  const current = ontime.find((tab) => tab.active && tab.windowId === currentWindowId);
  if (current || activeOnly) return current ?? null;
  return [...ontime].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] ?? null;
}

/** No OnTime tab is open, or its page has no content script of ours (not granted, not reloaded since). */
export class NoOnTimeTab extends Error {}

/**
 * Asks the content script of the OnTime tab (every frame; the one holding the editor answers
 * first). Tab URLs are readable only for granted hosts, which are exactly the OnTime addresses.
 */
export async function sendTabVerb<V extends TabVerb>(tabVerb: V, payload: TabRequest<V>, from: 'popup' | 'options' = 'options'): Promise<TabAnswers[V]> {
  const [settings, tabs, current, ownTab] = await Promise.all([
    loadSettings(),
    browser.tabs.query({}),
    browser.windows?.getCurrent().catch(() => undefined),
    browser.tabs.getCurrent().catch(() => undefined),
  ]);
  // The toolbar popup (no tab of its own) is about the tab it was opened on, and only that one.
  const tab = pickOnTimeTab(tabs, settings.ontimeAddresses, current?.id, from === 'popup' && !ownTab);
  if (!tab?.id) throw new NoOnTimeTab();
  try {
    const answer = (await browser.tabs.sendMessage(tab.id, { tabVerb, payload })) as TabAnswers[V] | undefined;
    if (!answer) throw new NoOnTimeTab();
    return answer;
  } catch (error) {
    if (error instanceof NoOnTimeTab) throw error;
    throw new NoOnTimeTab(String(error));
  }
}
