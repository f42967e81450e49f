import { browser } from 'wxt/browser';
import { checkPage } from '@/utils/page/ontime/page-check';
import { previewOverride } from '@/utils/page/ontime/override-preview';
import { isOwnExtensionPage, parseTabMessage, type TabAnswers, type TabMessage } from '@/utils/shared/page-check';
import type { PageOverrides } from '@/utils/shared/settings/types';

// A frame that found nothing still answers from the top page, a little later, so that a frame
// holding the editor (same-origin iframe layouts) answers first: the first answer wins.
const TOP_NO_EDITOR_DELAY_MS = 300;

interface ListenerDeps {
  overrides: PageOverrides;
  isOurs(el: Element): boolean;
}

/** What this frame would answer. */
function answer(doc: Document, message: TabMessage, deps: ListenerDeps): TabAnswers[TabMessage['tabVerb']] {
  if (message.tabVerb === 'pageCheck') return checkPage(doc, deps.overrides, deps.isOurs);
  return previewOverride(doc, deps.overrides, message.payload.key, message.payload.selector);
}

function hasEditor(result: TabAnswers[TabMessage['tabVerb']]): boolean {
  return 'editorOpen' in result ? result.candidates > 0 : result.status !== 'matches' || result.scope === 'editor';
}

/**
 * Answers the page check and override previews for our own popup and options page, and for
 * nobody else: the sender must be this extension and one of its pages (a content script or a
 * web page never is). The answer is built from structure only; no field value leaves the page.
 */
export function listenForPageCheck(doc: Document, deps: ListenerDeps, signal: AbortSignal): void {
  const extensionOrigin = browser.runtime.getURL('/');
  const isTop = doc.defaultView === doc.defaultView?.top;
  const listener = (raw: unknown, sender: { id?: string; url?: string }, sendResponse: (answer: unknown) => void): boolean => {
    if (!isOwnExtensionPage(sender, browser.runtime.id, extensionOrigin)) return false;
    const message = parseTabMessage(raw);
    if (!message) return false;
    const result = answer(doc, message, deps);
    if (hasEditor(result)) {
      sendResponse(result);
      return false;
    }
    if (!isTop) return false;
    setTimeout(() => sendResponse(result), TOP_NO_EDITOR_DELAY_MS);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}
