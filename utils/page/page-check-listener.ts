import { browser } from 'wxt/browser';
import { isOwnExtensionPage, parseTabMessage } from '@/utils/shared/page-check';
import type { Asker, ListenerDeps } from '@/utils/page/page-check-answer';
import type { PagePart } from '@/utils/page/part';

// A frame that found nothing still answers from the top page, a little later, so that a frame
// holding the editor (same-origin iframe layouts) answers first: the first answer wins.
const TOP_NO_EDITOR_DELAY_MS = 300;

/**
 * Answers the page check and override previews for our own popup and options page, and for
 * nobody else: the sender must be this extension and one of its pages (a content script or a
 * web page never is). The answer is built from structure only; no field value leaves the page.
 * The check itself is in the on-demand part, loaded for a message that passes these checks.
 */
export function listenForPageCheck(doc: Document, deps: ListenerDeps & { part(): Promise<PagePart> }, signal: AbortSignal): void {
  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const top = doc.defaultView === doc.defaultView?.top;
  const listener = (raw: unknown, sender: Asker, sendResponse: (answer?: unknown) => void): boolean => {
    if (!isOwnExtensionPage(sender, self.extensionId, self.extensionOrigin) || !parseTabMessage(raw)) return false;
    deps.part().then(
      (part) => {
        const reply = part.tabAnswer(doc, raw, sender, self, deps);
        if (reply?.when === 'now') sendResponse(reply.answer);
        else if (reply) setTimeout(() => sendResponse(reply.answer), TOP_NO_EDITOR_DELAY_MS);
      },
      // Not loaded: the top page says so (no answer), so the asking page does not wait for ever.
      () => top && setTimeout(() => sendResponse(), TOP_NO_EDITOR_DELAY_MS),
    );
    return true; // the answer comes later
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}
