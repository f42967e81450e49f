import { Failure, toFailure } from '../errors';
import type { MessageCatalog, UiLanguage } from '../i18n/translate';
import type { MeetingService } from '../meetings/meeting-service';
import { parseMessage, type Message, type Reply, type Verb } from '../messaging';
import { isOnTimeUrl } from '../settings/ontime-patterns';
import type { Settings } from '../settings/types';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

export interface RouterDeps {
  extensionId: string;
  loadSettings(): Promise<Settings>;
  meetings: MeetingService;
  catalog(lang: UiLanguage): Promise<MessageCatalog>;
}

/** Hosts of join links the page should recognise besides Zoom's own. */
function joinHosts(settings: Settings): string[] {
  if (settings.zoomDomain !== 'custom' || !settings.customOAuthBase) return [];
  return [new URL(settings.customOAuthBase).hostname];
}

/** Checks who is asking and what, then runs the verb. Every answer is meeting data or a failure. */
export async function route(raw: unknown, sender: Sender, deps: RouterDeps): Promise<Reply<Verb>> {
  try {
    const settings = await deps.loadSettings();
    const pageUrl = sender.url ?? sender.tab?.url;
    if (sender.id !== deps.extensionId || !isOnTimeUrl(pageUrl, settings.ontimeAddresses) || !isOnTimeUrl(sender.tab?.url, settings.ontimeAddresses)) {
      throw new Failure('forbiddenSender');
    }
    const message = parseMessage(raw);
    if (!message) throw new Failure('badRequest');
    return { ok: true, data: await run(message, settings, pageUrl!, deps) };
  } catch (error) {
    return { ok: false, failure: toFailure(error).toData() };
  }
}

async function run(message: Message, settings: Settings, pageUrl: string, deps: RouterDeps) {
  switch (message.verb) {
    case 'hello':
      return { lang: message.payload.lang, messages: await deps.catalog(message.payload.lang), joinHosts: joinHosts(settings), overrides: {} };
    case 'prepareMeeting':
      return deps.meetings.prepare(message.payload.draft, pageUrl);
    case 'createMeeting':
      return { meeting: await deps.meetings.create(message.payload.draft, message.payload.options, pageUrl) };
    case 'deleteMeeting':
      await deps.meetings.remove(message.payload.id);
      return { deleted: true as const };
    case 'meetingStatus':
      return { meeting: await deps.meetings.status(message.payload.id) };
    case 'meetingWritten':
      await deps.meetings.written(message.payload.id);
      return { ok: true as const };
    case 'eventSaved':
      return { updated: await deps.meetings.saved(message.payload.id, message.payload.draft) };
    case 'editorCancelled':
      await deps.meetings.cancelled(message.payload.id);
      return { ok: true as const };
  }
}
