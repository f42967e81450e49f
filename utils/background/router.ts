import { missingScopes } from '../auth/scopes';
import type { TokenService } from '../auth/token-service';
import { Failure, toFailure } from '../errors';
import type { MessageCatalog, UiLanguage } from '../i18n/translate';
import { isOrphan } from '../meetings/lifecycle';
import type { MeetingService } from '../meetings/meeting-service';
import { allAttempts, recentMeetings } from '../meetings/meeting-store';
import { EXTENSION_PAGE_VERBS, PAGE_VERBS, parseMessage, type Message, type Reply, type Verb } from '../messaging';
import { isOnTimeUrl } from '../settings/ontime-patterns';
import type { Settings } from '../settings/types';
import type { StepResult } from './test-connection';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

export interface RouterDeps {
  extensionId: string;
  /** chrome-extension://<id>/ (moz-extension://… in Firefox) */
  extensionOrigin: string;
  loadSettings(): Promise<Settings>;
  meetings: MeetingService;
  tokens: Pick<TokenService, 'current' | 'disconnect'>;
  catalog(lang: UiLanguage): Promise<MessageCatalog>;
  testConnection(): Promise<StepResult[]>;
}

/** Hosts of join links the page should recognise besides Zoom's own. */
function joinHosts(settings: Settings): string[] {
  if (settings.zoomDomain !== 'custom' || !settings.customOAuthBase) return [];
  return [new URL(settings.customOAuthBase).hostname];
}

type SenderKind = 'ontime' | 'extensionPage';

/** Who is asking: an OnTime tab (content script), one of our own pages, or nobody we answer. */
function senderKind(sender: Sender, settings: Settings, deps: RouterDeps): SenderKind | null {
  if (sender.id !== deps.extensionId) return null;
  if (sender.url?.startsWith(deps.extensionOrigin)) return 'extensionPage';
  const pageUrl = sender.url ?? sender.tab?.url;
  return isOnTimeUrl(pageUrl, settings.ontimeAddresses) && isOnTimeUrl(sender.tab?.url, settings.ontimeAddresses) ? 'ontime' : null;
}

/** Checks who is asking and what, then runs the verb. Pages get meeting data or a failure, never a token. */
export async function route(raw: unknown, sender: Sender, deps: RouterDeps): Promise<Reply<Verb>> {
  try {
    const settings = await deps.loadSettings();
    const kind = senderKind(sender, settings, deps);
    if (!kind) throw new Failure('forbiddenSender');
    const message = parseMessage(raw);
    if (!message) throw new Failure('badRequest');
    if (!(kind === 'ontime' ? PAGE_VERBS : EXTENSION_PAGE_VERBS).includes(message.verb)) throw new Failure('forbiddenSender');
    return { ok: true, data: await run(message, settings, sender.url ?? sender.tab?.url ?? '', deps) };
  } catch (error) {
    return { ok: false, failure: toFailure(error).toData() };
  }
}

async function run(message: Message, settings: Settings, pageUrl: string, deps: RouterDeps) {
  switch (message.verb) {
    case 'hello':
      return {
        lang: message.payload.lang,
        messages: await deps.catalog(message.payload.lang),
        joinHosts: joinHosts(settings),
        overrides: settings.selectorOverrides,
        linkTarget: settings.linkTarget,
      };
    case 'prepareMeeting':
      return deps.meetings.prepare(message.payload.draft, pageUrl);
    case 'createMeeting':
      return { meeting: await deps.meetings.create(message.payload.draft, message.payload.options, pageUrl) };
    case 'deleteMeeting':
      await deps.meetings.remove(message.payload.id);
      return { deleted: true as const };
    case 'searchContacts':
      return { contacts: await deps.meetings.searchContacts(message.payload.query) };
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
    case 'connectionState': {
      const connection = await deps.tokens.current();
      const scopes = connection?.scopes ?? [];
      return {
        configured: !!settings.clientId,
        connected: !!connection,
        scopes,
        missing: connection ? missingScopes(scopes).map(({ scope, feature }) => ({ scope, feature })) : [],
      };
    }
    case 'disconnect':
      return deps.tokens.disconnect();
    case 'testConnection':
      return { steps: await deps.testConnection() };
    case 'listMeetings': {
      const now = Date.now();
      const records = (await recentMeetings(50)).filter((r) => r.state !== 'deleted');
      const meetings = records.map((record) => {
        const { ontimeUrl: _page, updatedAt: _updated, ...meeting } = record;
        return { ...meeting, orphan: isOrphan(record, now) };
      });
      const uncertain = (await allAttempts()).map(({ topic, start, startedAt }) => ({ topic, start, startedAt }));
      return { meetings, uncertain };
    }
  }
}
