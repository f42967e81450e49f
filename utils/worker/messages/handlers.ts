import { hasScope, missingScopes, OPTIONAL_SCOPES } from '@/utils/worker/auth/scopes';
import type { TokenService } from '@/utils/worker/auth/token-service';
import type { ZoomConnection } from '@/utils/worker/auth/connection';
import { isOrphan } from '@/utils/worker/meetings/lifecycle';
import { listedMeetings } from '@/utils/worker/badge/attention';
import type { MeetingService } from '@/utils/worker/meetings/meeting-service';
import { openAttempts, recentMeetings } from '@/utils/worker/meetings/meeting-records';
import { Failure } from '@/utils/shared/failures';
import { clearZoomCaches } from '@/utils/worker/zoom/session-cache';
import type { RequestOf, ResponseOf, StepResult, Verb } from '@/utils/shared/protocol';
import type { MessageCatalog, UiLanguage } from '@/utils/shared/translate';
import type { Settings } from '@/utils/shared/settings/types';
import { languageForPage } from '@/utils/shared/ui-language';
import type { FrameTarget } from '@/utils/worker/registration/content-scripts';

export interface HandlerDeps {
  meetings: MeetingService;
  tokens: Pick<TokenService, 'current' | 'disconnect'>;
  catalog(lang: UiLanguage): Promise<MessageCatalog>;
  testConnection(): Promise<StepResult[]>;
  /** The connected account's email, when the grant may read it. */
  accountEmail(connection: ZoomConnection): Promise<string | undefined>;
  /** Runs the on-demand part of the page script in one frame of a tab (scripting.executeScript). */
  injectPart(target: FrameTarget): Promise<void>;
  /** Whether the asking frame's page is still there (scripting.executeScript into it). */
  frameAlive(target: FrameTarget): Promise<boolean>;
}

/** What a handler knows of the asking: the settings in force and the sender's page. */
export interface Asking {
  settings: Settings;
  pageUrl: string;
  from: 'page' | 'extensionPage';
  /** The sender's tab and frame, as the browser names them. */
  tabId?: number;
  frameId?: number;
  documentId?: string;
}

export type Handlers = { [V in Verb]: (payload: RequestOf<V>, asking: Asking) => Promise<ResponseOf<V>> };

/** Hosts of join links the page should recognise besides Zoom's own. */
function joinHosts(settings: Settings): string[] {
  if (settings.zoomDomain !== 'custom' || !settings.customOAuthBase) return [];
  return [new URL(settings.customOAuthBase).hostname];
}

/** One handler per verb of utils/shared/protocol.ts. Pages get meeting data or a failure, never a token. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { meetings } = deps;
  return {
    hello: async ({ lang: declared }, { settings }) => {
      // The page's language, remembered for the popup and options page (one rule: resolveLanguage).
      const lang = await languageForPage(declared);
      return {
        lang,
        messages: await deps.catalog(lang),
        joinHosts: joinHosts(settings),
        overrides: settings.selectorOverrides,
        linkTarget: settings.linkTarget,
      };
    },
    // The worker is already running when this runs: also open the settings, the grant's and the
    // records' databases, which the click's prepareMeeting reads next.
    warmUp: async () => {
      await Promise.all([deps.tokens.current(), recentMeetings(1)]);
      return { warm: true as const };
    },
    loadPart: async (_, { tabId, frameId, documentId }) => {
      if (tabId === undefined || frameId === undefined) throw new Failure('forbiddenSender');
      await deps.injectPart({ tabId, frameId, documentId });
      return { loaded: true as const };
    },
    prepareMeeting: ({ draft }, { pageUrl }) => meetings.prepare(draft, pageUrl),
    searchContacts: async ({ query }) => ({ contacts: await meetings.searchContacts(query) }),
    createMeeting: async ({ draft, options, attempt }, { pageUrl, tabId, frameId, documentId }) => {
      const outcome = await meetings.create(draft, options, pageUrl, attempt);
      // The tab closed or the page was left while Zoom made the meeting: nobody will write its
      // link, so it is an orphan now (the badge), not after the grace period. Not awaited: the
      // record is already written, and the page waiting for its link should not wait for this.
      if (tabId !== undefined && frameId !== undefined) {
        void deps.frameAlive({ tabId, frameId, documentId }).then((alive) => (alive ? undefined : meetings.pageGone(outcome.meeting.id))).catch(() => undefined);
      }
      return outcome;
    },
    attemptStatus: ({ attempt }) => meetings.attemptStatus(attempt),
    deleteMeeting: async ({ id, joinUrl, event, occurrence }, { pageUrl, from }) => {
      // A page must name the link and the event it saw, and they must be ours; our popup lists only our records.
      if (from === 'page' && (!joinUrl || !event)) throw new Failure('badRequest');
      const outcome = await meetings.remove(id, from === 'page' ? { joinUrl: joinUrl!, ontimeUrl: pageUrl, event: event!, ...(occurrence ? { occurrence } : {}) } : null);
      return outcome === 'kept' ? { deleted: false as const, kept: 'shared' as const } : { deleted: true as const };
    },
    meetingStatus: ({ id, joinUrl, event, newEvent }, { pageUrl }) => meetings.status(id, joinUrl, pageUrl, event, !!newEvent),
    eventSaved: async ({ id, joinUrl, event, draft }, { pageUrl }) => ({ updated: await meetings.saved(id, joinUrl, event, draft, pageUrl) }),
    editorCancelled: async ({ id, joinUrl, event }, { pageUrl }) => {
      await meetings.cancelled(id, joinUrl, pageUrl, event);
      return { ok: true as const };
    },
    meetingLeftEvent: async ({ id, joinUrl, event }, { pageUrl }) => {
      await meetings.leftEvent(id, joinUrl, pageUrl, event);
      return { ok: true as const };
    },
    newEventSaved: async ({ id, joinUrl }, { pageUrl }) => ({ shared: await meetings.copySaved(id, joinUrl, pageUrl) }),
    adoptMeeting: async ({ id, joinUrl, draft }, { pageUrl }) => ({ meeting: await meetings.adopt(id, joinUrl, draft, pageUrl) }),
    connectionState: async (_, { settings }) => {
      const connection = await deps.tokens.current();
      const scopes = connection?.scopes ?? [];
      const account = connection ? await deps.accountEmail(connection) : undefined;
      return {
        configured: !!settings.clientId,
        connected: !!connection,
        ...(account ? { account } : {}),
        scopes,
        missing: connection ? missingScopes(scopes).map(({ scope, feature }) => ({ scope, feature })) : [],
        optional: OPTIONAL_SCOPES.map(({ scope, feature }) => ({ scope, feature, granted: hasScope(scopes, scope) })),
      };
    },
    disconnect: async () => {
      await clearZoomCaches();
      return deps.tokens.disconnect();
    },
    testConnection: async () => ({ steps: await deps.testConnection() }),
    listMeetings: async () => {
      const now = Date.now();
      const listed = listedMeetings(await recentMeetings(Infinity), now, 50).map((record) => {
        const { ontimeUrl: _page, updatedAt: _updated, ...meeting } = record;
        return { ...meeting, orphan: isOrphan(record, now) };
      });
      const uncertain = (await openAttempts()).map(({ topic, start, startedAt }) => ({ topic, start, startedAt }));
      return { meetings: listed, uncertain };
    },
  };
}
