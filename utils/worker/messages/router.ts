import { Failure, toFailure } from '@/utils/shared/failures';
import { mayAsk, parseMessage, type Reply, type Verb } from '@/utils/shared/protocol';
import { isOnTimeUrl } from '@/utils/shared/settings/ontime-patterns';
import type { Settings } from '@/utils/shared/settings/types';
import { createHandlers, type Asking, type HandlerDeps, type Handlers } from '@/utils/worker/messages/handlers';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  /** Chromium only. */
  documentId?: string;
}

export interface RouterDeps extends HandlerDeps {
  extensionId: string;
  /** chrome-extension://<id>/ (moz-extension://… in Firefox) */
  extensionOrigin: string;
  loadSettings(): Promise<Settings>;
}

type SenderKind = 'page' | 'extensionPage';

/** Who is asking: an OnTime tab (content script), one of our own pages, or nobody we answer. */
function senderKind(sender: Sender, settings: Settings, deps: RouterDeps): SenderKind | null {
  if (sender.id !== deps.extensionId) return null;
  if (sender.url?.startsWith(deps.extensionOrigin)) return 'extensionPage';
  const pageUrl = sender.url ?? sender.tab?.url;
  return isOnTimeUrl(pageUrl, settings.ontimeAddresses) && isOnTimeUrl(sender.tab?.url, settings.ontimeAddresses) ? 'page' : null;
}

const handlersOf = new WeakMap<RouterDeps, Handlers>();

/** Checks who is asking and what, then runs the verb's handler. */
export async function route(raw: unknown, sender: Sender, deps: RouterDeps): Promise<Reply<Verb>> {
  try {
    const settings = await deps.loadSettings();
    const kind = senderKind(sender, settings, deps);
    if (!kind) throw new Failure('forbiddenSender');
    const message = parseMessage(raw);
    if (!message) throw new Failure('badRequest');
    if (!mayAsk(message.verb, kind)) throw new Failure('forbiddenSender');
    let handlers = handlersOf.get(deps);
    if (!handlers) handlersOf.set(deps, (handlers = createHandlers(deps)));
    const handle = handlers[message.verb] as (payload: unknown, asking: Asking) => Promise<unknown>;
    return { ok: true, data: (await handle(message.payload, { settings, pageUrl: sender.url ?? sender.tab?.url ?? '', from: kind, tabId: sender.tab?.id, frameId: sender.frameId, documentId: sender.documentId })) as never };
  } catch (error) {
    return { ok: false, failure: toFailure(error).toData() };
  }
}
