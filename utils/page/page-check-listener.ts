import { browser } from 'wxt/browser';
import { checkPage } from '@/utils/page/ontime/page-check';
import { previewOverride } from '@/utils/page/ontime/override-preview';
import { isOwnExtensionPage, parseTabMessage, type TabAnswers, type TabVerb } from '@/utils/shared/page-check';
import type { PageOverrides } from '@/utils/shared/settings/types';

// A frame that found nothing still answers from the top page, a little later, so that a frame
// holding the editor (same-origin iframe layouts) answers first: the first answer wins.
const TOP_NO_EDITOR_DELAY_MS = 300;

export interface ListenerDeps {
  overrides: PageOverrides;
  isOurs(el: Element): boolean;
}

export interface Asker {
  id?: string;
  url?: string;
}

/**
 * What this frame answers a message, and when: now (it holds the editor), later (the top page,
 * when no frame does), or never (not asked by one of our own pages, not a valid message, or a
 * frame without an editor).
 */
export function tabAnswer(
  doc: Document,
  raw: unknown,
  sender: Asker,
  self: { extensionId: string; extensionOrigin: string },
  deps: ListenerDeps,
): { answer: TabAnswers[TabVerb]; when: 'now' | 'later' } | null {
  if (!isOwnExtensionPage(sender, self.extensionId, self.extensionOrigin)) return null;
  const message = parseTabMessage(raw);
  if (!message) return null;
  const answer =
    message.tabVerb === 'pageCheck' ? checkPage(doc, deps.overrides, deps.isOurs) : previewOverride(doc, deps.overrides, message.payload.key, message.payload.selector);
  const hasEditor = 'editorOpen' in answer ? answer.candidates > 0 : answer.status !== 'matches' || answer.scope === 'editor';
  if (hasEditor) return { answer, when: 'now' };
  return doc.defaultView === doc.defaultView?.top ? { answer, when: 'later' } : null;
}

/**
 * Answers the page check and override previews for our own popup and options page, and for
 * nobody else: the sender must be this extension and one of its pages (a content script or a
 * web page never is). The answer is built from structure only; no field value leaves the page.
 */
export function listenForPageCheck(doc: Document, deps: ListenerDeps, signal: AbortSignal): void {
  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const listener = (raw: unknown, sender: Asker, sendResponse: (answer: unknown) => void): boolean => {
    const reply = tabAnswer(doc, raw, sender, self, deps);
    if (!reply) return false;
    if (reply.when === 'now') {
      sendResponse(reply.answer);
      return false;
    }
    setTimeout(() => sendResponse(reply.answer), TOP_NO_EDITOR_DELAY_MS);
    return true; // the answer comes later
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}
